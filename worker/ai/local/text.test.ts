import { describe, expect, it } from 'vitest';
import { prose, splitSentences, withoutLinks, words } from './text';

describe('splitSentences', () => {
  it('splits at sentence ends and keeps each sentence whole', () => {
    expect(splitSentences('It rained. We stayed in! Did you?')).toEqual(['It rained.', 'We stayed in!', 'Did you?']);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(splitSentences('Dr. Smith met Mr. J. Jones at 3 p.m. sharp. They talked.')).toEqual([
      'Dr. Smith met Mr. J. Jones at 3 p.m. sharp.',
      'They talked.',
    ]);
    expect(splitSentences('Fruit, e.g. apples, is good. Yes.')).toEqual(['Fruit, e.g. apples, is good.', 'Yes.']);
  });

  it('ends a sentence at a line break, so headlines and list items stand alone', () => {
    expect(splitSentences('Big news\nWe are launching today\n\n- faster\n- cheaper')).toEqual([
      'Big news',
      'We are launching today',
      '- faster',
      '- cheaper',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('words', () => {
  it('keeps contractions, elisions, hyphens and decimals whole, and normalizes apostrophes', () => {
    expect(words("Don’t stop: l'homme's e-mail costs 3.5 € — café!")).toEqual([
      "Don't",
      'stop',
      "l'homme's",
      'e-mail',
      'costs',
      '3.5',
      'café',
    ]);
  });
});

describe('links and handles', () => {
  it('blanks URLs and e-mail addresses but not Mastodon handles', () => {
    expect(withoutLinks('see https://x.com/a#b and www.y.org, mail a.b@c.io or @me@social.example').trim()).toBe(
      'see   and  , mail   or @me@social.example',
    );
  });

  it('blanks handles too in prose', () => {
    expect(prose('thanks @alice.bsky.social for this', '|')).toBe('thanks | for this');
  });
});
