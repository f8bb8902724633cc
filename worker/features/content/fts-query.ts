/**
 * Turns what someone typed into an FTS5 query that cannot be a syntax error: each word is
 * quoted (quotes inside doubled), the words must all match, and the last one matches as a
 * prefix so results follow the typing. Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[\s"]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}_'’-]+/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
