import { describe, expect, it } from 'vitest';
import { NEGATIVE_FROM, POSITIVE_FROM, sentiment } from './sentiment';

const score = (text: string) => sentiment(text, 'en')?.score ?? Number.NaN;
const label = (text: string) => sentiment(text, 'en')?.label;

describe('sentiment', () => {
  it('labels plain praise, complaints and statements', () => {
    expect(label('This is a great phone.')).toBe('positive');
    expect(label('This is a terrible phone.')).toBe('negative');
    expect(label('The phone has a 6.1 inch screen.')).toBe('neutral');
    expect(sentiment('The phone has a 6.1 inch screen.', 'en')).toEqual({ score: 0, label: 'neutral' });
  });

  it('keeps scores in [-1, 1] with labels by threshold', () => {
    const texts = ['love love love 😍😍😍 amazing!!!', 'worst awful horrible scam 😡😡 never again!!!', 'ok'];
    for (const text of texts) {
      const result = sentiment(text, 'en');
      expect(Math.abs(result?.score ?? 2)).toBeLessThanOrEqual(1);
      const expected =
        (result?.score ?? 0) >= POSITIVE_FROM
          ? 'positive'
          : (result?.score ?? 0) <= NEGATIVE_FROM
            ? 'negative'
            : 'neutral';
      expect(result?.label).toBe(expected);
    }
  });

  it('turns negated words, and counts a turned negative for less', () => {
    expect(score('not good')).toBeLessThan(0);
    expect(score("isn't good")).toBeLessThan(0);
    expect(score('not bad')).toBeGreaterThan(0);
    expect(score('not bad')).toBeLessThan(score('good'));
    expect(score('Never had a single problem with it.')).toBeGreaterThan(0);
    expect(score('No complaints at all.')).toBeGreaterThan(0);
  });

  it('reads words that are only negative when negated, and praise that "enough" undoes', () => {
    expect(label("It doesn't work.")).toBe('negative');
    expect(label('It works.')).toBe('neutral');
    expect(label('The charger will not charge my phone.')).toBe('negative');
    expect(label("I can't recommend this place enough!")).toBe('positive');
    expect(label("I can't recommend this place.")).toBe('negative');
  });

  it('does not let a negator reach across a clause', () => {
    expect(label('No, it is great.')).toBe('positive');
  });

  it('strengthens with boosters, capitals and exclamation marks, and softens with dampeners', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('GOOD product')).toBeGreaterThan(score('good product'));
    expect(score('good!!!')).toBeGreaterThan(score('good'));
    expect(score('slightly annoying')).toBeGreaterThan(score('annoying'));
    expect(score('kind of annoying')).toBeGreaterThan(score('annoying'));
    // All capitals is shouting the whole text, not emphasis on one word.
    expect(score('GOOD PRODUCT')).toBe(score('good product'));
  });

  it('weighs what follows "but" over what comes before', () => {
    expect(label('The camera is great but the battery is awful.')).toBe('negative');
    expect(label('The battery is awful but the camera is great.')).toBe('positive');
  });

  it('reads emoji, emoticons, elongated words and idioms', () => {
    expect(label('New drop tonight 🔥🔥')).toBe('positive');
    expect(label('Monday again 😩')).toBe('negative');
    expect(label('👍🏽')).toBe('positive');
    expect(label('see you there :)')).toBe('positive');
    expect(label('missed the bus :(')).toBe('negative');
    expect(label('sooo goood')).toBe('positive');
    expect(label('Total waste of money.')).toBe('negative');
    expect(label('Worth every penny.')).toBe('positive');
    expect(label('It looks like rain.')).toBe('neutral');
    expect(label('I like it.')).toBe('positive');
  });

  it('counts a question for less than a statement', () => {
    expect(score('Is it good?')).toBeLessThan(score('It is good.'));
  });

  it('has no lexicon for other languages, and reads undetected text as English', () => {
    expect(sentiment('Das ist wirklich großartig!', 'de')).toBeNull();
    expect(sentiment('Love it 😍', null)?.label).toBe('positive');
  });

  it('does not make a long article extreme merely by being long', () => {
    const calm = 'The report covers the quarter. Sales were good in March. ';
    expect(score(calm.repeat(40))).toBeLessThan(0.9);
  });

  it('answers neutral for empty text', () => {
    expect(sentiment('', 'en')).toEqual({ score: 0, label: 'neutral' });
  });
});
