/**
 * Per-word results kept across calls: texts repeat their words (and an isolate analyzes many
 * texts), so syllable counts and lexicon look-ups are mostly computed once. The cache is
 * dropped whole when full, which bounds memory without the bookkeeping of an LRU.
 */
export function memoize<T>(compute: (word: string) => T, max = 20_000): (word: string) => T {
  let cache = new Map<string, T>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined || cache.has(word)) return known as T;
    if (cache.size >= max) cache = new Map();
    const value = compute(word);
    cache.set(word, value);
    return value;
  };
}
