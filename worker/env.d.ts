/**
 * Secrets that are optional, so not in wrangler.toml's `secrets.required` (which drives the
 * generated Env): each enables more of a connector when set.
 */
interface Env {
  /** YouTube Data API v3 key: channel and video statistics, searches. */
  YOUTUBE_API_KEY?: string;
  /** Reddit OAuth app ("script" or "web"): higher rate limits than the public JSON. */
  REDDIT_CLIENT_ID?: string;
  REDDIT_CLIENT_SECRET?: string;
}

/**
 * The operator's AI providers, for workspaces that configure none of their own (optional
 * secrets), the model each uses, and the optional Workers AI binding.
 */
interface Env {
  GEMINI_API_KEY?: string;
  OPENAI_API_KEY?: string;
  /** An OpenAI-compatible server instead of OpenAI (OpenRouter, a public Ollama or vLLM). */
  OPENAI_BASE_URL?: string;
  ANTHROPIC_API_KEY?: string;
  GEMINI_MODEL?: string;
  OPENAI_MODEL?: string;
  ANTHROPIC_MODEL?: string;
  WORKERS_AI_MODEL?: string;
  /** Workers AI, when `[ai] binding = "AI"` is added to wrangler.toml. */
  AI?: Ai;
}
