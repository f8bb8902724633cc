import { describe, expect, it } from 'vitest';
import { analyzeLocally, emptyAnalysis, MAX_CHARS } from './analyze';

const POST = `Did you know small roasters now sell most coffee online? ☕
Small coffee roasters are changing how cities drink coffee. Independent coffee roasters in Portland doubled in three years.
Subscriptions give small coffee roasters steady revenue, and customers love them.
Thanks @maria.bsky.social for the numbers! #coffee #SmallBusiness https://example.com/report#table`;

describe('analyzeLocally', () => {
  it.each(['', '   ', '\n\t \n'])('answers the empty analysis for %j without throwing', (text) => {
    expect(analyzeLocally(text)).toEqual(emptyAnalysis());
    expect(analyzeLocally(text, { title: '  ' })).toEqual(emptyAnalysis());
  });

  it('analyzes a social post', () => {
    const analysis = analyzeLocally(POST);
    expect(analysis.language?.code).toBe('en');
    expect(analysis.keyphrases[0]).toMatchObject({ phrase: 'coffee roasters', canonical: 'coffee roaster', score: 1 });
    expect(analysis.summary).toHaveLength(3);
    expect(analysis.sentiment?.label).toBe('positive');
    expect(analysis.readability?.words).toBeGreaterThan(30);
    expect(analysis.hashtags).toEqual(['coffee', 'SmallBusiness']);
    expect(analysis.mentions).toEqual(['maria.bsky.social']);
    expect(analysis.hook).toMatchObject({
      text: 'Did you know small roasters now sell most coffee online? ☕',
      question: true,
      emoji: true,
      addressesReader: true,
    });
  });

  it('takes a title as the hook and as part of the text, but not of the summary', () => {
    const analysis = analyzeLocally('The team tested twelve espresso machines over a month. Most were fine.', {
      title: 'The best espresso machines of 2025',
    });
    expect(analysis.hook?.text).toBe('The best espresso machines of 2025');
    expect(analysis.hook?.number).toBe(true);
    expect(analysis.keyphrases[0]?.canonical).toBe('espresso machine');
    expect(analysis.summary).toEqual(['The team tested twelve espresso machines over a month.', 'Most were fine.']);
    expect(analysis.readability?.words).toBe(12);
  });

  it('reads a title given as the text too only once', () => {
    const title = 'Espresso machines tested: espresso machines compared';
    expect(analyzeLocally(title, { title })).toEqual(analyzeLocally(title));
  });

  it('analyzes other languages without an English lexicon', () => {
    const text =
      'Die kleinen Röstereien verändern, wie die Stadt Kaffee trinkt. In drei Jahren hat sich die Zahl der ' +
      'Röstereien verdoppelt, und die meisten verkaufen ihren Kaffee inzwischen online.';
    const analysis = analyzeLocally(text);
    expect(analysis.language?.code).toBe('de');
    expect(analysis.sentiment).toBeNull();
    expect(analysis.readability).not.toBeNull();
    expect(analysis.keyphrases.map((k) => k.canonical)).toContain('röstereien');
  });

  it('analyzes a long article and reads no further than MAX_CHARS', () => {
    const paragraph =
      'Roasters publish tasting notes, farm names and the price paid to growers. Visitors taste six coffees ' +
      'side by side at weekly cuppings. Rent keeps climbing, but subscriptions bring steady revenue. ';
    const article = paragraph.repeat(70);
    const analysis = analyzeLocally(article);
    expect(analysis.readability?.words).toBeGreaterThan(2000);
    expect(analysis.summary).toHaveLength(3);
    expect(analysis.keyphrases).toHaveLength(10);
    const huge = analyzeLocally(`${paragraph.repeat(2000)} #late`);
    expect(huge.hashtags).toEqual([]);
    expect(paragraph.repeat(2000).length).toBeGreaterThan(MAX_CHARS);
  });
});
