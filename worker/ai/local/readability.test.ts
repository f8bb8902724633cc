import { describe, expect, it } from 'vitest';
import { MIN_WORDS, readability } from './readability';

describe('readability', () => {
  it('gives Flesch reading ease and Flesch-Kincaid grade for English', () => {
    // Counted by hand: 18 words, 21 syllables, 2 sentences.
    //   The cat sat on the mat.                      6 words, 6 syllables
    //   It was a sun-ny day, and the chil-dren
    //   played in the gar-den.                        12 words, 15 syllables
    // Ease  = 206.835 - 1.015 * (18 / 2) - 84.6 * (21 / 18) = 99.0
    // Grade = 0.39 * (18 / 2) + 11.8 * (21 / 18) - 15.59    = 1.7
    const result = readability(
      'The cat sat on the mat. It was a sunny day, and the children played in the garden.',
      'en',
    );
    expect(result).toEqual({ fleschReadingEase: 99, gradeLevel: 1.7, words: 18, sentences: 2 });
  });

  it('scores dense prose as hard', () => {
    const text =
      'Notwithstanding considerable methodological heterogeneity, contemporary epidemiological investigations ' +
      'consistently demonstrate statistically significant associations between socioeconomic disadvantage and ' +
      'cardiovascular morbidity.';
    const result = readability(text, 'en');
    expect(result?.fleschReadingEase).toBeLessThan(10);
    expect(result?.gradeLevel).toBeGreaterThan(16);
  });

  it('uses the adapted formula of other languages, with a grade from Flesch’s table', () => {
    // Counted by hand: 10 words, 18 syllables, 2 sentences.
    //   El ga-to co-me pes-ca-do.                    4 words, 8 syllables
    //   La ca-sa es gran-de y bo-ni-ta.              6 words, 10 syllables
    // Fernández Huerta (Law 2011): 206.84 - 1.02 * (10 / 2) - 60 * (18 / 10) = 93.74
    // Grade between the bands 90–100 (5th) and 80–90 (6th): 6 - (93.74 - 85) / 10 = 5.1
    const result = readability('El gato come pescado. La casa es grande y bonita.', 'es');
    expect(result).toEqual({ fleschReadingEase: 93.7, gradeLevel: 5.1, words: 10, sentences: 2 });
    const german = readability('Das ist ein kurzer Satz. Und hier kommt noch ein zweiter kurzer Satz.', 'de');
    expect(german?.fleschReadingEase).toBeGreaterThan(60);
  });

  it(`says nothing below ${MIN_WORDS} words or for a language without a formula`, () => {
    expect(readability('Too short to judge.', 'en')).toBeNull();
    expect(readability('', 'en')).toBeNull();
    expect(readability('The cat sat on the mat. It was a sunny day, and the children played.', null)).toBeNull();
    expect(readability('The cat sat on the mat. It was a sunny day, and the children played.', 'sv')).toBeNull();
  });

  it('does not count numbers, links or handles as words', () => {
    const plain = readability(
      'The cat sat on the mat. It was a sunny day, and the children played in the garden.',
      'en',
    );
    const noisy = readability(
      'The cat sat on the mat 2024. It was a sunny day, and the children played in the garden https://example.com/x @bob.',
      'en',
    );
    expect(noisy).toEqual(plain);
  });
});
