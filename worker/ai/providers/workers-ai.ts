/**
 * Workers AI through the optional `AI` binding: no key, no base URL, billed to the Cloudflare
 * account. wrangler.toml does not bind it by default (an unbound AI keeps `wrangler dev`
 * offline), so the binding is typed here rather than in the generated Env.
 * https://developers.cloudflare.com/workers-ai/configuration/bindings/
 */
import { z } from 'zod';
import { BadRequest, type ConnectorError, Unavailable } from '../../core/outbound/errors';
import { errorForStatus } from '../../core/outbound/http-errors';
import { DEFAULT_PROVIDER_TIMEOUT_MS } from './fetch';
import type { AiProvider, ProviderFactory } from './types';
import { estimateTokens, parseAnswer } from './wire';

/** The part of the binding we use (`Ai.run` with a model chosen at run time). */
export interface AiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<unknown>;
}

export const WORKERS_AI_EMBEDDING_MODEL = '@cf/baai/bge-base-en-v1.5';

const TextAnswer = z.object({
  // A string, or with JSON mode the parsed object itself.
  response: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullish(),
  // Newer models on the binding answer in the Chat Completions shape instead.
  choices: z.array(z.object({ message: z.object({ content: z.string().nullish() }) })).nullish(),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

const EmbeddingAnswer = z.object({ data: z.array(z.array(z.number())) });

/**
 * HTTP statuses of the internal error codes the binding puts at the start of its messages
 * ("3040: …"), from https://developers.cloudflare.com/workers-ai/platform/errors/.
 */
const CODE_STATUS: Record<string, number> = {
  '5007': 400, // no such model
  '5004': 400, // invalid data
  '3039': 400,
  '3003': 400, // incomplete request
  '5018': 403, // account not allowed for private model
  '5016': 403, // model agreement not accepted
  '3023': 403, // account blocked
  '3041': 403,
  '5019': 405, // deprecated SDK version
  '5005': 405, // LoRA unsupported
  '3042': 404, // invalid model id
  '3006': 413, // request too large
  '3007': 408, // timeout
  '3008': 408, // aborted
  '3036': 429, // daily free allocation used up
  '3040': 429, // out of capacity
};

/** The free allocation comes back at 00:00 UTC. */
function secondsToUtcMidnight(now = Date.now()): number {
  const day = 86_400_000;
  return Math.ceil((Math.floor(now / day + 1) * day - now) / 1000);
}

function bindingError(error: unknown): ConnectorError {
  const message = error instanceof Error ? error.message : String(error);
  // "InferenceUpstreamError: 3040: …": the first number that is a known code (not a request id).
  const code = [...message.matchAll(/\b(\d{4}):/g)].map((m) => m[1] ?? '').find((c) => c in CODE_STATUS) ?? '';
  const status = CODE_STATUS[code];
  if (!status) return new Unavailable(`Workers AI failed: ${message}`);
  return errorForStatus(status, `Workers AI: ${message}`, code === '3036' ? secondsToUtcMidnight() : 30);
}

export const workersAiProvider: ProviderFactory = (config, deps) => {
  const bound = (deps.env as { AI?: AiBinding }).AI;
  if (!bound) {
    throw new BadRequest(
      'Workers AI is not available: the Worker has no AI binding (add [ai] binding = "AI" to wrangler.toml).',
    );
  }
  const ai = bound;

  async function run(model: string, inputs: Record<string, unknown>): Promise<unknown> {
    try {
      return await ai.run(model, inputs, {
        signal: AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS),
      });
    } catch (error) {
      throw bindingError(error);
    }
  }

  const provider: AiProvider = {
    kind: 'workers-ai',
    model: config.model,
    async generateText(request) {
      const answer = parseAnswer(
        await run(config.model, {
          messages: [
            ...(request.system ? [{ role: 'system', content: request.system }] : []),
            { role: 'user', content: request.prompt },
          ],
          ...(request.maxOutputTokens ? { max_tokens: request.maxOutputTokens } : {}),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          ...(request.jsonSchema ? { response_format: { type: 'json_schema', json_schema: request.jsonSchema } } : {}),
        }),
        TextAnswer,
        'Workers AI',
      );
      const response = answer.response ?? answer.choices?.[0]?.message.content;
      if (response === undefined || response === null) throw new Unavailable('Workers AI answered without any text.');
      return {
        text: typeof response === 'string' ? response : JSON.stringify(response),
        usage: { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 },
        model: config.model,
      };
    },
    async embed(texts) {
      const answer = parseAnswer(await run(WORKERS_AI_EMBEDDING_MODEL, { text: texts }), EmbeddingAnswer, 'Workers AI');
      if (answer.data.length !== texts.length) {
        throw new Unavailable(`Workers AI answered ${answer.data.length} embeddings for ${texts.length} texts.`);
      }
      // The binding reports no token counts for embeddings.
      return {
        vectors: answer.data,
        usage: { inputTokens: estimateTokens(texts), outputTokens: 0 },
        model: WORKERS_AI_EMBEDDING_MODEL,
      };
    },
  };
  return provider;
};
