import { defineJob } from '../../../queues/job';
import { API, type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { analyzeContent } from './analysis/analyze-content';
import { CONTENT_AUDIT_ACTIONS } from './audit';
import { CONTENT_ANALYZE } from './contracts';
import { CONTENT_EXPORTS } from './export';
import { imageRoutes } from './image-routes';
import { contentRoutes } from './routes';

/** What the sources read: search, detail with metric history, analysis, stored images. */
export const content = {
  name: 'content',
  routes: mount(`${WORKSPACE}/content`, contentRoutes).route(`${API}/images`, imageRoutes),
  jobs: [defineJob(CONTENT_ANALYZE, analyzeContent)],
  auditActions: CONTENT_AUDIT_ACTIONS,
  exports: CONTENT_EXPORTS,
} satisfies FeatureModule;
