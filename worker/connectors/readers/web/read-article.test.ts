import { describe, expect, it } from 'vitest';
import article from '../../../../test/fixtures/pages/article.html?raw';
import { malformed } from '../../../../test/fixtures/pages/malformed';
import rtl from '../../../../test/fixtures/pages/rtl.html?raw';
import { parseDocument } from './dom/document';
import { pruneFilter } from './prune-rules';
import { readArticle, restoreHead } from './read-article';
import { runReadability } from './run-readability';

const PAGE = 'https://example.com/news/story';

/** Readability on the page as it is (only never-content elements left out), the plain way. */
function plainReadability(html: string) {
  const { facts, baseUrl } = readArticle(html, PAGE);
  const document = parseDocument(html, { base: baseUrl, page: PAGE }, { filter: pruneFilter({ unlikely: false }) });
  restoreHead(document, facts);
  return runReadability(document, false);
}

describe('readArticle', () => {
  it.each([
    ['an article page', article],
    ['a malformed page', malformed],
    ['a right-to-left page', rtl],
    ['a page whose first attempt finds too little', '<div class="sidebar"><p>Only text, in a sidebar.</p></div>'],
  ])('gives what Readability gives on the whole page, for %s', (_name, html) => {
    const ours = readArticle(html, PAGE).outcome;
    const plain = plainReadability(html);
    expect(ours.article?.html).toBe(plain?.article?.html);
    expect(ours.article?.title).toBe(plain?.article?.title);
    expect(ours.article?.byline).toBe(plain?.article?.byline);
  });

  it('resolves links against <base href>, and ignores one that is unusable', () => {
    expect(readArticle('<base href="/docs/"><p>x</p>', PAGE).baseUrl).toBe('https://example.com/docs/');
    expect(readArticle('<base href="http://[bad"><p>x</p>', PAGE).baseUrl).toBe(PAGE);
  });
});
