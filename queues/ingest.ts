import { ingestSource } from '../worker/features/sources/ingest/run-source';

/** Consumer of the ingest queue: reading sources. */
export const ingestHandlers = {
  'source.ingest': ingestSource,
};
