import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { envWith } from '../../../test/outbound';
import { BadRequest, Refused } from './errors';
import { guardUrl } from './guard';
import { outboundPolicy } from './policy';

const strict = outboundPolicy(envWith({ OUTBOUND_ALLOW_HOSTS: '' }));

describe('guardUrl', () => {
  it.each([
    'file:///etc/passwd',
    'ftp://example.com/x',
    'javascript:alert(1)',
    'data:text/html,hi',
    'gopher://example.com/',
    'ws://example.com/',
  ])('refuses the %s scheme', async (url) => {
    await expect(guardUrl(url, strict)).rejects.toThrow(Refused);
  });

  it('refuses credentials in the URL and unparseable URLs', async () => {
    await expect(guardUrl('https://user:pass@example.com/', strict)).rejects.toThrow(Refused);
    await expect(guardUrl('http://', strict)).rejects.toThrow(BadRequest);
  });

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1:8080/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00::1]/',
    'http://10.0.0.1/',
    'http://0.0.0.0:8787/',
  ])('refuses the private address %s', async (url) => {
    await expect(guardUrl(url, strict)).rejects.toThrow(Refused);
  });

  // Every IPv6 form that carries an IPv4 address, in the notations a user can type: the URL
  // parser normalises case, leading zeros and a dotted tail, so each must still be judged.
  it.each([
    ['IPv4-mapped ::ffff:0:0/96', 'http://[::ffff:127.0.0.1]/'],
    ['IPv4-mapped, uppercase and zero-padded', 'http://[0:0:0:0:0:FFFF:7F00:0001]/'],
    ['IPv4-mapped, metadata', 'http://[::ffff:169.254.169.254]/'],
    ['IPv4-translated ::ffff:0:0:0/96 (RFC 2765)', 'http://[::ffff:0:127.0.0.1]/'],
    ['IPv4-translated, hex tail', 'http://[::ffff:0:a9fe:a9fe]/'],
    ['IPv4-translated, uncompressed', 'http://[0000:0000:0000:0000:ffff:0000:0a00:0001]/'],
    ['IPv4-compatible ::/96', 'http://[::127.0.0.1]/'],
    ['IPv4-compatible, private', 'http://[::192.168.0.1]/'],
    ['NAT64 64:ff9b::/96, loopback', 'http://[64:ff9b::127.0.0.1]/'],
    ['NAT64 64:ff9b::/96, private', 'http://[64:FF9B::10.0.0.1]/'],
    ['NAT64 64:ff9b::/96, link-local metadata', 'http://[64:ff9b::a9fe:a9fe]/'],
    ['NAT64 64:ff9b::/96, uncompressed', 'http://[0064:ff9b:0000:0000:0000:0000:c0a8:0001]/'],
    ['NAT64 with the IPv4 where a /32 prefix would put it', 'http://[64:ff9b:7f00:1::]/'],
    ['NAT64 local-use 64:ff9b:1::/48 (RFC 8215)', 'http://[64:ff9b:1::8.8.8.8]/'],
    ['NAT64 local-use, private', 'http://[64:ff9b:1:a00:1::]/'],
    ['6to4 2002::/16, loopback', 'http://[2002:7f00:1::]/'],
    ['6to4, private', 'http://[2002:c0a8:101::1]/'],
    ['6to4, metadata', 'http://[2002:a9fe:a9fe:0:0:0:0:1]/'],
    ['Teredo 2001::/32', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/'],
    ['Teredo with a public server', 'http://[2001:0:808:808::1]/'],
    ['ISATAP, loopback', 'http://[2606:4700::5efe:127.0.0.1]/'],
    ['ISATAP with the u bit, private', 'http://[2606:4700::200:5efe:10.1.2.3]/'],
    ['ISATAP, metadata', 'http://[2a00:1450:4001::5EFE:A9FE:A9FE]/'],
    ['IPv6 loopback, uncompressed', 'http://[0000:0000:0000:0000:0000:0000:0000:0001]/'],
    ['unspecified', 'http://[::]/'],
    ['link-local', 'http://[fe80::1]/'],
    ['unique local', 'http://[FD00::1]/'],
    ['documentation 3fff::/20 (RFC 9637)', 'http://[3fff::1]/'],
    ['outside global unicast', 'http://[5f00::1]/'],
  ])('refuses %s: %s', async (_form, url) => {
    await expect(guardUrl(url, strict)).rejects.toThrow(Refused);
  });

  // A zone id or a zero-padded dotted tail is no valid URL host: refused before any fetch.
  it.each(['http://[fe80::1%25eth0]/', 'http://[fe80::1%eth0]/', 'http://[::ffff:127.000.000.001]/'])(
    'refuses the malformed IPv6 host %s',
    async (url) => {
      await expect(guardUrl(url, strict)).rejects.toThrow(BadRequest);
    },
  );

  it.each([
    'http://[::ffff:8.8.8.8]/',
    'http://[::ffff:0:8.8.8.8]/',
    'http://[64:ff9b::8.8.8.8]/',
    'http://[2002:808:808::1]/',
    'http://[2606:4700::5efe:8.8.8.8]/',
    'http://[2606:4700:4700::1111]/',
  ])('lets the public IPv6 form %s through', async (url) => {
    expect((await guardUrl(url, strict)).href).toBe(new URL(url).href);
  });

  it.each([
    'http://localhost/',
    'http://api.localhost/',
    'http://intranet/',
    'http://db.internal/',
    'http://printer.local/',
    'http://metadata.google.internal/',
  ])('refuses the internal name %s without asking DNS', async (url) => {
    await expect(guardUrl(url, strict)).rejects.toThrow(Refused);
  });

  it('asks DNS where a name points and refuses private answers', async () => {
    await expect(guardUrl('https://feeds.private.test/rss', strict)).rejects.toThrow(
      /private or reserved address \(10\.0\.0\.7\)/,
    );
    await expect(guardUrl('https://x.metadata.test/', strict)).rejects.toThrow(Refused);
    await expect(guardUrl('https://x.v6private.test/', strict)).rejects.toThrow(/fd00::7/);
    await expect(guardUrl('https://nothing.nx.test/', strict)).rejects.toThrow(BadRequest);
    expect((await guardUrl('https://blog.public.test/feed', strict)).href).toBe('https://blog.public.test/feed');
  });

  it('lets public IP literals through without DNS', async () => {
    expect((await guardUrl('http://93.184.215.14/', strict)).hostname).toBe('93.184.215.14');
  });

  it('exempts exactly the allow-listed host and port', async () => {
    const fixture = new URL(env.FIXTURE_ORIGIN);
    const policy = outboundPolicy(envWith({ OUTBOUND_ALLOW_HOSTS: `${fixture.host}, other.test:81` }));
    expect((await guardUrl(`${env.FIXTURE_ORIGIN}/x`, policy)).host).toBe(fixture.host);
    await expect(guardUrl(`http://${fixture.hostname}:1/x`, policy)).rejects.toThrow(Refused);
  });
});
