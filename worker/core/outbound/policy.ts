/** The outbound limits, read from the environment (wrangler.toml [vars]). */
export interface OutboundPolicy {
  /** host:port pairs exempt from the address checks (local tests only). */
  allowHosts: ReadonlySet<string>;
  maxBytes: number;
  timeoutMs: number;
  resolver: string;
  /** Least milliseconds between two requests to one host. */
  hostIntervalMs: number;
  userAgent: string;
}

export const MAX_REDIRECTS = 5;
export const BOT_NAME = 'CrowsnestBot';

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function outboundPolicy(env: Env): OutboundPolicy {
  return {
    allowHosts: new Set(
      env.OUTBOUND_ALLOW_HOSTS.split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    ),
    maxBytes: positive(env.OUTBOUND_MAX_BYTES, 5 * 1024 * 1024),
    timeoutMs: positive(env.OUTBOUND_TIMEOUT_MS, 15_000),
    resolver: env.OUTBOUND_DNS_RESOLVER || 'https://cloudflare-dns.com/dns-query',
    hostIntervalMs: 1000 / positive(env.HOST_REQUESTS_PER_SECOND, 1),
    userAgent: `${BOT_NAME}/1.0 (+${env.APP_ORIGIN || 'https://crowsnest.dev'}/bot)`,
  };
}
