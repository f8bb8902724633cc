import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom/document';
import { applyRules, internalsOf, readabilityRules } from './readability-internals';

// Extraction leans on these parts of Readability that its typed API does not show; an upgrade
// that moves them must fail here, loudly.
describe('Readability internals', () => {
  it('has the rules pruning copies', () => {
    expect(readabilityRules.REGEXPS.unlikelyCandidates).toBeInstanceOf(RegExp);
    expect(readabilityRules.REGEXPS.byline).toBeInstanceOf(RegExp);
    expect(readabilityRules.REGEXPS.okMaybeItsACandidate.test('mathjax')).toBe(true);
    expect(readabilityRules.UNLIKELY_ROLES).toContain('navigation');
  });

  it('retries through _removeFlag and keeps its metadata in _metadata', () => {
    const document = parseDocument('<title>T</title><meta name="author" content="A"><p>short</p>', {
      base: 'https://example.com/',
      page: 'https://example.com/',
    });
    const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]);
    applyRules(reader);
    const internals = internalsOf(reader);
    const flags: number[] = [];
    const removeFlag = internals._removeFlag.bind(reader);
    internals._removeFlag = (flag) => {
      flags.push(flag);
      removeFlag(flag);
    };
    reader.parse();
    expect(flags.length).toBeGreaterThan(0);
    expect(internals._metadata).toMatchObject({ title: 'T', byline: 'A' });
  });
});
