import type { ProviderKind } from './types';

/**
 * What a new provider setting starts with: each vendor's fast, inexpensive current model.
 * On its own, free of any provider code, so the web app shows the defaults the API applies.
 */
export const DEFAULT_MODELS: Record<ProviderKind, string> = {
  gemini: 'gemini-2.5-flash',
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
  // The plain llama-3.1-8b-instruct was retired on 2026-05-30; its -fast variant stays.
  'workers-ai': '@cf/meta/llama-3.1-8b-instruct-fast',
};
