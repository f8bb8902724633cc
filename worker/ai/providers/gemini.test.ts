import { describe, expect, it } from 'vitest';
import { atFixture, describeFailures, failure, JSON_SCHEMA, PNG, PNG_BASE64 } from '../../../test/ai-provider-contract';
import { AuthExpired, BadRequest } from '../../core/outbound/errors';

describe('gemini generateText', () => {
  it('answers with the text, the model version and the usage, thinking counted as output', async () => {
    const { provider, sent } = atFixture('gemini', '/ai/gemini/ok');
    const result = await provider.generateText({ system: 'You write captions.', prompt: 'A hook for the lens video' });
    expect(result).toEqual({
      text: 'Open with the lighthouse at dusk, then show the lens being polished: the before-and-after is the hook.',
      usage: { inputTokens: 21, outputTokens: 24 + 37 },
      model: 'gemini-2.5-flash',
    });
    const [request] = await sent();
    expect(request?.path).toBe('/ai/gemini/ok/v1beta/models/gemini-2.5-flash:generateContent');
    expect(request?.headers['x-goog-api-key']).toBe('fixture-key');
    expect(JSON.parse(request?.body ?? '')).toMatchObject({
      contents: [{ role: 'user', parts: [{ text: 'A hook for the lens video' }] }],
      systemInstruction: { parts: [{ text: 'You write captions.' }] },
    });
  });

  it('asks for JSON through responseMimeType and responseJsonSchema', async () => {
    const { provider, lastBody } = atFixture('gemini', '/ai/gemini/json');
    const result = await provider.generateText({ prompt: 'Analyse', jsonSchema: JSON_SCHEMA, maxOutputTokens: 300 });
    expect(JSON.parse(result.text)).toMatchObject({ sentiment: 'positive' });
    expect((await lastBody()).generationConfig).toEqual({
      responseMimeType: 'application/json',
      responseJsonSchema: JSON_SCHEMA,
      maxOutputTokens: 300,
    });
  });

  it('sends images and video as inline data before the prompt', async () => {
    const { provider, lastBody } = atFixture('gemini', '/ai/gemini/ok');
    const video = { mimeType: 'video/mp4', bytes: new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]) };
    await provider.analyzeMedia?.({ prompt: 'What is the hook?', media: [PNG, video] });
    expect((await lastBody()).contents).toEqual([
      {
        role: 'user',
        parts: [
          { inlineData: { mimeType: 'image/png', data: PNG_BASE64 } },
          { inlineData: { mimeType: 'video/mp4', data: 'AAAAGGZ0eXA=' } },
          { text: 'What is the hook?' },
        ],
      },
    ]);
  });

  it('refuses media too large to send inline', async () => {
    const { provider, sent } = atFixture('gemini', '/ai/gemini/ok');
    const big = { mimeType: 'video/mp4', bytes: new Uint8Array(15 * 1024 * 1024) };
    expect(await failure(provider.analyzeMedia?.({ prompt: 'x', media: [big] }) ?? Promise.resolve())).toBeInstanceOf(
      BadRequest,
    );
    expect(await sent()).toEqual([]);
  });

  it('takes a blocked prompt as BadRequest', async () => {
    const error = await failure(atFixture('gemini', '/ai/gemini/blocked').provider.generateText({ prompt: 'x' }));
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).message).toMatch(/SAFETY/);
  });

  it('needs a key', () => {
    expect(() => atFixture('gemini', '/ai/gemini/ok', { apiKey: null })).toThrow(AuthExpired);
  });
});

describe('gemini embed', () => {
  it('embeds a batch with gemini-embedding-001', async () => {
    const { provider, lastBody } = atFixture('gemini', '/ai/gemini/ok');
    const result = await provider.embed?.(['lighthouse lens', 'harbour walk']);
    expect(result?.vectors).toEqual([
      [0.0123, -0.0456, 0.0789, 0.0012],
      [-0.0311, 0.0227, 0.0045, -0.0198],
    ]);
    expect(result?.model).toBe('gemini-embedding-001');
    expect(result?.usage.inputTokens).toBeGreaterThan(0);
    expect(await lastBody()).toEqual({
      requests: [
        { content: { parts: [{ text: 'lighthouse lens' }], role: 'user' }, model: 'models/gemini-embedding-001' },
        { content: { parts: [{ text: 'harbour walk' }], role: 'user' }, model: 'models/gemini-embedding-001' },
      ],
    });
  });
});

describeFailures('gemini', {
  rateLimited: { base: '/ai/gemini/rate-limited', retryAfter: 23 },
  // Gemini answers a wrong key with 400 API_KEY_INVALID, a missing identity with 403.
  refusedKey: ['/ai/gemini/bad-key', '/ai/gemini/forbidden'],
  unavailable: ['/ai/gemini/overloaded'],
  badRequest: { base: '/ai/gemini/invalid', message: /input token count \(1250000\) exceeds/ },
  malformed: ['/ai/gemini/malformed', '/ai/gemini/not-json'],
  slow: '/slow',
  privateBase: 'http://10.0.0.1',
});
