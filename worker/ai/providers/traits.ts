import type { ProviderKind } from './types';

/**
 * What setting up each kind of provider takes, as data: saving settings, "test connection"
 * and the settings form ask these instead of which vendor a provider is. On its own, free of
 * any provider code, so the web app checks the form by the same rules through the contracts.
 */
export interface ProviderTraits {
  /** Its name in messages. */
  label: string;
  /**
   * 'required'; 'unless-base-url': a server of one's own that speaks its API (Ollama, vLLM)
   * may take none, the vendor's own API does; 'none': it takes no key at all.
   */
  key: 'required' | 'unless-base-url' | 'none';
  /**
   * Where a base URL may point: 'servers', any server that speaks its API (the form offers
   * the field); 'proxy', a proxy in front of the vendor's own API (taken, not offered); null,
   * nowhere: it takes none.
   */
  baseUrl: 'servers' | 'proxy' | null;
  /** The Worker binding it runs on, and what to add to wrangler.toml when it is missing. */
  binding: { name: 'AI'; missing: string } | null;
}

export const PROVIDER_TRAITS: Record<ProviderKind, ProviderTraits> = {
  gemini: { label: 'Gemini', key: 'required', baseUrl: 'proxy', binding: null },
  openai: { label: 'OpenAI', key: 'unless-base-url', baseUrl: 'servers', binding: null },
  anthropic: { label: 'Anthropic', key: 'required', baseUrl: 'proxy', binding: null },
  'workers-ai': {
    label: 'Workers AI',
    key: 'none',
    baseUrl: null,
    binding: { name: 'AI', missing: 'add an [ai] binding named "AI" to wrangler.toml' },
  },
};

/** Whether a provider of this kind, pointed at `baseUrl` (normalized; null for none), cannot work without a key. */
export function needsKey(kind: ProviderKind, baseUrl: string | null): boolean {
  const { key } = PROVIDER_TRAITS[kind];
  return key === 'required' || (key === 'unless-base-url' && baseUrl === null);
}
