/**
 * Which IP addresses an outbound fetch must never reach: private, loopback, link-local
 * (cloud metadata lives at 169.254.169.254), shared, documentation, multicast and reserved
 * space (RFC 6890 special-purpose registries), including IPv4 hidden inside IPv6.
 *
 * Input is a hostname as the WHATWG URL parser leaves it: IPv4 in any notation (decimal,
 * octal, hex, shortened) is already normalised to a dotted quad, IPv6 to its compressed form
 * in brackets.
 */

type V4Range = readonly [base: number, bits: number];

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

const BLOCKED_V4: V4Range[] = [
  [v4(0, 0, 0, 0), 8], // "this network"
  [v4(10, 0, 0, 0), 8], // private
  [v4(100, 64, 0, 0), 10], // shared address space (carrier-grade NAT)
  [v4(127, 0, 0, 0), 8], // loopback
  [v4(169, 254, 0, 0), 16], // link-local, cloud metadata
  [v4(172, 16, 0, 0), 12], // private
  [v4(192, 0, 0, 0), 24], // IETF protocol assignments
  [v4(192, 0, 2, 0), 24], // documentation
  [v4(192, 88, 99, 0), 24], // 6to4 relay anycast
  [v4(192, 168, 0, 0), 16], // private
  [v4(198, 18, 0, 0), 15], // benchmarking
  [v4(198, 51, 100, 0), 24], // documentation
  [v4(203, 0, 113, 0), 24], // documentation
  [v4(224, 0, 0, 0), 4], // multicast
  [v4(240, 0, 0, 0), 4], // reserved, broadcast
];

export function parseIPv4(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

function inV4(address: number, [base, bits]: V4Range): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (address & mask) >>> 0 === (base & mask) >>> 0;
}

export function isBlockedIPv4(address: number): boolean {
  return BLOCKED_V4.some((range) => inV4(address, range));
}

/** Eight 16-bit groups, or null if `host` is not an IPv6 literal (brackets optional). */
export function parseIPv6(host: string): number[] | null {
  let text = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (!text.includes(':')) return null;
  // A trailing dotted quad (::ffff:1.2.3.4) stands for the last two groups.
  let tail: number[] = [];
  const dotted = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const four = parseIPv4(dotted[2] ?? '');
    if (four === null) return null;
    tail = [four >>> 16, four & 0xffff];
    text = dotted[1] ?? '';
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0] ?? '');
  const rest = groups(halves[1] ?? '');
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  const hex = (list: string[]) => list.map((g) => Number.parseInt(g, 16));
  return [...hex(head), ...new Array<number>(8 - explicit).fill(0), ...hex(rest), ...tail];
}

function embeddedV4(groups: number[], at: number): number {
  return (((groups[at] ?? 0) << 16) | (groups[at + 1] ?? 0)) >>> 0;
}

/**
 * IPv6 is judged by allow-list: only global unicast (2000::/3) reaches the internet, and
 * every form that carries an IPv4 address a host, gateway or tunnel would deliver to is
 * judged by that IPv4 address. Everything else (reserved, local, multicast) is refused.
 */
export function isBlockedIPv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = groups;
  const tail = embeddedV4(groups, 6);
  if (g0 < 0x0100) {
    // ::/8 is reserved but for the IPv4-carrying forms below.
    if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0) {
      // ::a.b.c.d compatible and ::ffff:a.b.c.d mapped (RFC 4291 2.5.5); :: and ::1 land in 0.0.0.0/8.
      if (g4 === 0 && (g5 === 0 || g5 === 0xffff)) return isBlockedIPv4(tail);
      if (g4 === 0xffff && g5 === 0) return isBlockedIPv4(tail); // ::ffff:0:a.b.c.d translated (RFC 2765 2.1)
    }
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
      return isBlockedIPv4(tail); // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052 2.1)
    }
    // The rest, including NAT64 local-use 64:ff9b:1::/48 (RFC 8215): its gateway and the
    // place of the IPv4 inside are the operator's own, so nothing can be judged.
    return true;
  }
  // Outside 2000::/3: discard 100::/64, unique local fc00::/7, link-local fe80::/10,
  // site-local fec0::/10, multicast ff00::/8 and unassigned space.
  if ((g0 & 0xe000) !== 0x2000) return true;
  // 2001::/23 IETF protocol assignments, Teredo 2001::/32 among them (its client's IPv4 is
  // obfuscated inside, the server's IPv4 is a relay's).
  if (g0 === 0x2001 && g1 < 0x0200) return true;
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation 2001:db8::/32
  if (g0 === 0x3fff && g1 < 0x1000) return true; // documentation 3fff::/20 (RFC 9637)
  if (g0 === 0x2002 && isBlockedIPv4(embeddedV4(groups, 1))) return true; // 6to4 2002:a.b.c.d::/48 (RFC 3056)
  // ISATAP interface id ::0:5efe:a.b.c.d, u/g bits allowed (RFC 5214 6.1), under any prefix.
  if ((g4 & 0xfcff) === 0 && g5 === 0x5efe && isBlockedIPv4(tail)) return true;
  return false;
}

/** Whether a URL hostname is an IP literal, and if so whether it is blocked. */
export function classifyHost(hostname: string): 'blocked-ip' | 'public-ip' | 'name' {
  const four = parseIPv4(hostname);
  if (four !== null) return isBlockedIPv4(four) ? 'blocked-ip' : 'public-ip';
  const six = parseIPv6(hostname);
  if (six !== null) return isBlockedIPv6(six) ? 'blocked-ip' : 'public-ip';
  return 'name';
}

/** Whether a resolved address (from DNS) is blocked. */
export function isBlockedAddress(address: string): boolean {
  const kind = classifyHost(address.includes(':') ? `[${address}]` : address);
  return kind === 'blocked-ip' || kind === 'name';
}
