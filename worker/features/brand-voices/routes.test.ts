import { describe, expect, it } from 'vitest';
import { fixtureModel, useProviders } from '../../../test/ai';
import { call, expectProblem, json, memberOf, signUp, type TestUser } from '../../../test/factories';
import { quiet } from '../../../test/jobs';
import { addSource, fixtureFeedUrl } from '../../../test/sources';

const voicesUrl = (user: TestUser) => `/api/v1/workspaces/${user.workspaceId}/brand-voices`;

interface Voice {
  id: string;
  name: string;
  description: string;
  dos: string[];
  donts: string[];
  examples: string[];
  origin: string;
  learnedFrom: string[];
}

async function contentIds(user: TestUser) {
  await addSource(user, { type: 'feed', url: fixtureFeedUrl() });
  await quiet(user);
  const page = await json<{ items: { id: string }[] }>(
    await call(`/api/v1/workspaces/${user.workspaceId}/content`, { token: user.token }),
  );
  return page.items.map((item) => item.id);
}

describe('brand voices', () => {
  it('are created, listed, changed and deleted by editors, and read by viewers', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    const viewer = await memberOf(owner, 'viewer');
    const created = await call(voicesUrl(owner), {
      token: editor.token,
      body: { name: 'Harbour', description: 'Warm and local.', dos: ['Name the street'], examples: ['See you at 7!'] },
    });
    expect(created.status).toBe(201);
    const voice = await json<Voice>(created);
    expect(voice).toMatchObject({ name: 'Harbour', dos: ['Name the street'], donts: [], origin: 'manual' });

    const list = await json<{ items: Voice[] }>(await call(voicesUrl(owner), { token: viewer.token }));
    expect(list.items.map((v) => v.id)).toEqual([voice.id]);
    await expectProblem(
      await call(voicesUrl(owner), { token: viewer.token, body: { name: 'x', description: 'y' } }),
      403,
    );

    const patched = await json<Voice>(
      await call(`${voicesUrl(owner)}/${voice.id}`, {
        method: 'PATCH',
        token: editor.token,
        body: { donts: ['Use jargon'] },
      }),
    );
    // Fields left out of a patch keep their values.
    expect(patched).toMatchObject({ name: 'Harbour', dos: ['Name the street'], donts: ['Use jargon'] });

    expect((await call(`${voicesUrl(owner)}/${voice.id}`, { method: 'DELETE', token: editor.token })).status).toBe(204);
    await expectProblem(await call(`${voicesUrl(owner)}/${voice.id}`, { token: viewer.token }), 404);
  });

  it('refuse empty names and over-long rule lists', async () => {
    const owner = await signUp();
    await expectProblem(
      await call(voicesUrl(owner), { token: owner.token, body: { name: ' ', description: 'd' } }),
      400,
    );
    await expectProblem(
      await call(voicesUrl(owner), {
        token: owner.token,
        body: { name: 'n', description: 'd', dos: Array.from({ length: 21 }, () => 'rule') },
      }),
      400,
    );
  });

  it('learn from posts with the local engine when no provider is configured', async () => {
    const owner = await signUp();
    const ids = await contentIds(owner);
    const res = await call(`${voicesUrl(owner)}/learn`, { token: owner.token, body: { contentIds: ids.slice(0, 3) } });
    expect(res.status, await res.clone().text()).toBe(201);
    const { voice, engine } = await json<{ voice: Voice; engine: string }>(res);
    expect(engine).toBe('local');
    expect(voice.origin).toBe('learned');
    expect(voice.learnedFrom.sort()).toEqual(ids.slice(0, 3).sort());
    expect(voice.description).toContain('local engine');
    expect(voice.dos.length).toBeGreaterThan(0);
    expect(voice.examples.length).toBeGreaterThan(0);
  });

  it('learn from posts with a provider when there is one', async () => {
    const owner = await signUp();
    const ids = await contentIds(owner);
    await useProviders(owner, [{ kind: 'openai', baseUrl: fixtureModel('voice').baseUrl }]);
    const { voice, engine, model } = await json<{ voice: Voice; engine: string; model: string }>(
      await call(`${voicesUrl(owner)}/learn`, { token: owner.token, body: { contentIds: ids, name: 'Bakery' } }),
    );
    expect(engine).toBe('openai');
    expect(model).toBe('gpt-4o-mini-2024-07-18');
    expect(voice).toMatchObject({
      name: 'Bakery',
      dos: ['Speak as we', 'End with an invitation'],
      donts: ['Use jargon'],
    });
  });

  it("cannot learn from another workspace's content", async () => {
    const victim = await signUp();
    const [id] = await contentIds(victim);
    const attacker = await signUp();
    await expectProblem(
      await call(`${voicesUrl(attacker)}/learn`, { token: attacker.token, body: { contentIds: [id] } }),
      404,
    );
  });
});
