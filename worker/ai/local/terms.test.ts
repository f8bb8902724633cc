import { describe, expect, it } from 'vitest';
import { contentRuns, termKey, termWeights } from './terms';

describe('termKey', () => {
  it.each([
    ['Panels', 'panel'],
    ['batteries', 'battery'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['news', 'news'],
    ['business', 'business'],
    ['status', 'status'],
    ['analytics', 'analytics'],
    ['gas', 'gas'],
  ])('reads English %s as %s', (word, key) => {
    expect(termKey(word, 'en')).toBe(key);
  });

  it('only lowercases other languages', () => {
    expect(termKey('Réseaux', 'fr')).toBe('réseaux');
  });
});

describe('contentRuns', () => {
  it('breaks runs at stopwords, punctuation, numbers, links and handles', () => {
    const runs = contentRuns(
      ['The price of solar panels fell 20% in 2024, again @alice https://x.io/y rooftop kits'],
      'en',
    );
    expect(runs.map((run) => run.terms.map((t) => t.surface).join(' '))).toEqual([
      'price',
      'solar panels',
      'rooftop kits',
    ]);
  });

  it("reads an elided article apart from its noun: l'intelligence", () => {
    const runs = contentRuns(["L'intelligence artificielle change tout"], 'fr');
    expect(runs[0]?.terms.map((t) => t.key)).toEqual(['intelligence', 'artificielle', 'change']);
  });

  it('weighs terms of early sentences more', () => {
    const weights = termWeights(contentRuns(['Coffee first.', 'Tea.', 'Tea.', 'Coffee.'], 'en'));
    expect(weights.get('coffee')).toBeGreaterThan(weights.get('tea') ?? 0);
  });
});
