import { classifyHost, isBlockedAddress } from '../../lib/ip';
import { resolve } from './dns';
import { BadRequest, Refused } from './errors';
import type { OutboundPolicy } from './policy';

/** Names that only ever mean something inside a network, whatever DNS says. */
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/;

/**
 * The one gate for every fetch of a URL that came from a user: http(s) only, no
 * credentials in the URL, and no private, loopback, link-local or metadata destination —
 * whether written as an IP literal in any notation or reached through DNS. Hosts in
 * OUTBOUND_ALLOW_HOSTS (host:port) are exempt, for local tests. Called again for every
 * redirect. With `resolveNames: false` only the checks that need no network run.
 */
export async function guardUrl(input: string, policy: OutboundPolicy, resolveNames = true): Promise<URL> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new BadRequest(`Not a valid URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refused(`Only http and https URLs can be fetched, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username || url.password) throw new Refused('URLs with a user name or password are not fetched.');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (policy.allowHosts.has(`${url.hostname}:${port}`.toLowerCase())) return url;

  const kind = classifyHost(url.hostname);
  if (kind === 'blocked-ip') throw new Refused(`${url.hostname} is a private or reserved address.`);
  if (kind === 'public-ip') return url;
  const name = url.hostname.replace(/\.$/, '').toLowerCase();
  if (!name.includes('.') || INTERNAL_NAME.test(name)) throw new Refused(`${url.hostname} is an internal host name.`);
  if (resolveNames) {
    const addresses = await resolve(policy.resolver, name);
    const blocked = addresses.find(isBlockedAddress);
    if (blocked) throw new Refused(`${url.hostname} points to a private or reserved address (${blocked}).`);
  }
  return url;
}
