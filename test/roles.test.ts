import { describe, expect, it } from 'vitest';
import { fillPath, splitKey, WORKSPACE_ROUTES } from './catalogue';
import { call, expectProblem } from './factories';
import { openApi, operations } from './openapi';
import { buildWorld, snapshot } from './world';

const LADDER = ['viewer', 'editor', 'admin', 'owner'] as const;

describe('role matrix', async () => {
  const doc = await openApi();
  const routes = operations(doc).filter((o) => o.key in WORKSPACE_ROUTES && WORKSPACE_ROUTES[o.key]?.auth !== 'ticket');

  it('every bearer-authenticated workspace route declares the role it needs', () => {
    for (const route of routes) expect(LADDER, route.key).toContain(route.op['x-required-role']);
  });

  it.each(routes.map((r) => [r.key, r.op['x-required-role'] ?? ''] as const))(
    '%s needs %s: lower roles get 403 and change nothing; that role gets through',
    async (key, required) => {
      const world = await buildWorld();
      const route = WORKSPACE_ROUTES[key] ?? {};
      const { method, path } = splitKey(key);
      const rank = LADDER.indexOf(required as (typeof LADDER)[number]);
      const request = (role: (typeof LADDER)[number]) => {
        const caller = world[role];
        const url = fillPath(path, { workspaceId: world.workspaceId, ...route.params?.(world, caller) });
        return call(url, { method, token: caller.token, body: route.body?.(world) });
      };
      const before = await snapshot();
      for (const lower of LADDER.slice(0, rank)) {
        const problem = await expectProblem(await request(lower), 403);
        expect(problem.detail).toContain(required);
      }
      expect(await snapshot()).toBe(before);

      const res = await request(LADDER[rank] ?? 'owner');
      // Through the role check: anything but an auth failure or a server error.
      expect([401, 403, 404], `${key} as ${required}: ${await res.clone().text()}`).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    },
  );
});
