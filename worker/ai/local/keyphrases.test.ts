import { describe, expect, it } from 'vitest';
import { extractKeyphrases } from './keyphrases';

const SOLAR =
  'Solar panels are getting cheaper every year. Homeowners who install solar panels can cut their ' +
  'electricity bills by half. The price of solar panels fell again in 2024, and battery storage is ' +
  'following the same path. Installers say demand for solar panels has never been higher, although ' +
  'permits still take weeks.';

describe('extractKeyphrases', () => {
  it('ranks the phrase the text keeps coming back to first', () => {
    const [top, ...rest] = extractKeyphrases(SOLAR, 5);
    expect(top).toEqual({ phrase: 'solar panels', canonical: 'solar panel', score: 1 });
    expect(rest.map((k) => k.canonical)).toEqual(expect.arrayContaining(['electricity bill', 'battery storage']));
    for (const k of rest) expect(k.score).toBeLessThan(1);
  });

  it('keeps each phrase once, with no phrase inside another and no stopword or number', () => {
    const phrases = extractKeyphrases(SOLAR, 20);
    const canonicals = phrases.map((k) => k.canonical);
    expect(new Set(canonicals).size).toBe(canonicals.length);
    for (const a of canonicals) {
      for (const b of canonicals) if (a !== b) expect(` ${a} `.includes(` ${b} `)).toBe(false);
    }
    expect(canonicals).not.toContain('solar');
    expect(canonicals.some((c) => /\b(?:the|and|2024)\b/.test(c))).toBe(false);
    for (const k of phrases) expect(k.canonical.split(' ').length).toBeLessThanOrEqual(3);
  });

  it('shows the form written inside sentences, not a capital that only starts one', () => {
    const [top] = extractKeyphrases(
      'Durable Objects keep state. We use Durable Objects for rooms. Objects are cheap.',
      1,
    );
    expect(top?.phrase).toBe('Durable Objects');
    const [second] = extractKeyphrases(
      'Coffee roasters grow fast. Many coffee roasters sell online. Coffee roasters win.',
      1,
    );
    expect(second).toMatchObject({ phrase: 'coffee roasters', canonical: 'coffee roaster' });
  });

  it('uses the stopwords of the text language', () => {
    const text =
      "L'intelligence artificielle transforme le marketing. Les entreprises utilisent l'intelligence " +
      'artificielle pour écrire des publicités et analyser les réseaux sociaux.';
    expect(extractKeyphrases(text, 3)[0]?.phrase).toBe('intelligence artificielle');
  });

  it('leaves out links and handles, and respects the limit', () => {
    const text =
      'Cloudflare Workers run JavaScript at the edge. With Cloudflare Workers, developers deploy code to ' +
      'data centers. See https://developers.cloudflare.com/workers/ or ask @cloudflare.bsky.social';
    const phrases = extractKeyphrases(text, 4);
    expect(phrases).toHaveLength(4);
    expect(phrases[0]?.phrase).toBe('Cloudflare Workers');
    expect(phrases.some((k) => /https|developers\.cloudflare|bsky/.test(k.canonical))).toBe(false);
  });

  it('finds nothing in empty text or text of stopwords alone', () => {
    expect(extractKeyphrases('')).toEqual([]);
    expect(extractKeyphrases('and the of it is')).toEqual([]);
  });
});
