/**
 * One interface over every AI provider. Generic code (the fallback chain, analysis,
 * generation) only ever talks to this; which vendor answers is a setting.
 *
 * Providers raise the typed connector errors of worker/connectors/errors.ts:
 * RateLimited{retryAfter} for 429s and spent quotas, AuthExpired for refused keys,
 * Unavailable for 5xx, timeouts and network failures, BadRequest for requests the provider
 * says are wrong (e.g. too long for the model).
 */

export const PROVIDER_KINDS = ['gemini', 'openai', 'anthropic', 'workers-ai'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface ProviderConfig {
  kind: ProviderKind;
  /** The provider's model id, e.g. "gemini-2.5-flash", "gpt-4o-mini", "claude-sonnet-4-5", "@cf/meta/llama-3.1-8b-instruct". */
  model: string;
  /** Decrypted key; absent for Workers AI and keyless OpenAI-compatible servers (Ollama). */
  apiKey?: string | null;
  /** For OpenAI-compatible servers (OpenRouter, Ollama, vLLM) and proxies; the provider's own API when absent. */
  baseUrl?: string | null;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface TextRequest {
  system?: string;
  prompt: string;
  maxOutputTokens?: number;
  temperature?: number;
  /**
   * Ask for JSON matching this JSON Schema (an object at the root), through the provider's
   * structured-output or JSON mode where it has one; `text` is then the JSON. The caller
   * validates the answer either way.
   */
  jsonSchema?: Record<string, unknown>;
}

export interface TextResult {
  text: string;
  usage: Usage;
  /** The model that answered, as the provider reports it. */
  model: string;
}

/** An image or a video, by its bytes (read from R2 by the caller). */
export interface MediaPart {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
}

export interface MediaRequest extends TextRequest {
  media: MediaPart[];
}

export interface EmbedResult {
  vectors: number[][];
  usage: Usage;
  model: string;
}

export interface AiProvider {
  readonly kind: ProviderKind;
  readonly model: string;
  generateText(request: TextRequest): Promise<TextResult>;
  /** Present when the model can look at images (see visionCapable); Gemini takes short video too. */
  analyzeMedia?(request: MediaRequest): Promise<TextResult>;
  /** Present when the provider offers embeddings (with its own embedding model). */
  embed?(texts: string[]): Promise<EmbedResult>;
}

/** What a provider needs from its surroundings: the guarded fetch, and the Worker's bindings. */
export interface ProviderDeps {
  /** fetch through the outbound guard (base URLs are user input), with a timeout: providerFetch(env). */
  fetch: typeof fetch;
  env: Env;
  /** Time allowed for one call where the provider is not reached through `fetch` (Workers AI's binding). */
  timeoutMs?: number;
}

export type ProviderFactory = (config: ProviderConfig, deps: ProviderDeps) => AiProvider;
