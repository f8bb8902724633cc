import { hc } from 'hono/client';
import type { AppType } from '../../../worker/contracts';
import { authedFetch } from './session';

/** The typed API client: request and answer types come straight from the Worker's routes. */
export const api = hc<AppType>('/', { fetch: authedFetch }).api.v1;

/** The routes of one workspace, e.g. `ws.members.$get({ param: { workspaceId } })`. */
export const ws = api.workspaces[':workspaceId'];
