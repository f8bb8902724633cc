/**
 * The AI provider registry: one factory per kind. A new kind in PROVIDER_KINDS fails to
 * compile until it has a factory, a default model, a default base URL, its traits (key, base
 * URL, binding: traits.ts) and the operator's secrets for it here.
 */
import { ANTHROPIC_BASE_URL, anthropicProvider } from './anthropic';
import { DEFAULT_MODELS } from './defaults';
import { GEMINI_BASE_URL, geminiProvider } from './gemini';
import { OPENAI_BASE_URL, openaiProvider } from './openai';
import { needsKey, PROVIDER_TRAITS } from './traits';
import {
  type AiProvider,
  PROVIDER_KINDS,
  type ProviderConfig,
  type ProviderDeps,
  type ProviderFactory,
  type ProviderKind,
} from './types';
import { workersAiProvider } from './workers-ai';

export { DEFAULT_MODELS } from './defaults';
export { DEFAULT_PROVIDER_TIMEOUT_MS, providerFetch } from './fetch';
export { needsKey, PROVIDER_TRAITS, type ProviderTraits } from './traits';
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

type OperatorSecret =
  | 'GEMINI_API_KEY'
  | 'GEMINI_MODEL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_MODEL'
  | 'ANTHROPIC_API_KEY'
  | 'ANTHROPIC_MODEL'
  | 'WORKERS_AI_MODEL';

/** The Worker secrets that set up each kind for workspaces with no providers of their own. */
const OPERATOR_SECRETS: Record<
  ProviderKind,
  { key?: OperatorSecret; baseUrl?: OperatorSecret; model: OperatorSecret }
> = {
  gemini: { key: 'GEMINI_API_KEY', model: 'GEMINI_MODEL' },
  openai: { key: 'OPENAI_API_KEY', baseUrl: 'OPENAI_BASE_URL', model: 'OPENAI_MODEL' },
  anthropic: { key: 'ANTHROPIC_API_KEY', model: 'ANTHROPIC_MODEL' },
  'workers-ai': { model: 'WORKERS_AI_MODEL' },
};

/**
 * The operator's providers, in the registry's order: each kind whose secrets (a key, or a
 * base URL where that may do without one) or binding this deployment has.
 */
export function operatorConfigs(env: Env): ProviderConfig[] {
  return PROVIDER_KINDS.flatMap((kind): ProviderConfig[] => {
    const secrets = OPERATOR_SECRETS[kind];
    const { binding } = PROVIDER_TRAITS[kind];
    const apiKey = secrets.key ? env[secrets.key] : undefined;
    const baseUrl = secrets.baseUrl ? env[secrets.baseUrl] : undefined;
    const configured = binding
      ? Boolean(env[binding.name])
      : Boolean(apiKey) || (!!baseUrl && !needsKey(kind, baseUrl));
    if (!configured) return [];
    return [
      {
        kind,
        model: env[secrets.model] || DEFAULT_MODELS[kind],
        ...(secrets.key ? { apiKey: apiKey ?? null } : {}),
        ...(secrets.baseUrl ? { baseUrl: baseUrl ?? null } : {}),
      },
    ];
  });
}

/**
 * The provider a setting describes. Throws a connector error when it cannot work at all
 * (no key where one is needed, Workers AI without its binding).
 */
export function createProvider(config: ProviderConfig, deps: ProviderDeps): AiProvider {
  return FACTORIES[config.kind](config, deps);
}
