import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { failure, JSON_SCHEMA } from '../../../test/ai-provider-contract';
import { AuthExpired, BadRequest, RateLimited, Unavailable } from '../../core/outbound/errors';
import { providerFetch } from './fetch';
import { createProvider } from './index';
import type { AiBinding } from './workers-ai';

/** A stand-in for the AI binding (Ai.run), answering or throwing as the binding documents. */
function boundTo(answer: unknown) {
  const calls: { model: string; inputs: Record<string, unknown> }[] = [];
  const AI: AiBinding = {
    async run(model, inputs) {
      calls.push({ model, inputs });
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  // The double covers the one method the provider calls, not the whole Ai class.
  const withAi = { ...env, AI: AI as unknown as Ai };
  const provider = createProvider(
    { kind: 'workers-ai', model: '@cf/meta/llama-3.1-8b-instruct-fast' },
    { fetch: providerFetch(env), env: withAi },
  );
  return { provider, calls };
}

describe('workers-ai', () => {
  it('says so when the Worker has no AI binding', () => {
    expect(() => createProvider({ kind: 'workers-ai', model: '@cf/x' }, { fetch: providerFetch(env), env })).toThrow(
      BadRequest,
    );
  });

  it('answers with the response and usage, and the configured model', async () => {
    const { provider, calls } = boundTo({
      response: 'Lit every night since 1874.',
      usage: { prompt_tokens: 30, completion_tokens: 8, total_tokens: 38 },
    });
    const result = await provider.generateText({ system: 'Be brief.', prompt: 'A caption', maxOutputTokens: 100 });
    expect(result).toEqual({
      text: 'Lit every night since 1874.',
      usage: { inputTokens: 30, outputTokens: 8 },
      model: '@cf/meta/llama-3.1-8b-instruct-fast',
    });
    expect(calls).toEqual([
      {
        model: '@cf/meta/llama-3.1-8b-instruct-fast',
        inputs: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'A caption' },
          ],
          max_tokens: 100,
        },
      },
    ]);
    expect(provider.analyzeMedia).toBeUndefined();
  });

  it('asks for JSON mode with the schema, and takes the object it answers', async () => {
    const answer = { hook: 'The lens', sentiment: 'positive', topics: ['lighthouses'] };
    const { provider, calls } = boundTo({ response: answer });
    const result = await provider.generateText({ prompt: 'Analyse', jsonSchema: JSON_SCHEMA });
    expect(JSON.parse(result.text)).toEqual(answer);
    expect(calls[0]?.inputs.response_format).toEqual({ type: 'json_schema', json_schema: JSON_SCHEMA });
  });

  it('reads models that answer in the Chat Completions shape', async () => {
    const { provider } = boundTo({
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
    });
    expect((await provider.generateText({ prompt: 'Hi' })).text).toBe('Hello');
  });

  it('embeds with bge-base-en-v1.5', async () => {
    const { provider, calls } = boundTo({
      shape: [2, 3],
      data: [
        [0.1, 0.2, 0.3],
        [0.4, 0.5, 0.6],
      ],
      pooling: 'mean',
    });
    const result = await provider.embed?.(['lighthouse', 'harbour']);
    expect(result?.vectors).toEqual([
      [0.1, 0.2, 0.3],
      [0.4, 0.5, 0.6],
    ]);
    expect(result?.model).toBe('@cf/baai/bge-base-en-v1.5');
    expect(calls[0]).toEqual({ model: '@cf/baai/bge-base-en-v1.5', inputs: { text: ['lighthouse', 'harbour'] } });
  });

  it("types the binding's errors by their documented codes", async () => {
    const fails = async (message: string) =>
      failure(boundTo(new Error(message)).provider.generateText({ prompt: 'x' }));
    const busy = await fails('InferenceUpstreamError: 3040: Capacity temporarily exceeded, please try again.');
    expect(busy).toBeInstanceOf(RateLimited);
    expect((busy as RateLimited).retryAfter).toBe(30);
    const spent = await fails(
      'InferenceUpstreamError: 3036: You have used up your daily free allocation of 10,000 neurons.',
    );
    expect(spent).toBeInstanceOf(RateLimited);
    expect((spent as RateLimited).retryAfter).toBeGreaterThan(0);
    expect((spent as RateLimited).retryAfter).toBeLessThanOrEqual(86_400);
    expect(await fails('5007: No such model @cf/meta/llama-3.1-8b-instruct or task')).toBeInstanceOf(BadRequest);
    expect(await fails('AiError: 5016: User has not agreed to Llama3.2 model terms')).toBeInstanceOf(AuthExpired);
    expect(await fails("JSON Mode couldn't be met")).toBeInstanceOf(Unavailable);
  });

  it('takes an answer of another shape as Unavailable', async () => {
    expect(await failure(boundTo({ result: 'x' }).provider.generateText({ prompt: 'x' }))).toBeInstanceOf(Unavailable);
    expect(await failure(boundTo({ data: [[0.1]] }).provider.embed?.(['a', 'b']) ?? Promise.resolve())).toBeInstanceOf(
      Unavailable,
    );
  });

  it('gives up after the configured time and says the binding did not answer', async () => {
    // A binding that answers only when its signal gives up, as a stuck inference would.
    const AI: AiBinding = {
      run: (_model, _inputs, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason));
        }),
    };
    const provider = createProvider(
      { kind: 'workers-ai', model: '@cf/meta/llama-3.1-8b-instruct-fast' },
      { fetch: providerFetch(env), env: { ...env, AI: AI as unknown as Ai }, timeoutMs: 50 },
    );
    expect(await failure(provider.generateText({ prompt: 'x' }))).toBeInstanceOf(Unavailable);
  });
});
