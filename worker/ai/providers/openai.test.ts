import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { atFixture, describeFailures, failure, JSON_SCHEMA, PNG, PNG_BASE64 } from '../../../test/ai-provider-contract';
import { fixturePath } from '../../../test/outbound';
import { AuthExpired, BadRequest } from '../../core/outbound/errors';
import { providerFetch } from './fetch';
import { createProvider } from './index';
import { OPENAI_BASE_URL } from './openai';

describe('openai generateText', () => {
  it('answers with the text, the model that answered and the usage', async () => {
    const { provider, sent } = atFixture('openai', '/ai/openai/ok/v1');
    const result = await provider.generateText({
      system: 'You write captions.',
      prompt: 'A caption',
      temperature: 0.7,
    });
    expect(result).toEqual({
      text: 'Restored by hand, lit every night since 1874. Come see the lens up close this Saturday.',
      usage: { inputTokens: 42, outputTokens: 19 },
      model: 'gpt-4o-mini-2024-07-18',
    });
    const [request] = await sent();
    expect(request?.path).toBe('/ai/openai/ok/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer fixture-key');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You write captions.' },
        { role: 'user', content: 'A caption' },
      ],
      temperature: 0.7,
    });
  });

  it('asks for JSON with a json_schema response_format, not strict', async () => {
    const { provider, lastBody } = atFixture('openai', '/ai/openai/ok/v1');
    await provider.generateText({ prompt: 'Analyse', jsonSchema: JSON_SCHEMA, maxOutputTokens: 300 });
    expect(await lastBody()).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: JSON_SCHEMA, strict: false } },
      // Not OpenAI itself: compatible servers know max_tokens.
      max_tokens: 300,
    });
  });

  it('sends images as data URLs in image_url parts', async () => {
    const { provider, lastBody } = atFixture('openai', '/ai/openai/ok/v1');
    await provider.analyzeMedia?.({ prompt: 'What is the hook?', media: [PNG] });
    expect((await lastBody()).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is the hook?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
        ],
      },
    ]);
  });

  it('works without a key (Ollama) and only looks at images with a vision model', async () => {
    const { provider, sent } = atFixture('openai', '/ai/openai/ok/v1', { apiKey: null, model: 'llama3.2' });
    expect(provider.analyzeMedia).toBeUndefined();
    expect(provider.embed).toBeUndefined();
    await provider.generateText({ prompt: 'Hi' });
    expect((await sent())[0]?.headers.authorization).toBeUndefined();
  });

  it('takes a refusal as BadRequest', async () => {
    const error = await failure(atFixture('openai', '/ai/openai/refusal/v1').provider.generateText({ prompt: 'x' }));
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).message).toMatch(/refused: I'm sorry/);
  });

  it('takes a spent balance (429 insufficient_quota) as AuthExpired, not a wait', async () => {
    const error = await failure(atFixture('openai', '/ai/openai/quota/v1').provider.generateText({ prompt: 'x' }));
    expect(error).toBeInstanceOf(AuthExpired);
    expect((error as AuthExpired).message).toMatch(/quota/);
  });
});

describe('openai on its own API', () => {
  /** OpenAI's own base URL, its requests carried to the fixture server. */
  function official() {
    const f = fixturePath();
    const guarded = providerFetch(env);
    const carried: typeof fetch = (input, init) =>
      guarded(String(input).replace(OPENAI_BASE_URL, f.url('/ai/openai/ok/v1')), init);
    const provider = createProvider({ kind: 'openai', model: 'gpt-4o-mini', apiKey: 'k' }, { fetch: carried, env });
    return { provider, sent: f.sent };
  }

  it('embeds with text-embedding-3-small, vectors in input order', async () => {
    const { provider, sent } = official();
    const result = await provider.embed?.(['lighthouse lens', 'harbour walk']);
    expect(result).toEqual({
      vectors: [
        [0.0123, -0.0456, 0.0789, 0.0012],
        [-0.0311, 0.0227, 0.0045, -0.0198],
      ],
      usage: { inputTokens: 9, outputTokens: 0 },
      model: 'text-embedding-3-small',
    });
    const [request] = await sent();
    expect(request?.path).toBe('/ai/openai/ok/v1/embeddings');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      model: 'text-embedding-3-small',
      input: ['lighthouse lens', 'harbour walk'],
    });
  });

  it('limits output with max_completion_tokens, which its reasoning models require', async () => {
    const { provider, sent } = official();
    await provider.generateText({ prompt: 'x', maxOutputTokens: 50 });
    expect(JSON.parse((await sent())[0]?.body ?? '')).toMatchObject({ max_completion_tokens: 50 });
  });
});

describeFailures('openai', {
  rateLimited: { base: '/ai/openai/rate-limited/v1', retryAfter: 20 },
  refusedKey: ['/ai/openai/bad-key/v1'],
  unavailable: ['/ai/openai/server-error/v1'],
  badRequest: { base: '/ai/openai/invalid/v1', message: /maximum context length is 128000 tokens/ },
  malformed: ['/ai/openai/malformed/v1', '/ai/openai/not-json/v1'],
  slow: '/slow/v1',
  imagesOnly: '/ai/openai/ok/v1',
  privateBase: 'http://10.0.0.1/v1',
});
