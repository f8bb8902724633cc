import { describe, expect, it } from 'vitest';
import { hookFeatures, hookText } from './hook';

describe('hookText', () => {
  it('is the first non-empty line', () => {
    expect(hookText('\n\n  Big news today!  \nMore below.')).toBe('Big news today!');
  });

  it('is the first sentence of a long first line', () => {
    const line = `This is the opening sentence. ${'Then the paragraph goes on and on. '.repeat(6)}`;
    expect(hookText(line)).toBe('This is the opening sentence.');
  });

  it('is null for blank text', () => {
    expect(hookText(' \n\t')).toBeNull();
    expect(hookFeatures('')).toBeNull();
  });
});

describe('hookFeatures', () => {
  it('describes a question to the reader with a number and an emoji', () => {
    expect(hookFeatures('Did you know 3 in 4 shops skip this? 👀\nHere is why.')).toEqual({
      text: 'Did you know 3 in 4 shops skip this? 👀',
      characters: 38,
      words: 9,
      question: true,
      number: true,
      emoji: true,
      addressesReader: true,
    });
  });

  it('describes a plain statement', () => {
    expect(hookFeatures('We shipped the new editor.')).toEqual({
      text: 'We shipped the new editor.',
      characters: 26,
      words: 5,
      question: false,
      number: false,
      emoji: false,
      addressesReader: false,
    });
  });

  it('counts what a reader sees: an emoji with a skin tone or a flag is one character', () => {
    expect(hookFeatures('Hi 👋🏽 🇵🇹')?.characters).toBe(6);
  });

  it('does not take ©, ® or ™ for emoji', () => {
    expect(hookFeatures('Acme™ © 2024')?.emoji).toBe(false);
  });

  it("knows the reader's pronouns in the text's language, and English ones everywhere", () => {
    expect(hookFeatures('¿Sabías que tu tienda puede vender más?', 'es')?.addressesReader).toBe(true);
    expect(hookFeatures('Kennst du das?', 'de')?.addressesReader).toBe(true);
    expect(hookFeatures('Le prix du café monte', 'fr')?.addressesReader).toBe(false);
    expect(hookFeatures('Your next post starts here', 'fr')?.addressesReader).toBe(true);
  });
});
