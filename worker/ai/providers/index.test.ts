import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createProvider, DEFAULT_BASE_URLS, DEFAULT_MODELS, providerFetch, visionCapable } from './index';
import { PROVIDER_KINDS } from './types';

describe('provider registry', () => {
  it('creates every kind with its defaults', () => {
    for (const kind of PROVIDER_KINDS.filter((k) => k !== 'workers-ai')) {
      const provider = createProvider(
        { kind, model: DEFAULT_MODELS[kind], apiKey: 'k' },
        { fetch: providerFetch(env), env },
      );
      expect(provider.kind).toBe(kind);
      expect(provider.model).toBe(DEFAULT_MODELS[kind]);
      expect(DEFAULT_BASE_URLS[kind]).toMatch(/^https:\/\//);
    }
    expect(DEFAULT_BASE_URLS['workers-ai']).toBeNull();
  });

  it('knows which models look at images', () => {
    const vision = (kind: (typeof PROVIDER_KINDS)[number], model: string) => visionCapable({ kind, model });
    expect(vision('gemini', 'gemini-2.5-flash')).toBe(true);
    expect(vision('gemini', 'gemini-embedding-001')).toBe(false);
    expect(vision('anthropic', 'claude-haiku-4-5')).toBe(true);
    for (const model of [
      'gpt-4o-mini',
      'gpt-4.1',
      'gpt-5-mini',
      'o3',
      'o4-mini',
      'llava:13b',
      'qwen2.5vl:7b',
      'google/gemma-3-27b-it',
    ])
      expect(vision('openai', model), model).toBe(true);
    for (const model of ['gpt-3.5-turbo', 'o3-mini', 'llama3.2', 'mistral-small', 'deepseek-r1:8b'])
      expect(vision('openai', model), model).toBe(false);
    expect(vision('workers-ai', DEFAULT_MODELS['workers-ai'])).toBe(false);
  });
});
