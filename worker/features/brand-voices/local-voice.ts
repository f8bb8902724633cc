import { analyzeLocally } from '../../ai/local';

const EMOJI = /\p{Extended_Pictographic}/gu;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/**
 * A brand voice described from measurable habits of its posts, for workspaces without an AI
 * provider: sentence length, person, emoji, hashtags, questions, exclamations, reading level
 * and mood. Every rule it states is one the posts keep.
 */
export function describeVoiceLocally(posts: string[]) {
  const analyses = posts.map((post) => analyzeLocally(post));
  const words = posts.map((post) => post.split(/\s+/).filter(Boolean).length);
  const sentences = analyses.map((a, i) => a.readability?.sentences ?? Math.max(1, count(posts[i] ?? '', /[.!?]+/g)));
  const wordsPerSentence = mean(words.map((w, i) => w / Math.max(1, sentences[i] ?? 1)));
  const perPost = (pattern: RegExp) => mean(posts.map((post) => count(post, pattern)));
  const emoji = perPost(EMOJI);
  const hashtags = mean(analyses.map((a) => a.hashtags.length));
  const questions = mean(posts.map((post) => (post.includes('?') ? 1 : 0)));
  const exclamations = mean(posts.map((post) => (post.includes('!') ? 1 : 0)));
  const we = perPost(/\b(we|our|us)\b/gi);
  const i = perPost(/\b(I|my|me)\b/g);
  const you = perPost(/\b(you|your)\b/gi);
  const grade = mean(analyses.flatMap((a) => (a.readability ? [a.readability.gradeLevel] : [])));
  const mood = mean(analyses.flatMap((a) => (a.sentiment ? [a.sentiment.score] : [])));

  const dos: string[] = [];
  const donts: string[] = [];
  const length =
    wordsPerSentence < 12
      ? 'short, punchy sentences'
      : wordsPerSentence > 20
        ? 'long, flowing sentences'
        : 'medium-length sentences';
  dos.push(`Write ${length} (about ${Math.round(wordsPerSentence)} words each).`);
  const person = we >= i && we >= 0.5 ? 'as "we"' : i > we && i >= 0.5 ? 'in the first person ("I")' : null;
  if (person) dos.push(`Speak ${person}.`);
  if (you >= 0.5) dos.push('Address the reader directly as "you".');
  if (emoji >= 0.5) dos.push(`Use emoji (about ${Math.round(emoji)} per post).`);
  else donts.push('Use emoji.');
  if (hashtags >= 0.5) dos.push(`Add about ${Math.round(hashtags)} hashtag${Math.round(hashtags) === 1 ? '' : 's'}.`);
  else donts.push('Add hashtags.');
  if (questions >= 0.4) dos.push('Ask the audience questions.');
  if (exclamations >= 0.4) dos.push('Show enthusiasm with exclamation marks.');
  else if (exclamations === 0) donts.push('Use exclamation marks.');
  if (grade > 0 && grade < 7) dos.push('Keep the words plain and easy to read.');
  if (grade >= 12) dos.push('Use precise, expert vocabulary.');

  const tone = mood > 0.25 ? 'upbeat' : mood < -0.15 ? 'critical' : 'even-toned';
  return {
    name: `${tone[0]?.toUpperCase()}${tone.slice(1)} voice`,
    description: `Described by the local engine from ${posts.length} post${posts.length === 1 ? '' : 's'}: ${tone}, ${length}${person ? `, written ${person}` : ''}${emoji >= 0.5 ? ', with emoji' : ''}${hashtags >= 0.5 ? ', with hashtags' : ''}.`,
    dos,
    donts,
  };
}
