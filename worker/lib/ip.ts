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

export function isBlockedIPv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = groups;
  const zeroUntil = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroUntil(8)) return true; // ::
  if (zeroUntil(7) && groups[7] === 1) return true; // ::1
  if (zeroUntil(5) && g5 === 0xffff) return isBlockedIPv4(embeddedV4(groups, 6)); // ::ffff:a.b.c.d
  if (zeroUntil(6)) return isBlockedIPv4(embeddedV4(groups, 6)); // ::a.b.c.d (deprecated compatible)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isBlockedIPv4(embeddedV4(groups, 6)); // NAT64 64:ff9b::/96
  }
  if (g0 === 0x2002) return isBlockedIPv4(embeddedV4(groups, 1)); // 6to4 2002::/16
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return true; // discard 100::/64
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  if (g0 === 0x2001 && g1 < 0x0200) return true; // IETF protocol assignments 2001::/23 (Teredo, ORCHID…)
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // site-local (deprecated) fec0::/10
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
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
