import { CRONS } from '../../core/crons';
import { API, type FeatureModule, mount } from '../../core/module';
import { IDENTITY_AUDIT_ACTIONS } from './audit';
import { meRoutes } from './me-routes';
import { purgeSessions } from './purge-sessions';
import { authRoutes } from './routes';

/** Accounts and sessions: sign-up, sign-in, refresh, sign-out, the caller's profile. */
export const identity = {
  name: 'identity',
  routes: mount(`${API}/auth`, authRoutes).route(`${API}/me`, meRoutes),
  crons: { [CRONS.daily]: [purgeSessions] },
  auditActions: IDENTITY_AUDIT_ACTIONS,
} satisfies FeatureModule;
