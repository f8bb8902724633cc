import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Fewer estimated guesses than this (zxcvbn's scores 0 and 1) is within reach of an online
 * attack that tries the commonly used passwords and their usual variants first.
 */
const MIN_GUESSES_LOG10 = 6;
/** A local part shorter than this is too ordinary a string to forbid anywhere in a password. */
const MIN_LOCAL_PART = 4;

type Warning = keyof TranslationKeys['warnings'];

const COMMON = 'This is one of the most commonly used passwords.';
const WHY: Partial<Record<Warning, string>> = {
  topTen: COMMON,
  topHundred: COMMON,
  common: COMMON,
  similarToCommon: 'This is a small change to one of the most commonly used passwords.',
  wordByItself: 'A single common word is easy to guess.',
  namesByThemselves: 'Names are easy to guess.',
  commonNames: 'Names are easy to guess.',
  straightRow: 'Rows of keys such as qwerty are easy to guess.',
  keyPattern: 'Keyboard patterns are easy to guess.',
  simpleRepeat: 'Repeated characters such as aaa are easy to guess.',
  extendedRepeat: 'Repeated groups such as abcabc are easy to guess.',
  sequences: 'Sequences such as abcd or 1234 are easy to guess.',
  recentYears: 'Years are easy to guess.',
  dates: 'Dates are easy to guess.',
  userInputs: 'It is too close to your email address.',
};

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * Unpacking and ranking the lists of 50,000 passwords takes a few hundred milliseconds: done
 * once per isolate, when a password is first checked, rather than at every Worker start (the
 * bundler defers a dynamically imported module's evaluation until it is imported).
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  return estimator;
}

/**
 * Why a new password may not be used, or null when it may. NIST SP 800-63B §5.1.1.2: check
 * it against values known to be commonly used or expected — passwords from breach lists,
 * dictionary words, repeated or sequential characters, context words such as the user's
 * name — and impose no composition rules beyond length (the request schema checks that).
 * Estimates come from zxcvbn-ts and its common list of about 50,000 passwords.
 */
export async function passwordProblem(password: string, email: string): Promise<string | null> {
  const lower = password.toLowerCase();
  const address = email.toLowerCase();
  const local = address.slice(0, Math.max(0, address.lastIndexOf('@')));
  if (lower.includes(address) || lower === local || (local.length >= MIN_LOCAL_PART && lower.includes(local))) {
    return 'Do not use your email address, or the part before the @, in your password.';
  }
  const result = (await zxcvbn()).check(password, [address, local, 'crowsnest']);
  if (result.guessesLog10 >= MIN_GUESSES_LOG10) return null;
  const why = WHY[result.feedback.warning as Warning] ?? 'This password is too easy to guess.';
  return `${why} Choose another: a few unrelated words make a strong password that is easy to remember.`;
}
