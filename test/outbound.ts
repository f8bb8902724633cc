import { env } from 'cloudflare:workers';

/** A unique path prefix on the fixture server; its requests can be read back with `sent`. */
export function fixturePath() {
  const token = crypto.randomUUID();
  return {
    url: (path: string) => `${env.FIXTURE_ORIGIN}/t/${token}${path}`,
    sent: async () =>
      (await (await fetch(`${env.FIXTURE_ORIGIN}/__requests/${token}`)).json()) as {
        method: string;
        path: string;
        headers: Record<string, string>;
        at: number;
        /** The request body as text (POST, PUT, PATCH…). */
        body?: string;
      }[],
  };
}

/** The test env with other outbound settings. */
export function envWith(vars: Partial<Env>): Env {
  return { ...env, ...vars };
}
