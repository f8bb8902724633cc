import { describe, expect, it } from 'vitest';
import { localHashtags, localIdeas, toHashtag } from './local-generate';

describe('generation without a model', () => {
  it('turns keyphrases into hashtags platforms accept', () => {
    expect(toHashtag('content marketing')).toBe('#contentMarketing');
    expect(toHashtag('Café culture')).toBe('#caféCulture');
    expect(toHashtag('2026')).toBeNull();
    expect(toHashtag('!!!')).toBeNull();
  });

  it("keeps the text's own hashtags first and stays within the platform's limit", () => {
    const [first] = localHashtags(
      'Our #sourdough starter tips for home bakers: feeding schedules, flour choice, and starter hydration.',
      'threads',
      1,
    );
    // Threads allows one hashtag.
    expect(first?.hashtags).toEqual(['#sourdough']);
    const [many] = localHashtags('Sourdough starter tips for home bakers and weekend bread baking.', 'instagram', 1);
    expect(many?.hashtags.length).toBeGreaterThan(1);
    expect(many?.hashtags.length).toBeLessThanOrEqual(10);
    expect(new Set(many?.hashtags).size).toBe(many?.hashtags.length);
  });

  it('makes ideas about the subject, not the audience, each with a different angle', () => {
    const ideas = localIdeas('Sourdough for beginners at a harbour bakery', 5);
    expect(ideas).toHaveLength(5);
    expect(new Set(ideas.map((i) => i.title)).size).toBe(5);
    for (const idea of ideas) expect(idea.title.toLowerCase()).not.toMatch(/with beginners|about beginners/);
    expect(localIdeas('', 3)).toEqual([]);
  });
});
