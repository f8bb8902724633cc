import { BadRequest, Unavailable } from './errors';

/**
 * Resolves a name through a DNS-over-HTTPS resolver's JSON API (RFC 8484's JSON sibling, as
 * served by Cloudflare and Google). Workers have no resolver API of their own, so this is
 * how the guard learns where a name points before fetching it. Answers are cached in the
 * isolate for their TTL (at least a minute).
 */
interface DohAnswer {
  Status: number;
  Answer?: { type: number; data: string; TTL?: number }[];
}

const cache = new Map<string, { addresses: string[]; expires: number }>();
const A = 1;
const AAAA = 28;

async function query(
  resolver: string,
  name: string,
  type: 'A' | 'AAAA',
): Promise<{ addresses: string[]; ttl: number; nx: boolean }> {
  const url = `${resolver}?name=${encodeURIComponent(name)}&type=${type}`;
  let answer: DohAnswer;
  try {
    const res = await fetch(url, { headers: { Accept: 'application/dns-json' }, signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`resolver answered ${res.status}`);
    answer = (await res.json()) as DohAnswer;
  } catch (error) {
    throw new Unavailable(`Could not resolve ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const records = (answer.Answer ?? []).filter((r) => r.type === A || r.type === AAAA);
  return {
    addresses: records.map((r) => r.data),
    ttl: Math.min(...records.map((r) => r.TTL ?? 60), 3600),
    nx: answer.Status === 3,
  };
}

/** Every A and AAAA address of `name`. Throws BadRequest when the name does not exist. */
export async function resolve(resolver: string, name: string): Promise<string[]> {
  const cached = cache.get(name);
  if (cached && cached.expires > Date.now()) return cached.addresses;
  const [four, six] = await Promise.all([query(resolver, name, 'A'), query(resolver, name, 'AAAA')]);
  const addresses = [...four.addresses, ...six.addresses];
  if (addresses.length === 0) {
    throw new BadRequest(four.nx ? `The host ${name} does not exist.` : `The host ${name} has no address.`);
  }
  cache.set(name, { addresses, expires: Date.now() + Math.max(60, Math.min(four.ttl, six.ttl)) * 1000 });
  return addresses;
}
