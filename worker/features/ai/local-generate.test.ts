import { describe, expect, it } from 'vitest';
import { platformLimits } from '../../ai/prompts/limits';
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
      platformLimits('threads'),
      1,
    );
    // Threads allows one hashtag.
    expect(first?.hashtags).toEqual(['#sourdough']);
    const [many] = localHashtags(
      'Sourdough starter tips for home bakers and weekend bread baking.',
      platformLimits('instagram'),
      1,
    );
    expect(many?.hashtags.length).toBeGreaterThan(1);
    expect(many?.hashtags.length).toBeLessThanOrEqual(10);
    expect(new Set(many?.hashtags).size).toBe(many?.hashtags.length);
  });

  it('makes as many different sets as asked, each within the limit, other selections before other orders', () => {
    const text =
      'Sourdough starter tips for home bakers: feeding schedules, flour choice, starter hydration and oven spring.';
    const sets = localHashtags(text, platformLimits('instagram'), 5);
    expect(sets).toHaveLength(5);
    expect(new Set(sets.map((set) => set.hashtags.join(' '))).size).toBe(5);
    for (const { hashtags, text: written } of sets) {
      expect(hashtags.length).toBeGreaterThan(0);
      expect(hashtags.length).toBeLessThanOrEqual(10);
      expect(new Set(hashtags.map((tag) => tag.toLowerCase())).size).toBe(hashtags.length);
      expect(written).toBe(hashtags.join(' '));
    }
    // The second set is another selection, not the first reordered.
    expect([...(sets[1]?.hashtags ?? [])].sort()).not.toEqual([...(sets[0]?.hashtags ?? [])].sort());
  });

  it('gives fewer sets rather than repeats when the text has fewer to give', () => {
    // One tag a post on Threads: as many sets as the text has tags.
    const threads = localHashtags('sourdough and croissants', platformLimits('threads'), 5);
    expect(threads.map((set) => set.hashtags).sort()).toEqual([['#croissants'], ['#sourdough']]);
    expect(localHashtags('#sourdough', platformLimits('instagram'), 3)).toEqual([
      { text: '#sourdough', hashtags: ['#sourdough'] },
    ]);
    expect(localHashtags('!!!', platformLimits('instagram'), 3)).toEqual([]);
  });

  it('makes ideas about the subject, not the audience, each with a different angle', () => {
    const ideas = localIdeas('Sourdough for beginners at a harbour bakery', 5);
    expect(ideas).toHaveLength(5);
    expect(new Set(ideas.map((i) => i.title)).size).toBe(5);
    for (const idea of ideas) expect(idea.title.toLowerCase()).not.toMatch(/with beginners|about beginners/);
    expect(localIdeas('', 3)).toEqual([]);
  });
});
