import { describe, expect, it } from 'vitest';
import { atFixture, describeFailures, failure, JSON_SCHEMA, PNG, PNG_BASE64 } from '../../../test/ai-provider-contract';
import { AuthExpired } from '../../core/outbound/errors';

describe('anthropic generateText', () => {
  it('answers with the text, the model that answered and the usage', async () => {
    const { provider, sent } = atFixture('anthropic', '/ai/anthropic/ok');
    const result = await provider.generateText({ system: 'You write captions.', prompt: 'A fact about the lens' });
    expect(result).toEqual({
      text: 'The lens was ground in 1874 and still turns on its original clockwork.',
      usage: { inputTokens: 25, outputTokens: 18 },
      model: 'claude-haiku-4-5-20251001',
    });
    const [request] = await sent();
    expect(request?.path).toBe('/ai/anthropic/ok/v1/messages');
    expect(request?.headers['x-api-key']).toBe('fixture-key');
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 4096,
      system: 'You write captions.',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'A fact about the lens' }] }],
    });
  });

  it('asks for JSON by forcing a tool whose input_schema is the schema, and answers its input', async () => {
    const { provider, lastBody } = atFixture('anthropic', '/ai/anthropic/tool');
    const result = await provider.generateText({ prompt: 'Analyse', jsonSchema: JSON_SCHEMA });
    expect(JSON.parse(result.text)).toEqual({
      hook: 'The lens before and after polishing',
      sentiment: 'positive',
      topics: ['lighthouses', 'restoration'],
    });
    expect(await lastBody()).toMatchObject({
      tools: [{ name: 'answer', input_schema: JSON_SCHEMA }],
      tool_choice: { type: 'tool', name: 'answer' },
    });
  });

  it('takes a text answer where JSON was asked for as Unavailable', async () => {
    const { provider } = atFixture('anthropic', '/ai/anthropic/ok');
    expect(((await failure(provider.generateText({ prompt: 'x', jsonSchema: JSON_SCHEMA }))) as Error).message).toMatch(
      /without the requested JSON/,
    );
  });

  it('sends images as base64 image blocks before the text', async () => {
    const { provider, lastBody } = atFixture('anthropic', '/ai/anthropic/ok');
    await provider.analyzeMedia?.({ prompt: 'What is the hook?', media: [PNG] });
    expect((await lastBody()).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
          { type: 'text', text: 'What is the hook?' },
        ],
      },
    ]);
  });

  it('needs a key', () => {
    expect(() => atFixture('anthropic', '/ai/anthropic/ok', { apiKey: '' })).toThrow(AuthExpired);
  });
});

describeFailures('anthropic', {
  rateLimited: { base: '/ai/anthropic/rate-limited', retryAfter: 17 },
  refusedKey: ['/ai/anthropic/bad-key'],
  // 529 is Anthropic's "overloaded".
  unavailable: ['/ai/anthropic/overloaded', '/ai/anthropic/server-error'],
  badRequest: { base: '/ai/anthropic/invalid', message: /prompt is too long: 212345 tokens/ },
  malformed: ['/ai/anthropic/malformed'],
  slow: '/slow',
  imagesOnly: '/ai/anthropic/ok',
  privateBase: 'http://10.0.0.1',
});
