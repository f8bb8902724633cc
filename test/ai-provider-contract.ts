/** Test helpers for the providers: a provider aimed at the fixture server, and the error cases every HTTP provider shares. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { type ProviderFetchOptions, providerFetch } from '../worker/ai/providers/fetch';
import { createProvider, DEFAULT_MODELS } from '../worker/ai/providers/index';
import type { MediaPart, ProviderConfig, ProviderKind } from '../worker/ai/providers/types';
import { AuthExpired, BadRequest, RateLimited, Refused, Unavailable } from '../worker/core/outbound/errors';
import { fixturePath } from './outbound';

/** A provider of `kind` whose base URL is `basePath` on the fixture server, and what it sent there. */
export function atFixture(
  kind: ProviderKind,
  basePath: string,
  config: Partial<ProviderConfig> = {},
  options: ProviderFetchOptions = {},
) {
  const f = fixturePath();
  const provider = createProvider(
    { kind, model: DEFAULT_MODELS[kind], apiKey: 'fixture-key', baseUrl: f.url(basePath), ...config },
    { fetch: providerFetch(env, options), env },
  );
  return {
    provider,
    sent: f.sent,
    /** The JSON body of the last request sent. */
    lastBody: async () => JSON.parse((await f.sent()).at(-1)?.body ?? 'null') as Record<string, unknown>,
  };
}

/** The error a promise rejects with (or null), so a test can look at more than its class. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** A 1×1 transparent PNG. */
export const PNG: MediaPart = {
  mimeType: 'image/png',
  bytes: Uint8Array.from(atob(PNG_BASE64), (ch) => ch.charCodeAt(0)),
};

export const JSON_SCHEMA = {
  type: 'object',
  properties: {
    hook: { type: 'string' },
    sentiment: { type: 'string', enum: ['positive', 'neutral', 'negative'] },
    topics: { type: 'array', items: { type: 'string' } },
  },
  required: ['hook', 'sentiment', 'topics'],
};

/** Base paths on the fixture server (or outside it) for each way a call can fail. */
export interface FailureScenarios {
  rateLimited: { base: string; retryAfter: number };
  refusedKey: string[];
  unavailable: string[];
  badRequest: { base: string; message: RegExp };
  malformed: string[];
  /** Below /slow on the fixture server: answers after 5 s. */
  slow: string;
  /** A base URL at a private address, used as is. */
  privateBase: string;
  /** A working base, for providers that take images but no video. */
  imagesOnly?: string;
}

/** The failures every HTTP provider must type the same way. */
export function describeFailures(kind: ProviderKind, scenarios: FailureScenarios) {
  const generate = (base: string) => atFixture(kind, base).provider.generateText({ prompt: 'Hello' });

  describe(`${kind} failures`, () => {
    it('takes a 429 as RateLimited with the wait the provider asked for', async () => {
      const error = await failure(generate(scenarios.rateLimited.base));
      expect(error).toBeInstanceOf(RateLimited);
      expect((error as RateLimited).retryAfter).toBe(scenarios.rateLimited.retryAfter);
      expect((error as RateLimited).status).toBe(429);
    });

    it('takes a refused key as AuthExpired', async () => {
      for (const base of scenarios.refusedKey) expect(await failure(generate(base)), base).toBeInstanceOf(AuthExpired);
    });

    it('takes server errors and overload as Unavailable', async () => {
      for (const base of scenarios.unavailable) expect(await failure(generate(base)), base).toBeInstanceOf(Unavailable);
    });

    it("takes a 400 as BadRequest carrying the provider's message", async () => {
      const error = await failure(generate(scenarios.badRequest.base));
      expect(error).toBeInstanceOf(BadRequest);
      expect((error as BadRequest).message).toMatch(scenarios.badRequest.message);
      expect((error as BadRequest).status).toBe(400);
    });

    it('takes a 200 that is not the documented shape as Unavailable', async () => {
      for (const base of scenarios.malformed) {
        const error = await failure(generate(base));
        expect(error, base).toBeInstanceOf(Unavailable);
        expect((error as Error).message, base).toMatch(/answered|candidate/);
      }
    });

    it('refuses a base URL at a private address before sending anything', async () => {
      const provider = createProvider(
        { kind, model: DEFAULT_MODELS[kind], apiKey: 'fixture-key', baseUrl: scenarios.privateBase },
        { fetch: providerFetch(env), env },
      );
      const error = await failure(provider.generateText({ prompt: 'Hello' }));
      expect(error).toBeInstanceOf(Refused);
      expect((error as Refused).message).toMatch(/private or reserved/);
    });

    const imagesOnly = scenarios.imagesOnly;
    if (imagesOnly) {
      it('refuses video before sending anything', async () => {
        const { provider, sent } = atFixture(kind, imagesOnly);
        const video = { mimeType: 'video/mp4', bytes: new Uint8Array(8) };
        const error = await failure(provider.analyzeMedia?.({ prompt: 'x', media: [video] }) ?? Promise.resolve());
        expect(error).toBeInstanceOf(BadRequest);
        expect(await sent()).toEqual([]);
      });
    }

    it('gives up on a provider that does not answer in time', async () => {
      const { provider } = atFixture(kind, scenarios.slow, {}, { timeoutMs: 200 });
      const started = Date.now();
      const error = await failure(provider.generateText({ prompt: 'Hello' }));
      expect(error).toBeInstanceOf(Unavailable);
      expect((error as Unavailable).message).toMatch(/in time|within/);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  });
}
