import { DEFAULT_MODELS, PROVIDER_TRAITS } from '../../../worker/contracts';
import type { AiProviderKind } from '../api/types';

interface ProviderInfo {
  label: string;
  /** What the API picks when the model is left empty. */
  defaultModel: string;
  /** Whether it can point at another server: OpenAI's API is spoken by OpenRouter, Ollama, vLLM… */
  baseUrl: boolean;
  /** Whether it takes an API key at all (Workers AI is a binding of the deployment). */
  key: boolean;
  /** Where to get a key, in a line. */
  hint: string;
}

/** The form's fields for a kind, by what the kind takes (the API's own traits). */
function offers(kind: AiProviderKind): Pick<ProviderInfo, 'baseUrl' | 'key'> {
  const traits = PROVIDER_TRAITS[kind];
  return { baseUrl: traits.baseUrl === 'servers', key: traits.key !== 'none' };
}

/** The AI providers a workspace can add, in the order the picker lists them. */
export const AI_PROVIDERS: Record<AiProviderKind, ProviderInfo> = {
  gemini: {
    label: 'Google Gemini',
    defaultModel: DEFAULT_MODELS.gemini,
    ...offers('gemini'),
    hint: 'A key from Google AI Studio.',
  },
  openai: {
    label: 'OpenAI or compatible',
    defaultModel: DEFAULT_MODELS.openai,
    ...offers('openai'),
    hint: 'An OpenAI key, or any OpenAI-compatible server (OpenRouter, Ollama, vLLM) by its base URL.',
  },
  anthropic: {
    label: 'Anthropic',
    defaultModel: DEFAULT_MODELS.anthropic,
    ...offers('anthropic'),
    hint: 'A key from the Anthropic console.',
  },
  'workers-ai': {
    label: 'Cloudflare Workers AI',
    defaultModel: DEFAULT_MODELS['workers-ai'],
    ...offers('workers-ai'),
    hint: 'Runs on this deployment’s Workers AI binding: no key needed.',
  },
};

export const AI_PROVIDER_KINDS = Object.keys(AI_PROVIDERS) as AiProviderKind[];

/** "Google Gemini"; "Local engine" for Crowsnest's own; unknown kinds as they are. */
export function providerLabel(kind: string): string {
  if (kind === 'local') return 'Local engine';
  return kind in AI_PROVIDERS ? AI_PROVIDERS[kind as AiProviderKind].label : kind;
}
