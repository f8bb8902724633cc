/**
 * The origin people reach the app at, for links the API hands out. Behind a proxy that
 * rewrites Host, the request's own origin would be wrong, so APP_ORIGIN can say it.
 */
export function appOrigin(c: { env: Env; req: { url: string } }): string {
  return c.env.APP_ORIGIN || new URL(c.req.url).origin;
}
