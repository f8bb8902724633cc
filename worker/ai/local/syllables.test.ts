import { describe, expect, it } from 'vitest';
import { englishSyllables, syllables } from './syllables';

describe('englishSyllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['make', 1],
    ['makes', 1],
    ['jumped', 1],
    ['played', 1],
    ['wanted', 2],
    ['needed', 2],
    ['places', 2],
    ['boxes', 2],
    ['table', 2],
    ['tables', 2],
    ['little', 2],
    ['whole', 1],
    ['sunny', 2],
    ['children', 2],
    ['garden', 2],
    ['alone', 2],
    ['being', 2],
    ['ratio', 3],
    ['video', 3],
    ['nation', 2],
    ['delicious', 3],
    ['various', 3],
    ['actual', 3],
    ['quality', 3],
    ['language', 2],
    ['people', 2],
    ['beautiful', 3],
    ['readability', 5],
    ['university', 5],
    ["don't", 1],
  ])('%s has %i', (word, count) => {
    expect(englishSyllables(word)).toBe(count);
  });

  it('counts nothing in a word without letters', () => {
    expect(englishSyllables('123')).toBe(0);
  });
});

describe('syllables in other languages', () => {
  it.each([
    ['es', 'pescado', 3],
    ['es', 'poeta', 3],
    ['es', 'día', 2],
    ['es', 'ciudad', 2],
    ['it', 'aereo', 4],
    ['pt', 'coração', 3],
    ['fr', 'maison', 2],
    ['fr', 'grande', 1],
    ['de', 'Häuser', 2],
    ['de', 'Straße', 2],
    ['nl', 'gegevens', 3],
  ] as const)('%s %s has %i', (language, word, count) => {
    expect(syllables(word, language)).toBe(count);
  });
});
