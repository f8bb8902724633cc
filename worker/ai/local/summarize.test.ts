import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';

const ARTICLE = [
  'Small coffee roasters are changing how cities drink coffee.',
  'The weather was mild on Tuesday.',
  'Independent coffee roasters in Portland doubled in three years, and roasters now sell most coffee online.',
  'A parade passed through downtown.',
  'Roasters say subscriptions give small coffee businesses steady revenue.',
  'Parking downtown remains difficult.',
];

describe('summarize', () => {
  it('picks the sentences about what the text is about, in their original order', () => {
    expect(summarize(ARTICLE.join(' '), 3)).toEqual([ARTICLE[0], ARTICLE[2], ARTICLE[4]]);
  });

  it('returns as many sentences as asked, or all of a short text', () => {
    expect(summarize(ARTICLE.join(' '), 1)).toEqual([ARTICLE[0]]);
    expect(summarize('One sentence only.', 3)).toEqual(['One sentence only.']);
    expect(summarize('', 3)).toEqual([]);
  });

  it('covers something new with each pick rather than repeating itself', () => {
    const text = [
      'Electric buses arrive in the city next spring.',
      'Electric buses arrive in the city next spring, officials said.',
      'The new buses charge overnight at the central depot and run quiet routes.',
      'Electric buses arrive next spring, the city said.',
    ].join(' ');
    expect(summarize(text, 2)).toContain('The new buses charge overnight at the central depot and run quiet routes.');
  });
});
