/**
 * DNS-over-HTTPS answers (the JSON API of Cloudflare's and Google's resolvers) for made-up
 * names, so the outbound guard's resolution step can be tested without a network:
 *   *.public.test → a public address   *.private.test → 10.0.0.7   *.metadata.test → 169.254.169.254
 *   *.v6private.test → fd00::7 (AAAA only)   *.nx.test → NXDOMAIN   anything else → a public address
 */
export function dnsAnswer(name: string, type: string) {
  const host = name.replace(/\.$/, '').toLowerCase();
  if (host.endsWith('.nx.test')) return { Status: 3, Answer: [] };
  const a = host.endsWith('.private.test')
    ? '10.0.0.7'
    : host.endsWith('.metadata.test')
      ? '169.254.169.254'
      : '93.184.215.14';
  const aaaa = host.endsWith('.v6private.test') ? 'fd00::7' : '2606:2800:21f:cb07:6820:80da:af6b:8b2c';
  const answer = type === 'AAAA' ? { type: 28, data: aaaa } : { type: 1, data: a };
  return { Status: 0, Answer: [{ name: `${host}.`, TTL: 300, ...answer }] };
}
