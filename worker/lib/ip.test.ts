import { describe, expect, it } from 'vitest';
import { classifyHost, isBlockedAddress, parseIPv6 } from './ip';

/** What the URL parser makes of a host, which is what the guard sees. */
const host = (raw: string) => new URL(`http://${raw}/`).hostname;

describe('classifyHost', () => {
  it.each([
    '127.0.0.1',
    '127.1',
    '2130706433',
    '0x7f000001',
    '0x7f.0.0.1',
    '0177.0.0.1',
    '017700000001',
    '0',
    '0.0.0.0',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '[::1]',
    '[::]',
    '[0:0:0:0:0:0:0:1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[::ffff:a9fe:a9fe]',
    '[::127.0.0.1]',
    '[64:ff9b::10.0.0.1]',
    '[2002:c0a8:0101::]',
    '[fc00::1]',
    '[fd12:3456::1]',
    '[fe80::1]',
    '[ff02::1]',
    '[2001:db8::1]',
    '[100::1]',
  ])('refuses %s in any notation', (raw) => {
    expect(classifyHost(host(raw))).toBe('blocked-ip');
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '[2606:4700:4700::1111]',
    '[::ffff:8.8.8.8]',
    '[64:ff9b::8.8.8.8]',
  ])('allows the public address %s', (raw) => {
    expect(classifyHost(host(raw))).toBe('public-ip');
  });

  it('treats names as names', () => {
    expect(classifyHost('example.com')).toBe('name');
    expect(classifyHost(host('1.2.3.4.nip.io'))).toBe('name');
  });
});

describe('parseIPv6', () => {
  it('expands compressed forms and embedded IPv4', () => {
    expect(parseIPv6('[::ffff:1.2.3.4]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::8')).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
  });

  it('rejects malformed ones', () => {
    for (const bad of ['1::2::3', '1:2:3', 'g::1', '1:2:3:4:5:6:7:8:9', 'example.com'])
      expect(parseIPv6(bad)).toBeNull();
  });
});

describe('isBlockedAddress (DNS answers)', () => {
  it('checks both families', () => {
    expect(isBlockedAddress('10.1.2.3')).toBe(true);
    expect(isBlockedAddress('fd00::1')).toBe(true);
    expect(isBlockedAddress('1.1.1.1')).toBe(false);
    expect(isBlockedAddress('2606:4700::1')).toBe(false);
    expect(isBlockedAddress('not an address')).toBe(true);
  });

  // DNS answers are not normalised by the URL parser: every notation must be judged alike.
  it.each([
    '::FFFF:127.0.0.1',
    '0:0:0:0:0:ffff:7f00:0001',
    '::ffff:0:127.0.0.1',
    '0000:0000:0000:0000:FFFF:0000:A9FE:A9FE',
    '::ffff:0:10.0.0.1',
    '64:FF9B::169.254.169.254',
    '0064:ff9b:0000:0000:0000:0000:0a00:0001',
    '64:ff9b:1::8.8.8.8',
    '64:ff9b:1:c0a8:1::',
    '2002:7F00:0001::',
    '2001:0000:4136:e378:8000:63bf:3fff:fdd2',
    '2606:4700::0200:5EFE:192.168.1.1',
    'fe80::1%eth0',
    'fe80::1%25eth0',
    '::1%lo',
  ])('refuses the answer %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['::FFFF:8.8.8.8', '::ffff:0:8.8.8.8', '64:ff9b::0808:0808', '2002:0808:0808::1', '2606:4700::5efe:1.1.1.1'])(
    'lets the public answer %s through',
    (address) => {
      expect(isBlockedAddress(address)).toBe(false);
    },
  );
});
