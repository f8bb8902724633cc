/**
 * OpenAI Chat Completions, and any server that speaks it (OpenRouter, Ollama at
 * http://host:11434/v1, vLLM) by its base URL. Plain fetch and JSON: the wire format is small
 * and an SDK would bring its own retries and fetch.
 * https://platform.openai.com/docs/api-reference/chat/create
 */
import { z } from 'zod';
import { BadRequest, Unavailable } from '../../core/outbound/errors';
import { inTermsOf, type ServiceErrors } from '../../core/outbound/http-errors';
import { providerMessage } from './fetch';
import type { AiProvider, MediaRequest, ProviderFactory, TextRequest, TextResult } from './types';
import { visionCapable } from './vision';
import { base64, checkImages, joinUrl, postJson, readAnswer } from './wire';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);

const ChatAnswer = z.object({
  model: z.string(),
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          refusal: z.string().nullish(),
        }),
      }),
    )
    .min(1),
  // Documented as always present; a few compatible servers leave it out.
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

const EmbeddingAnswer = z.object({
  model: z.string(),
  data: z.array(z.object({ index: z.number(), embedding: z.array(z.number()) })),
  usage: z.object({ prompt_tokens: z.number() }).nullish(),
});

/** Structured output, not strict: a schema outside the strict subset still works (the caller validates). */
const OpenAiError = z.object({
  error: z.object({ code: z.string().nullish(), type: z.string().nullish(), message: z.string().nullish() }),
});

/**
 * How OpenAI and compatible servers speak about errors (`{error: {message, type, code}}`). A
 * 429 for a spent balance (`insufficient_quota`) will not pass by waiting: someone has to top
 * it up, so it counts as refused credentials, not as a wait.
 */
function openAiErrors(name: string): ServiceErrors {
  return {
    name,
    authenticated: true,
    read(body) {
      const parsed = OpenAiError.safeParse(JSON.parse(body));
      const message = providerMessage(body);
      if (!parsed.success) return message ? { codes: [], message } : null;
      const { code, type } = parsed.data.error;
      return { codes: [code, type].flatMap((c) => (c ? [c] : [])), message };
    },
    rules: [
      {
        status: 429,
        code: 'insufficient_quota',
        kind: 'auth_expired',
        message: `${name} says the account's quota is used up{said}`,
      },
    ],
  };
}

function responseFormat(schema: Record<string, unknown>) {
  return { type: 'json_schema', json_schema: { name: 'answer', schema, strict: false } };
}

type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

export const openaiProvider: ProviderFactory = (config, deps) => {
  const base = config.baseUrl || OPENAI_BASE_URL;
  // An unparsable base URL is refused by the outbound guard on the first call.
  const host = URL.canParse(base) ? new URL(base).host : base;
  const official = host === new URL(OPENAI_BASE_URL).host;
  const name = official ? 'OpenAI' : `The OpenAI-compatible server at ${host}`;
  // OpenAI's reasoning models only take max_completion_tokens; compatible servers know max_tokens.
  const maxTokensField = official ? 'max_completion_tokens' : 'max_tokens';
  const headers: Record<string, string> = config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {};

  async function post(path: string, body: unknown): Promise<Response> {
    try {
      return await postJson(deps.fetch, joinUrl(base, path), headers, body);
    } catch (error) {
      throw inTermsOf(error, openAiErrors(name));
    }
  }

  async function chat(request: TextRequest, content: string | ContentPart[]): Promise<TextResult> {
    const res = await post('/chat/completions', {
      model: config.model,
      messages: [...(request.system ? [{ role: 'system', content: request.system }] : []), { role: 'user', content }],
      ...(request.maxOutputTokens ? { [maxTokensField]: request.maxOutputTokens } : {}),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.jsonSchema ? { response_format: responseFormat(request.jsonSchema) } : {}),
    });
    const answer = await readAnswer(res, ChatAnswer, name);
    const message = answer.choices[0]?.message;
    if (typeof message?.content !== 'string') {
      if (message?.refusal) throw new BadRequest(`${name} refused: ${message.refusal}`);
      throw new Unavailable(`${name} answered without any text.`);
    }
    return {
      text: message.content,
      usage: { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 },
      model: answer.model,
    };
  }

  const provider: AiProvider = {
    kind: 'openai',
    model: config.model,
    generateText: (request) => chat(request, request.prompt),
  };
  if (visionCapable(config)) {
    provider.analyzeMedia = async (request: MediaRequest) => {
      checkImages(request.media, IMAGE_TYPES, name);
      return chat(request, [
        { type: 'text', text: request.prompt },
        ...request.media.map(
          (part): ContentPart => ({
            type: 'image_url',
            image_url: { url: `data:${part.mimeType};base64,${base64(part.bytes)}` },
          }),
        ),
      ]);
    };
  }
  // Embeddings only on OpenAI itself: other servers name their embedding models differently.
  if (official) {
    provider.embed = async (texts) => {
      const res = await post('/embeddings', { model: OPENAI_EMBEDDING_MODEL, input: texts });
      const answer = await readAnswer(res, EmbeddingAnswer, name);
      return {
        vectors: answer.data.toSorted((a, b) => a.index - b.index).map((item) => item.embedding),
        usage: { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: 0 },
        model: answer.model,
      };
    };
  }
  return provider;
};
