import { logError } from '../worker/lib/log';
import type { LiveEvent } from './live-events';

/** Pushes events to every browser watching the workspace. Best effort: never fails the caller. */
export async function publishLive(
  env: Env,
  workspaceId: string,
  event: LiveEvent | readonly LiveEvent[],
): Promise<void> {
  try {
    await env.LIVE.get(env.LIVE.idFromName(workspaceId)).publish(event);
  } catch (error) {
    logError('live.publish_failed', error, { workspaceId });
  }
}
