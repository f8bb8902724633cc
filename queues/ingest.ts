import { ingestSource } from '../worker/services/ingest/run-source';

/** Consumer of the ingest queue: reading sources. */
export const ingestHandlers = {
  'source.ingest': ingestSource,
};
