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
