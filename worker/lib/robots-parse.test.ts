import { describe, expect, it } from 'vitest';
import { isAllowed, rulesFor } from './robots-parse';

const ROBOTS = `
# comments are ignored
User-agent: *
Disallow: /private/
Allow: /private/public-page.html
Crawl-delay: 2

User-agent: CrowsnestBot
User-agent: OtherBot
Disallow: /no-crowsnest/
Disallow: /*.pdf$
Allow: /

User-agent: Blocked
Disallow: /
`;

describe('robots.txt', () => {
  it('uses the group naming our product token, case-insensitively, over *', () => {
    const rules = rulesFor(ROBOTS, 'crowsnestbot');
    expect(isAllowed(rules, '/private/secret')).toBe(true);
    expect(isAllowed(rules, '/no-crowsnest/page')).toBe(false);
    expect(rules.crawlDelaySeconds).toBeNull();
  });

  it('falls back to the * group, longest match first, allow on ties', () => {
    const rules = rulesFor(ROBOTS, 'SomeoneElse');
    expect(isAllowed(rules, '/private/x')).toBe(false);
    expect(isAllowed(rules, '/private/public-page.html')).toBe(true);
    expect(isAllowed(rules, '/blog/post')).toBe(true);
    expect(rules.crawlDelaySeconds).toBe(2);
    expect(
      isAllowed(
        {
          rules: [
            { allow: false, pattern: '/a' },
            { allow: true, pattern: '/a' },
          ],
          crawlDelaySeconds: null,
        },
        '/a',
      ),
    ).toBe(true);
  });

  it('supports * wildcards and $ anchors', () => {
    const rules = rulesFor(ROBOTS, 'CrowsnestBot');
    expect(isAllowed(rules, '/files/report.pdf')).toBe(false);
    expect(isAllowed(rules, '/files/report.pdf?download=1')).toBe(true);
    expect(isAllowed(rules, '/files/report.pdfx')).toBe(true);
  });

  it('treats an empty Disallow as allowing everything, and Disallow: / as nothing', () => {
    expect(isAllowed(rulesFor('User-agent: *\nDisallow:', 'X'), '/anything')).toBe(true);
    expect(isAllowed(rulesFor(ROBOTS, 'Blocked'), '/anything')).toBe(false);
    expect(isAllowed(rulesFor(ROBOTS, 'Blocked'), '/robots.txt')).toBe(true);
  });

  it('compares percent-encoded paths by meaning', () => {
    const rules = rulesFor('User-agent: *\nDisallow: /a-b/', 'X');
    expect(isAllowed(rules, '/a%2Db/c')).toBe(false);
  });

  it('allows everything when there are no rules at all', () => {
    expect(isAllowed(rulesFor('', 'X'), '/')).toBe(true);
    expect(isAllowed(rulesFor('garbage\n<html>', 'X'), '/x')).toBe(true);
  });
});
