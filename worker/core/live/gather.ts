import type { EntityEvent } from '../../../durable-objects/live-events';
import { publishLive } from '../../../durable-objects/live-publish';
import type { ServiceContext } from '../context';

/**
 * How long a context gathers entity events before telling the browsers: a queue batch moving
 * dozens of targets at once sends one message per workspace, not one object call per move.
 */
const GATHER_MS = 20;

type Pending = Map<string, Map<string, EntityEvent>>;
const gathering = new WeakMap<ServiceContext, Pending>();

/**
 * Tells the workspace's open browsers that something changed, shortly and best effort: events
 * of one context within GATHER_MS go out together, and repeats of one change (same action and
 * target) once, with the latest time. Browsers refetch what an event names, so nothing is lost
 * by folding repeats.
 */
export function tellBrowsers(ctx: ServiceContext, workspaceId: string, event: EntityEvent): void {
  let pending = gathering.get(ctx);
  if (!pending) {
    const batch: Pending = new Map();
    pending = batch;
    gathering.set(ctx, batch);
    ctx.waitUntil(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
        gathering.delete(ctx);
        await Promise.all(
          [...batch].map(([workspace, events]) => publishLive(ctx.env, workspace, [...events.values()])),
        );
      })(),
    );
  }
  const events = pending.get(workspaceId) ?? new Map<string, EntityEvent>();
  pending.set(workspaceId, events);
  events.set(`${event.action}\u0000${event.targetType}\u0000${event.targetId}`, event);
}
