import { describe, expect, it } from 'vitest';
import { fillPath, splitKey, WORKSPACE_ROUTES } from './catalogue';
import { call, expectProblem, PASSWORD, uniqueEmail } from './factories';
import { openApi, operations, resolve } from './openapi';
import { buildWorld, snapshot } from './world';

/** Request properties that are human-readable names: shown to others, in lists, logs and exports. */
const NAME_PROPERTY = /^(name|title)$|(Name|Title)$/;

/** One of each family the Name schema refuses (its own test lists them all). */
const BAD = {
  'right-to-left override U+202E': 'Invoice \u202Egpj.exe',
  'first strong isolate U+2068': 'Acme\u2068 Corp',
  'right-to-left mark U+200F': 'Acme\u200F',
  'escape (Cc)': 'Acme\u001B[31m',
  'NUL (Cc)': 'Acme\u0000',
  'zero width space (Cf)': 'Ac\u200Bme',
  'a lone surrogate': 'Acme \uD83D',
};

describe('names refuse control and invisible formatting characters on every route', async () => {
  const doc = await openApi();
  const cases = operations(doc).flatMap(({ key, op }) => {
    const schema = resolve(doc, op.requestBody?.content['application/json']?.schema ?? {});
    return Object.entries(schema.properties ?? {})
      .filter(([property, s]) => NAME_PROPERTY.test(property) && resolve(doc, s).type === 'string')
      .map(([property]) => ({ key, property }));
  });

  it('finds every route that takes a name', () => {
    expect(cases.map((c) => `${c.key} ${c.property}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/signup name',
        'POST /api/v1/auth/signup workspaceName',
        'PATCH /api/v1/me name',
        'POST /api/v1/workspaces name',
        'PATCH /api/v1/workspaces/{workspaceId} name',
        'POST /api/v1/workspaces/{workspaceId}/api-keys name',
        'POST /api/v1/workspaces/{workspaceId}/sources name',
        'PATCH /api/v1/workspaces/{workspaceId}/sources/{sourceId} name',
        'POST /api/v1/workspaces/{workspaceId}/brand-voices name',
        'PATCH /api/v1/workspaces/{workspaceId}/brand-voices/{voiceId} name',
        'POST /api/v1/workspaces/{workspaceId}/brand-voices/learn name',
      ]),
    );
  });

  it.each(cases.map((c) => [c.key, c.property] as const))(
    '%s %s: 400 naming the field, nothing changes',
    async (key, property) => {
      const w = await buildWorld();
      const { method, path } = splitKey(key);
      const route = WORKSPACE_ROUTES[key];
      const url = fillPath(path, { workspaceId: w.workspaceId, ...route?.params?.(w, w.owner) });
      // A body that is otherwise valid, so the name is the one thing wrong with it.
      const valid =
        key === 'POST /api/v1/auth/signup'
          ? { email: uniqueEmail(), password: PASSWORD, name: 'New User', workspaceName: 'New Workspace' }
          : ((route?.body?.(w) ?? {}) as Record<string, unknown>);
      const before = await snapshot();
      for (const [label, name] of Object.entries(BAD)) {
        const res = await call(url, { method, token: w.owner.token, body: { ...valid, [property]: name } });
        const problem = await expectProblem(res, 400);
        expect(problem.errors, label).toEqual([
          { path: property, message: expect.stringMatching(/control|invisible|direction/i) },
        ]);
      }
      expect(await snapshot()).toBe(before);
    },
    // Building the world (members, a source read, an export) takes a few seconds.
    30_000,
  );
});
