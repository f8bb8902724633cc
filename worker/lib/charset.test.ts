import { describe, expect, it } from 'vitest';
import { charsetFromDocument, decodeBody } from './charset';

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBody', () => {
  it('lets a byte-order mark win over any declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>café</p>')]);
    expect(decodeBody(bytes, 'text/html; charset=iso-8859-1')).toEqual({
      text: '<p>café</p>',
      charset: 'utf-8',
      source: 'bom',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x63, 0x00, 0xe9, 0x00]);
    expect(decodeBody(utf16).text).toBe('cé');
  });

  it('follows the Content-Type charset', () => {
    expect(decodeBody(latin1('caf\u00e9'), 'text/html; charset="ISO-8859-1"')).toMatchObject({
      text: 'café',
      charset: 'windows-1252',
      source: 'header',
    });
    expect(decodeBody(new Uint8Array([0xc3, 0xe0]), 'text/plain; charset=koi8-r').text).toBe('цЮ');
  });

  it('reads the XML declaration and the HTML meta when the header says nothing', () => {
    expect(
      decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>\u00e9</t>'), 'application/xml'),
    ).toMatchObject({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>é</t>', source: 'document' });
    expect(decodeBody(latin1('<meta charset="windows-1251"><p>\u00e9</p>')).text).toContain('й');
    expect(
      decodeBody(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>\u00b1</p>')).text,
    ).toContain('ą');
  });

  it('takes UTF-8 bytes mislabelled as ISO-8859-1 as UTF-8', () => {
    expect(decodeBody(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Müller – “quotes”</t>'))).toMatchObject({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>Müller – “quotes”</t>',
      charset: 'utf-8',
      source: 'sniffed',
    });
  });

  it('takes UTF-8 bytes mislabelled as a multi-byte legacy charset as UTF-8, and keeps real ones', () => {
    const page = '<meta charset="gb2312"><title>腾讯网</title>';
    expect(decodeBody(utf8(page))).toMatchObject({ text: page, charset: 'utf-8', source: 'sniffed' });
    const gbk = new Uint8Array([...latin1('<meta charset="gbk">'), 0xcc, 0xda, 0xd1, 0xb6]);
    expect(decodeBody(gbk)).toMatchObject({ text: '<meta charset="gbk">腾讯', charset: 'gbk' });
  });

  it('falls back to windows-1252 for bytes labelled UTF-8 that are not', () => {
    expect(decodeBody(latin1('<?xml version="1.0" encoding="utf-8"?><t>caf\u00e9 \u0093q\u0094</t>'))).toMatchObject({
      text: expect.stringContaining('café “q”'),
      charset: 'windows-1252',
    });
  });

  it('defaults to UTF-8 for undeclared UTF-8 and plain ASCII', () => {
    expect(decodeBody(utf8('{"title":"Zürich"}'), 'application/json')).toMatchObject({
      text: '{"title":"Zürich"}',
      charset: 'utf-8',
    });
    expect(decodeBody(utf8('plain'))).toMatchObject({ charset: 'utf-8', source: 'default' });
  });

  it('ignores unknown labels', () => {
    expect(decodeBody(utf8('é'), 'text/html; charset=made-up-charset').text).toBe('é');
    expect(charsetFromDocument(latin1('<meta charset="utf-16">'))).toBe('utf-8');
  });
});
