import { z } from 'zod';
import { jobContract } from '../../../queues/contracts';

/** Reads one source and upserts what it found (ingest queue). */
export const SOURCE_INGEST = jobContract('source.ingest', 'ingest', { sourceId: z.string() });
