import { defineJob } from '../../../queues/job';
import { CRONS } from '../../core/crons';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { SOURCE_AUDIT_ACTIONS } from './audit';
import { SOURCE_INGEST } from './contracts';
import { SOURCE_EXPORTS } from './export';
import { compactSnapshots } from './ingest/compact';
import { ingestSource } from './ingest/run-source';
import { sourceRoutes } from './routes';
import { enqueueDueSources } from './schedule';

/** Feeds, pages, channels, subreddits, trends and Bluesky, read on a schedule into content. */
export const sources = {
  name: 'sources',
  routes: mount(`${WORKSPACE}/sources`, sourceRoutes),
  jobs: [defineJob(SOURCE_INGEST, ingestSource)],
  crons: { [CRONS.everyQuarterHour]: [enqueueDueSources], [CRONS.daily]: [compactSnapshots] },
  auditActions: SOURCE_AUDIT_ACTIONS,
  exports: SOURCE_EXPORTS,
} satisfies FeatureModule;
