import { describe, expect, it } from 'vitest';
import { hasType, jsonLdNodes, parseJsonLd, stringOf } from './json-ld';

describe('parseJsonLd', () => {
  it('parses blocks as pages write them and skips those that are not JSON', () => {
    const parsed = parseJsonLd([
      '{"@type": "NewsArticle", "headline": "A"}',
      '<![CDATA[ {"@type": "Person", "name": "B"} ]]>',
      '<!-- {"@type": "Organization", "name": "C"} -->',
      '{"@type": "Article", "description": "line one\nline two"}',
      '[{"@type": "BreadcrumbList"}, null, {"@type": "WebSite"}]',
      '{ not json }',
      '',
    ]);
    expect(parsed.map((node) => (node as { '@type': string })['@type'])).toEqual([
      'NewsArticle',
      'Person',
      'Organization',
      'Article',
      'BreadcrumbList',
      'WebSite',
    ]);
  });

  it('reaches into @graph and reads types and fields', () => {
    const nodes = jsonLdNodes(
      parseJsonLd(['{"@graph": [{"@type": ["Thing", "http://schema.org/NewsArticle"], "image": [{"url": "i.jpg"}]}]}']),
    );
    expect(nodes).toHaveLength(2);
    const article = nodes[1] ?? {};
    expect(hasType(article, new Set(['NewsArticle']))).toBe(true);
    expect(stringOf(article.image)).toBe('i.jpg');
    expect(stringOf({ name: 'Ana' }, 'name')).toBe('Ana');
  });
});
