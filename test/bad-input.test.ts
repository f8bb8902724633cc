import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillPath, splitKey, WORKSPACE_ROUTES } from './catalogue';
import { call, expectProblem, PASSWORD } from './factories';
import { type JsonSchema, type OpenApiDocument, openApi, operations, resolve } from './openapi';
import { seedMembership, seedOwner, seedUser } from './seed';
import { shareStorageBetweenTests } from './shared-storage';
import { buildWorld, snapshot, type World } from './world';

// Bad input changes nothing (each case asserts it), so the cases share one world.
shareStorageBetweenTests();

/** A value of the wrong type for a property, so validation must name it. */
function wrongValue(doc: OpenApiDocument, schema: JsonSchema): unknown {
  const s = resolve(doc, schema);
  if (s.enum) return 'not-one-of-the-choices';
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'string') return 12345;
  if (type === 'number' || type === 'integer') return 'twelve';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return { not: 'an array' };
  return 'not an object';
}

describe('bad input on every route', async () => {
  const doc = await openApi();
  const withBody = operations(doc).filter((o) => o.op.requestBody?.content['application/json']);
  const withLimit = operations(doc).filter((o) => o.op.parameters?.some((p) => p.name === 'limit'));

  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  });

  /**
   * A user with a workspace and the path of `key` filled in for it (or a public path). Each
   * case calls as an owner of its own, so no case spends another's request rate.
   */
  async function target(key: string) {
    const { method, path } = splitKey(key);
    if (!path.includes('{workspaceId}')) {
      const user = await seedOwner();
      return { method, url: fillPath(path, { token: 'x'.repeat(32) }), token: user.token, validBody: undefined };
    }
    const owner = await seedMembership(world.owner, await seedUser(world.workspaceId), 'owner');
    const route = WORKSPACE_ROUTES[key] ?? {};
    return {
      method,
      url: fillPath(path, { workspaceId: world.workspaceId, ...route.params?.(world, owner) }),
      token: owner.token,
      validBody: route.body?.(world),
    };
  }

  it.each(withBody.map((o) => o.key))(
    '%s: malformed JSON, wrong media type, oversize body, wrong types → 4xx, nothing changes',
    async (key) => {
      const { method, url, token, validBody } = await target(key);
      const op = withBody.find((o) => o.key === key);
      const schema = resolve(doc, op?.op.requestBody?.content['application/json']?.schema ?? {});
      const before = await snapshot();

      const malformed = await expectProblem(
        await call(url, { method, token, body: '{"name": ', headers: { 'Content-Type': 'application/json' } }),
        400,
      );
      expect(malformed.type).toMatch(/malformed-request$/);
      await expectProblem(
        await call(url, { method, token, body: 'name=x', headers: { 'Content-Type': 'text/plain' } }),
        415,
      );
      await expectProblem(
        await call(url, { method, token, body: JSON.stringify({ name: 'x'.repeat(Number(env.MAX_BODY_BYTES) + 10) }) }),
        413,
      );
      await expectProblem(await call(url, { method, token, body: [] }), 400);

      for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
        const base = (validBody as Record<string, unknown> | undefined) ?? {};
        const problem = await expectProblem(
          await call(url, { method, token, body: { ...base, [property]: wrongValue(doc, propertySchema) } }),
          400,
        );
        expect(problem.errors?.map((e) => e.path)).toContain(property);
      }
      for (const property of schema.required ?? []) {
        const { [property]: _dropped, ...rest } = (validBody as Record<string, unknown> | undefined) ?? {};
        const problem = await expectProblem(await call(url, { method, token, body: rest }), 400);
        expect(problem.errors?.map((e) => e.path)).toContain(property);
      }
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(withLimit.map((o) => o.key))('%s: out-of-range paging → 400 naming the parameter', async (key) => {
    const { url, token } = await target(key);
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=%%%']) {
      const problem = await expectProblem(await call(`${url}?${query}`, { token }), 400);
      expect(problem.errors?.[0]?.path).toMatch(/^query\.(limit|cursor)$/);
    }
  });

  it('unknown routes and methods answer problem+json 404', async () => {
    const user = await seedOwner();
    await expectProblem(await call('/api/v1/nope', { token: user.token }), 404);
    await expectProblem(await call('/api/v2/me', { token: user.token }), 404);
    await expectProblem(await call(`/api/v1/workspaces/${user.workspaceId}/nope`, { token: user.token }), 404);
    await expectProblem(await call('/api/v1/health', { method: 'DELETE' }), 404);
  });

  it('over-long ids and tokens are refused before any lookup', async () => {
    const user = await seedOwner();
    await expectProblem(
      await call(`/api/v1/workspaces/${user.workspaceId}/jobs/${'j'.repeat(65)}`, { token: user.token }),
      400,
    );
    await expectProblem(await call(`/api/v1/invitations/${'t'.repeat(200)}`), 400);
  });

  it('a wrong password on password change is a field error, and the old password still works', async () => {
    const user = await seedOwner();
    const problem = await expectProblem(
      await call('/api/v1/me/password', {
        token: user.token,
        body: { currentPassword: 'not it at all', newPassword: 'a new long password' },
      }),
      400,
    );
    expect(problem.errors).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);
    expect((await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(200);
  });
});
