import { describe, expect, it } from 'vitest';
import { InvalidRequest, UnprocessableContent } from '../../core/http/errors';
import { MAX_IMPORT_ROWS, parseImport } from './import-csv';

describe('parseImport (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a byte order mark', () => {
    const csv =
      '\uFEFFbody,accounts,scheduled_at\r\n' +
      '"Hello, world",@alice,\r\n' +
      '"She said ""hi""",bob|carol,2027-01-02 09:30\r\n' +
      '"Two\r\nlines",alice,\r\n';
    expect(parseImport(csv)).toEqual([
      { row: 2, fields: { body: 'Hello, world', accounts: '@alice', scheduled_at: '' } },
      { row: 3, fields: { body: 'She said "hi"', accounts: 'bob|carol', scheduled_at: '2027-01-02 09:30' } },
      { row: 4, fields: { body: 'Two\r\nlines', accounts: 'alice', scheduled_at: '' } },
    ]);
  });

  it('matches the header by name in any order, case and spaces aside, and keeps a thread with its breaks', () => {
    const csv = 'Thread,Time Zone,ACCOUNTS,body\n"one\n---\ntwo",Europe/Berlin,alice,First\n';
    expect(parseImport(csv)).toEqual([
      {
        row: 2,
        fields: { thread: 'one\n---\ntwo', time_zone: 'Europe/Berlin', accounts: 'alice', body: 'First' },
      },
    ]);
  });

  it('marks a row whose field count differs from the header', () => {
    expect(parseImport('body,accounts\nA,alice,extra\nB\n')).toEqual([
      { row: 2, fields: { body: 'A', accounts: 'alice' }, width: 3 },
      { row: 3, fields: { body: 'B' }, width: 1 },
    ]);
  });

  it('refuses an unclosed quote, a bad header, an empty file and too many rows', () => {
    expect(() => parseImport('body,accounts\n"never closed,alice\n')).toThrow(InvalidRequest);
    expect(() => parseImport('text,accounts\nA,alice\n')).toThrow(/unknown: text; missing: body/);
    expect(() => parseImport('body,body,accounts\nA,B,alice\n')).toThrow(InvalidRequest);
    expect(() => parseImport('')).toThrow(/empty/);
    expect(() => parseImport('body,accounts\n')).toThrow(/no rows/);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Post ${i},alice`).join('\n');
    expect(() => parseImport(`body,accounts\n${rows}`)).toThrow(UnprocessableContent);
    expect(parseImport(`body,accounts\n${rows.split('\n').slice(1).join('\n')}`)).toHaveLength(MAX_IMPORT_ROWS);
  });
});
