import { CsvError, parse } from 'csv-parse/sync';
import { InvalidRequest, UnprocessableContent } from '../../core/http/errors';

/**
 * The columns of a posts import, in any order, matched by name (case and spaces aside):
 * - `body` (required): the first part's text;
 * - `accounts` (required): handles (`@` optional) or account ids, separated by `|`;
 * - `scheduled_at`: empty for a draft; `YYYY-MM-DD HH:MM` in `time_zone`, or ISO 8601 with an offset;
 * - `time_zone`: an IANA zone for a local `scheduled_at` (empty: the import's own, `?timeZone=`);
 * - `thread`: the replies, each after a line holding only `---`.
 */
export const IMPORT_COLUMNS = ['body', 'accounts', 'scheduled_at', 'time_zone', 'thread'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['body', 'accounts'];

/** At most this many posts per import (one D1 batch, one transaction). */
export const MAX_IMPORT_ROWS = 500;

/** One data row by column name; `row` is its number in a spreadsheet, the header being row 1. */
export interface ImportRow {
  row: number;
  fields: Partial<Record<ImportColumn, string>>;
  /** Set when the row has more or fewer fields than the header. */
  width?: number;
}

const isColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name);

/**
 * Parses an import as RFC 4180 CSV (quoted fields with commas, quotes doubled, line breaks
 * inside quotes; CRLF or LF; a UTF-8 byte order mark) with csv-parse, and maps its header.
 * A file that is not CSV, or whose header lacks a required column or has an unknown one, is a
 * 400; one with more than MAX_IMPORT_ROWS rows a 422. Rows are checked by their caller.
 */
export function parseImport(text: string): ImportRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new InvalidRequest(`This file is not valid CSV: ${error.message}`, {
        slug: 'invalid-csv',
        title: 'Invalid CSV',
      });
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new InvalidRequest('The file is empty: give a header row and one row per post.');
  const names = header.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const unknown = names.filter((name) => !isColumn(name));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (unknown.length > 0 || missing.length > 0 || new Set(names).size !== names.length) {
    throw new InvalidRequest(
      `The header must name the columns ${IMPORT_COLUMNS.join(', ')} (body and accounts required, each once)` +
        (unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : '') +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        '.',
    );
  }
  if (data.length === 0) throw new InvalidRequest('The file has a header but no rows.');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new UnprocessableContent(`Import at most ${MAX_IMPORT_ROWS} posts at once; this file has ${data.length}.`);
  }
  return data.map((record, index) => {
    const fields: ImportRow['fields'] = {};
    for (const [i, name] of names.entries()) {
      const value = record[i];
      if (isColumn(name) && value !== undefined) fields[name] = value;
    }
    return { row: index + 2, fields, ...(record.length === names.length ? {} : { width: record.length }) };
  });
}
