import { beforeAll, describe, expect, it } from 'vitest';
import { fillPath, splitKey, WORKSPACE_ROUTES } from './catalogue';
import { call, expectProblem } from './factories';
import { openApi, operations } from './openapi';
import { seedApiKey, seedOwner } from './seed';
import { shareStorageBetweenTests } from './shared-storage';
import { buildWorld, snapshot, type World } from './world';

// Every case here must change nothing (each asserts it), so they share one victim world.
shareStorageBetweenTests();

describe('tenant isolation', () => {
  let victim: World;
  beforeAll(async () => {
    victim = await buildWorld();
  });

  it('has a catalogue line for every workspace route in the API', async () => {
    const doc = await openApi();
    const documented = operations(doc)
      .map((o) => o.key)
      .filter((key) => key.includes('/workspaces/{workspaceId}'));
    expect(documented.sort()).toEqual(Object.keys(WORKSPACE_ROUTES).sort());
  });

  const bearerRoutes = Object.entries(WORKSPACE_ROUTES).filter(([, route]) => route.auth !== 'ticket');

  it.each(bearerRoutes)("%s answers 404 for another tenant's workspace and changes nothing", async (key, route) => {
    const attacker = await seedOwner();
    const attackerKey = await seedApiKey(attacker, 'owner');
    const { method, path } = splitKey(key);
    const before = await snapshot();
    for (const token of [attacker.token, attackerKey.key]) {
      const url = fillPath(path, { workspaceId: victim.workspaceId, ...route.params?.(victim, attacker) });
      await expectProblem(await call(url, { method, token, body: route.body?.(victim) }), 404);
    }
    expect(await snapshot()).toBe(before);
  });

  const resourceRoutes = bearerRoutes.filter(([, route]) => route.params);

  it.each(resourceRoutes)(
    "%s answers 404 for another tenant's resource id in your own workspace",
    async (key, route) => {
      const attacker = await seedOwner();
      const { method, path } = splitKey(key);
      const before = await snapshot();
      // The attacker is owner of their own workspace, and names the victim's resources in it.
      const url = fillPath(path, { ...route.params?.(victim, victim.viewer), workspaceId: attacker.workspaceId });
      await expectProblem(await call(url, { method, token: attacker.token, body: route.body?.(victim) }), 404);
      expect(await snapshot()).toBe(before);
    },
  );
});
