/**
 * Accuracy on labelled English sentences (test/fixtures/sentiment): labelled.jsonl was written
 * first and the lexicon then tuned on it, so its figure flatters; held-out.jsonl was written after
 * tuning and never tuned on, so its figure is the honest estimate. `npm run eval sentiment`
 * prints both with per-class precision and recall. The floors sit just under what the engine
 * measures, so that a change for the worse fails here. uci-amazon-cells.jsonl is public data
 * nobody here wrote (see test/fixtures/sentiment/README.md).
 */
import { describe, expect, it } from 'vitest';
import heldOut from '../../../test/fixtures/sentiment/held-out.jsonl?raw';
import labelled from '../../../test/fixtures/sentiment/labelled.jsonl?raw';
import uciAmazon from '../../../test/fixtures/sentiment/uci-amazon-cells.jsonl?raw';
import { sentiment } from './sentiment';

interface Case {
  text: string;
  label: 'positive' | 'negative' | 'neutral';
}

const parse = (jsonl: string): Case[] =>
  jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Case);

function accuracy(cases: Case[]): number {
  const right = cases.filter((c) => sentiment(c.text, 'en')?.label === c.label).length;
  return right / cases.length;
}

describe('sentiment accuracy', () => {
  it('has balanced sets of the promised size', () => {
    const cases = parse(labelled);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const label of ['positive', 'negative', 'neutral']) {
      expect(cases.filter((c) => c.label === label).length).toBeGreaterThan(90);
    }
    expect(parse(heldOut).length).toBe(90);
  });

  it('labels the tuning set at 0.95 (3 classes)', () => {
    expect(accuracy(parse(labelled))).toBeGreaterThanOrEqual(0.94);
  });

  it('labels the held-out set at 0.84 (3 classes)', () => {
    expect(accuracy(parse(heldOut))).toBeGreaterThanOrEqual(0.82);
  });

  it('labels the public UCI Amazon sentences at 0.74, and 0.94 where it takes a side (never tuned on)', () => {
    const cases = parse(uciAmazon);
    expect(cases).toHaveLength(1000);
    expect(accuracy(cases)).toBeGreaterThanOrEqual(0.72);
    const decided = cases.filter((c) => sentiment(c.text, 'en')?.label !== 'neutral');
    const right = decided.filter((c) => sentiment(c.text, 'en')?.label === c.label).length;
    expect(right / decided.length).toBeGreaterThanOrEqual(0.92);
  });
});
