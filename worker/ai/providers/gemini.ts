/**
 * Google Gemini through the official @google/genai SDK (its web build runs in workerd). The
 * SDK sends through our providerFetch (httpOptions.fetch), so the base URL passes the outbound
 * guard and every error status is typed before the SDK sees it; the SDK itself does not retry
 * unless told to.
 * https://ai.google.dev/api/generate-content
 */
import {
  ApiError,
  type GenerateContentConfig,
  type GenerateContentResponse,
  GoogleGenAI,
  type Part,
} from '@google/genai';
import { AuthExpired, BadRequest, ConnectorError, Unavailable } from '../../core/outbound/errors';
import { errorForStatus, inTermsOf, type ServiceErrors } from '../../core/outbound/http-errors';
import type { AiProvider, ProviderFactory, TextRequest, TextResult } from './types';
import { base64, estimateTokens } from './wire';

export const GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com';
export const GEMINI_EMBEDDING_MODEL = 'gemini-embedding-001';
/** Inline data rides in the request, which the API caps at 20 MB; base64 adds a third. */
const MAX_INLINE_BYTES = 14 * 1024 * 1024;

interface GoogleErrorBody {
  error?: {
    message?: string;
    status?: string;
    details?: { '@type'?: string; reason?: string; retryDelay?: string }[];
  };
}

/**
 * How Gemini speaks about errors: a wrong key is a 400 with reason API_KEY_INVALID
 * (google.rpc.ErrorInfo), and a 429 says when to come back in google.rpc.RetryInfo rather
 * than in a Retry-After header.
 */
export const GEMINI_ERRORS: ServiceErrors = {
  name: 'Gemini',
  authenticated: true,
  read(body) {
    const error = (JSON.parse(body) as GoogleErrorBody).error;
    if (!error) return null;
    const details = error.details ?? [];
    const delay = Number.parseFloat(details.find((d) => d.retryDelay)?.retryDelay ?? '');
    return {
      codes: details.flatMap((d) => (d.reason ? [d.reason] : [])),
      message: error.message ?? null,
      ...(delay > 0 ? { retryAfter: delay } : {}),
    };
  },
  rules: [{ code: 'API_KEY_INVALID', kind: 'auth_expired' }],
};

/** What the SDK and our fetch raise, in connector terms. */
function refine(error: unknown): ConnectorError {
  if (error instanceof ApiError)
    return errorForStatus(error.status, `Gemini answered ${error.status}: ${error.message}`);
  if (error instanceof SyntaxError) return new Unavailable('Gemini answered 200 with a body that is not JSON.');
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new Unavailable('Gemini did not finish its answer in time.');
  }
  const mapped = inTermsOf(error, GEMINI_ERRORS);
  if (mapped instanceof ConnectorError) return mapped;
  return new Unavailable(`Gemini failed: ${error instanceof Error ? error.message : String(error)}`);
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw refine(error);
  }
}

function result(response: GenerateContentResponse, fallbackModel: string): TextResult {
  const candidate = response.candidates?.[0];
  const blocked = response.promptFeedback?.blockReason;
  if (!candidate) {
    if (blocked) throw new BadRequest(`Gemini blocked the prompt (${blocked}).`);
    throw new Unavailable('Gemini answered 200 without any candidate.');
  }
  // Thought summaries are not the answer.
  const texts = (candidate.content?.parts ?? []).flatMap((part) => (part.text && !part.thought ? [part.text] : []));
  if (texts.length === 0 && candidate.finishReason && candidate.finishReason !== 'STOP') {
    throw new BadRequest(`Gemini gave no answer (${candidate.finishReason}).`);
  }
  const usage = response.usageMetadata;
  return {
    text: texts.join(''),
    // Thinking tokens are billed as output.
    usage: {
      inputTokens: usage?.promptTokenCount ?? 0,
      outputTokens: (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0),
    },
    model: response.modelVersion ?? fallbackModel,
  };
}

function generationConfig(request: TextRequest): GenerateContentConfig {
  return {
    ...(request.system ? { systemInstruction: request.system } : {}),
    ...(request.maxOutputTokens ? { maxOutputTokens: request.maxOutputTokens } : {}),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.jsonSchema ? { responseMimeType: 'application/json', responseJsonSchema: request.jsonSchema } : {}),
  };
}

export const geminiProvider: ProviderFactory = (config, deps) => {
  if (!config.apiKey) throw new AuthExpired('Gemini needs an API key.');
  const baseUrl = config.baseUrl || GEMINI_BASE_URL;
  // The SDK parses it before our fetch (and its guard) would see it.
  if (!URL.canParse(baseUrl)) throw new BadRequest(`Not a valid URL: ${baseUrl}`);
  const ai = new GoogleGenAI({ apiKey: config.apiKey, httpOptions: { baseUrl, fetch: deps.fetch } });

  const generate = (request: TextRequest, media: Part[]) =>
    call(async () => {
      const response = await ai.models.generateContent({
        model: config.model,
        contents: [{ role: 'user', parts: [...media, { text: request.prompt }] }],
        config: generationConfig(request),
      });
      return result(response, config.model);
    });

  const provider: AiProvider = {
    kind: 'gemini',
    model: config.model,
    generateText: (request) => generate(request, []),
    analyzeMedia: async (request) => {
      const size = request.media.reduce((sum, part) => sum + part.bytes.byteLength, 0);
      if (size > MAX_INLINE_BYTES) {
        throw new BadRequest(`Gemini takes at most ${MAX_INLINE_BYTES / 1024 / 1024} MB of media in one request.`);
      }
      return generate(
        request,
        request.media.map((part) => ({ inlineData: { mimeType: part.mimeType, data: base64(part.bytes) } })),
      );
    },
    embed: (texts) =>
      call(async () => {
        const response = await ai.models.embedContent({ model: GEMINI_EMBEDDING_MODEL, contents: texts });
        const vectors = (response.embeddings ?? []).map((embedding) => embedding.values ?? []);
        if (vectors.length !== texts.length || vectors.some((vector) => vector.length === 0)) {
          throw new Unavailable(`Gemini answered ${vectors.length} embeddings for ${texts.length} texts.`);
        }
        // The Gemini API reports no token counts for embeddings.
        return {
          vectors,
          usage: { inputTokens: estimateTokens(texts), outputTokens: 0 },
          model: GEMINI_EMBEDDING_MODEL,
        };
      }),
  };
  return provider;
};
