import { z } from 'zod';
import { jobContract } from '../../../queues/contracts';

/** The most items one analysis message carries. */
export const MAX_ANALYZE_BATCH = 100;

/** Analyses new or changed content items (analyze queue). */
export const CONTENT_ANALYZE = jobContract('content.analyze', 'analyze', {
  contentIds: z.array(z.string()).min(1).max(MAX_ANALYZE_BATCH),
  /** Ask the AI providers again instead of using cached answers (re-analysis on demand). */
  fresh: z.boolean().optional(),
});
