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
