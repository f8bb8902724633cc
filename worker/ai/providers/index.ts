/**
 * The AI provider registry: one factory per kind. A new kind in PROVIDER_KINDS fails to
 * compile until it has a factory, a default model and a default base URL here.
 */
import { ANTHROPIC_BASE_URL, anthropicProvider } from './anthropic';
import { GEMINI_BASE_URL, geminiProvider } from './gemini';
import { OPENAI_BASE_URL, openaiProvider } from './openai';
import type { AiProvider, ProviderConfig, ProviderDeps, ProviderFactory, ProviderKind } from './types';
import { workersAiProvider } from './workers-ai';

export { DEFAULT_MODELS } from './defaults';
export { DEFAULT_PROVIDER_TIMEOUT_MS, providerFetch } from './fetch';
export { visionCapable } from './vision';

const FACTORIES: Record<ProviderKind, ProviderFactory> = {
  gemini: geminiProvider,
  openai: openaiProvider,
  anthropic: anthropicProvider,
  'workers-ai': workersAiProvider,
};

/** Where each provider is reached when its setting has no base URL (Workers AI is a binding). */
export const DEFAULT_BASE_URLS: Record<ProviderKind, string | null> = {
  gemini: GEMINI_BASE_URL,
  openai: OPENAI_BASE_URL,
  anthropic: ANTHROPIC_BASE_URL,
  'workers-ai': null,
};

/**
 * The provider a setting describes. Throws a connector error when it cannot work at all
 * (no key where one is needed, Workers AI without its binding).
 */
export function createProvider(config: ProviderConfig, deps: ProviderDeps): AiProvider {
  return FACTORIES[config.kind](config, deps);
}
