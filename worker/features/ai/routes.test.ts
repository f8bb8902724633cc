import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fixtureModel, rateLimitedModel, usageRows, useProviders } from '../../../test/ai';
import { call, expectProblem, json, memberOf, signUp, type TestUser } from '../../../test/factories';
import { snapshot } from '../../../test/world';
import { decryptSecret } from '../../lib/secret-box';

const settingsUrl = (user: TestUser) => `/api/v1/workspaces/${user.workspaceId}/ai/settings`;
const generateUrl = (user: TestUser) => `/api/v1/workspaces/${user.workspaceId}/ai/generate`;

interface Settings {
  providers: { kind: string; model: string; baseUrl: string | null; hasKey: boolean; keyHint: string | null }[];
  monthlyTokenBudget: number | null;
  defaults: { kind: string; model: string }[];
}

async function storedProviders(workspaceId: string) {
  const row = await env.DB.prepare('SELECT providers FROM ai_settings WHERE workspace_id = ?')
    .bind(workspaceId)
    .first<{ providers: string }>();
  return row ? (JSON.parse(row.providers) as { kind: string; sealedKey: string | null; keyHint: string | null }[]) : [];
}

describe('AI settings', () => {
  it('start empty, with no operator defaults in a fresh install', async () => {
    const owner = await signUp();
    const settings = await json<Settings>(await call(settingsUrl(owner), { token: owner.token }));
    expect(settings).toMatchObject({ providers: [], monthlyTokenBudget: null, defaults: [] });
  });

  it('seal keys at rest, never return them, and keep them when the list is saved without them', async () => {
    const owner = await signUp();
    const key = 'sk-proj-Test0000000000000000000000wxyz';
    const saved = await call(settingsUrl(owner), {
      method: 'PUT',
      token: owner.token,
      body: { providers: [{ kind: 'openai', apiKey: key }], monthlyTokenBudget: 250_000 },
    });
    const text = await saved.clone().text();
    expect(saved.status, text).toBe(200);
    expect(text).not.toContain(key);
    expect(await json<Settings>(saved)).toMatchObject({
      providers: [{ kind: 'openai', model: 'gpt-4o-mini', baseUrl: null, hasKey: true, keyHint: 'wxyz' }],
      monthlyTokenBudget: 250_000,
    });
    const [stored] = await storedProviders(owner.workspaceId);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored?.sealedKey).toMatch(/^v1\.test\./);
    expect(await decryptSecret(env.ENCRYPTION_KEYS, stored?.sealedKey ?? '')).toBe(key);
    // The audit log says what changed, never the key.
    const audit = await env.DB.prepare(
      "SELECT metadata FROM audit_log WHERE action = 'ai.settings_updated' AND workspace_id = ?",
    )
      .bind(owner.workspaceId)
      .first<{ metadata: string }>();
    expect(audit?.metadata).toContain('openai:gpt-4o-mini');
    expect(audit?.metadata).not.toContain(key);

    // Reordered, with Anthropic first: OpenAI's key stays without being sent again.
    const reordered = await json<Settings>(
      await call(settingsUrl(owner), {
        method: 'PUT',
        token: owner.token,
        body: {
          providers: [
            { kind: 'anthropic', apiKey: 'sk-ant-api03-abcd', model: 'claude-haiku-4-5' },
            { kind: 'openai', model: 'gpt-4.1-mini' },
          ],
        },
      }),
    );
    expect(reordered.providers.map((p) => [p.kind, p.model, p.hasKey, p.keyHint])).toEqual([
      ['anthropic', 'claude-haiku-4-5', true, 'abcd'],
      ['openai', 'gpt-4.1-mini', true, 'wxyz'],
    ]);
    expect(reordered.monthlyTokenBudget).toBe(250_000);
    const [, openai] = await storedProviders(owner.workspaceId);
    expect(await decryptSecret(env.ENCRYPTION_KEYS, openai?.sealedKey ?? '')).toBe(key);
  });

  it('refuse private base URLs, missing keys and an unbound Workers AI, and change nothing', async () => {
    const owner = await signUp();
    await useProviders(owner, [{ kind: 'openai', apiKey: 'sk-keep-1234' }]);
    const before = await snapshot();
    const cases: [unknown, string][] = [
      [{ kind: 'openai', baseUrl: 'http://10.0.0.7:11434/v1' }, 'providers.0.baseUrl'],
      [{ kind: 'openai', baseUrl: 'http://169.254.169.254/latest' }, 'providers.0.baseUrl'],
      [{ kind: 'openai', baseUrl: 'https://ollama.private.test/v1' }, 'providers.0.baseUrl'],
      [{ kind: 'openai', baseUrl: 'http://localhost:11434/v1' }, 'providers.0.baseUrl'],
      [{ kind: 'openai', apiKey: null }, 'providers.0.apiKey'],
      [{ kind: 'gemini' }, 'providers.0.apiKey'],
      [{ kind: 'workers-ai' }, 'providers.0.kind'],
    ];
    for (const [provider, path] of cases) {
      const problem = await expectProblem(
        await call(settingsUrl(owner), { method: 'PUT', token: owner.token, body: { providers: [provider] } }),
        400,
      );
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(provider),
      ).toContain(path);
    }
    await expectProblem(
      await call(settingsUrl(owner), {
        method: 'PUT',
        token: owner.token,
        body: { providers: [{ kind: 'openai', baseUrl: 'file:///etc/passwd' }] },
      }),
      400,
    );
    expect(await snapshot()).toBe(before);
  });

  it('are for admins: editors may neither read nor change them', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    await expectProblem(await call(settingsUrl(owner), { token: editor.token }), 403);
  });

  it('test each provider with a one-line prompt, saved or typed into the form', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    await useProviders(owner, [{ kind: 'openai', baseUrl: writer.baseUrl }]);
    const saved = await json<{ results: { kind: string; ok: boolean; reply: string | null; latencyMs: number }[] }>(
      await call(`${settingsUrl(owner)}/test`, { method: 'POST', token: owner.token }),
    );
    expect(saved.results).toHaveLength(1);
    expect(saved.results[0]).toMatchObject({ kind: 'openai', ok: true });
    expect(saved.results[0]?.reply).toContain('Onboarding remote hires');

    const unsaved = await json<{ results: { ok: boolean; error: string | null }[] }>(
      await call(`${settingsUrl(owner)}/test`, {
        token: owner.token,
        body: { providers: [{ kind: 'openai', baseUrl: rateLimitedModel() }] },
      }),
    );
    expect(unsaved.results[0]).toMatchObject({ ok: false });
    expect(unsaved.results[0]?.error).toMatch(/rate|limit|429/i);

    await expectProblem(
      await call(`${settingsUrl(owner)}/test`, {
        token: owner.token,
        body: { providers: [{ kind: 'openai', baseUrl: 'http://10.1.2.3/v1' }] },
      }),
      400,
    );

    // A row edited in the form (another model) is tested with the key saved for its kind and base URL.
    await useProviders(owner, [{ kind: 'openai', baseUrl: writer.baseUrl, apiKey: 'sk-saved-9999' }]);
    const edited = await json<{ results: { ok: boolean; model: string }[] }>(
      await call(`${settingsUrl(owner)}/test`, {
        token: owner.token,
        body: { providers: [{ kind: 'openai', baseUrl: writer.baseUrl, model: 'gpt-4.1-mini' }] },
      }),
    );
    expect(edited.results[0]?.ok).toBe(true);
    const last = (await writer.sent()).at(-1);
    expect(last?.headers.authorization).toBe('Bearer sk-saved-9999');
    expect(last?.body).toContain('gpt-4.1-mini');
  });

  it('answer a test of a provider that cannot work at all with a 400 naming the field, and call nothing', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    const cases: [unknown, string][] = [
      [{ kind: 'anthropic' }, 'providers.1.apiKey'],
      [{ kind: 'gemini' }, 'providers.1.apiKey'],
      [{ kind: 'openai', apiKey: null }, 'providers.1.apiKey'],
      [{ kind: 'workers-ai' }, 'providers.1.kind'],
    ];
    for (const [provider, path] of cases) {
      const problem = await expectProblem(
        await call(`${settingsUrl(owner)}/test`, {
          token: owner.token,
          body: { providers: [{ kind: 'openai', baseUrl: writer.baseUrl }, provider] },
        }),
        400,
      );
      expect(problem.errors, JSON.stringify(provider)).toEqual([{ path, message: expect.any(String) }]);
    }
    expect(await writer.sent()).toEqual([]);
    expect(await usageRows(owner.workspaceId)).toEqual([]);
  });

  it('answer 409 to a test with nothing configured', async () => {
    const owner = await signUp();
    const problem = await expectProblem(
      await call(`${settingsUrl(owner)}/test`, { method: 'POST', token: owner.token }),
      409,
    );
    expect(problem.type).toContain('ai-not-configured');
  });
});

describe('generation', () => {
  it('without a provider, says which setting to make — and changes nothing', async () => {
    const owner = await signUp();
    const before = await snapshot();
    for (const kind of ['post', 'caption', 'thread', 'article', 'newsletter']) {
      const problem = await expectProblem(
        await call(generateUrl(owner), { token: owner.token, body: { kind, platform: 'linkedin', topic: 'pricing' } }),
        409,
      );
      expect(problem.type).toContain('ai-not-configured');
      expect(problem.detail).toContain('Settings → AI');
    }
    expect(await snapshot()).toBe(before);
  });

  it('without a provider, still makes hashtags and ideas with the local engine', async () => {
    const owner = await signUp();
    const tags = await json<{ provider: string; items: { hashtags: string[]; problems: string[] }[]; note: string }>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: {
          kind: 'hashtags',
          platform: 'instagram',
          topic: 'Sourdough starter tips for home bakers and beginners',
        },
      }),
    );
    expect(tags.provider).toBe('local');
    expect(tags.note).toContain('local engine');
    expect(tags.items[0]?.hashtags.length).toBeGreaterThan(0);
    expect(tags.items[0]?.hashtags.every((t) => /^#[\p{L}\p{N}_]+$/u.test(t))).toBe(true);
    expect(tags.items[0]?.hashtags.join(' ').toLowerCase()).toContain('sourdough');
    expect(tags.items[0]?.problems).toEqual([]);

    const ideas = await json<{ provider: string; items: { title: string; text: string }[] }>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'ideas', platform: 'linkedin', topic: 'remote team onboarding checklists' },
      }),
    );
    expect(ideas.provider).toBe('local');
    expect(ideas.items).toHaveLength(5);
    expect(new Set(ideas.items.map((i) => i.title)).size).toBe(5);
  });

  it('makes as many different sets of hashtags as asked with the local engine, and says when a topic gives fewer', async () => {
    const owner = await signUp();
    const ask = async (body: Record<string, unknown>) =>
      json<{ provider: string; items: { hashtags: string[]; problems: string[] }[]; note: string }>(
        await call(generateUrl(owner), { token: owner.token, body: { kind: 'hashtags', ...body } }),
      );
    const three = await ask({ topic: 'harbour bakery sourdough', variants: 3 });
    expect(three.provider).toBe('local');
    expect(three.items).toHaveLength(3);
    expect(new Set(three.items.map((item) => item.hashtags.join(' '))).size).toBe(3);
    for (const item of three.items) expect(item.problems).toEqual([]);
    expect(three.note).not.toMatch(/Only \d/);
    // Threads takes one hashtag: a topic with two subjects has two sets to give, not five.
    const threads = await ask({ topic: 'sourdough and croissants', platform: 'threads', variants: 5 });
    expect(threads.items.length).toBeGreaterThan(0);
    expect(threads.items.length).toBeLessThan(5);
    expect(new Set(threads.items.map((item) => item.hashtags.join(' '))).size).toBe(threads.items.length);
    for (const item of threads.items) expect(item.hashtags).toHaveLength(1);
    expect(threads.note).toContain(`Only ${threads.items.length} of the 5`);
  });

  it('asks a provider for different sets of hashtags, and sends back an answer that repeats one', async () => {
    const owner = await signUp();
    const hashtagger = fixtureModel('hashtagger');
    await useProviders(owner, [{ kind: 'openai', baseUrl: hashtagger.baseUrl }]);
    const body = { kind: 'hashtags', platform: 'instagram', topic: 'sourdough at home', variants: 3 };
    const answer = await json<{ provider: string; items: { hashtags: string[]; problems: string[] }[] }>(
      await call(generateUrl(owner), { token: owner.token, body }),
    );
    expect(answer.provider).toBe('openai');
    expect(answer.items).toHaveLength(3);
    expect(new Set(answer.items.map((item) => [...item.hashtags].sort().join(' '))).size).toBe(3);
    expect((await hashtagger.sent())[0]?.body).toContain('different selection of hashtags');

    const other = await signUp();
    const repeater = fixtureModel('hashtag-repeater');
    await useProviders(other, [{ kind: 'openai', baseUrl: repeater.baseUrl }]);
    await expectProblem(await call(generateUrl(other), { token: other.token, body }), 503);
    const [, repair] = await repeater.sent();
    expect(repair?.body).toContain('the same hashtags as variant 1');
  });

  it('asks the configured provider in its wire format, checks the platform, caches, and records usage', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    await useProviders(owner, [{ kind: 'openai', baseUrl: writer.baseUrl, apiKey: 'sk-or-v1-fixture' }]);
    const body = { kind: 'post', platform: 'linkedin', topic: 'remote onboarding' };
    const res = await call(generateUrl(owner), { token: owner.token, body });
    const answer = await json<{
      provider: string;
      model: string;
      cached: boolean;
      items: { text: string; characters: number; problems: string[] }[];
    }>(res);
    expect(answer).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini-2024-07-18', cached: false });
    expect(answer.items).toHaveLength(1);
    expect(answer.items[0]?.text).toContain('Onboarding remote hires?');
    expect(answer.items[0]?.problems).toEqual([]);
    const [sent] = await writer.sent();
    expect(sent?.path).toMatch(/\/v1\/chat\/completions$/);
    expect(sent?.headers.authorization).toBe('Bearer sk-or-v1-fixture');
    const request = JSON.parse(sent?.body ?? '{}') as {
      response_format?: { type: string };
      messages: { content: string }[];
    };
    expect(request.response_format?.type).toBe('json_schema');
    expect(JSON.stringify(request.messages)).toContain('remote onboarding');
    expect(JSON.stringify(request.messages)).toContain('at most 3000 characters');

    const again = await json<{ cached: boolean }>(await call(generateUrl(owner), { token: owner.token, body }));
    expect(again.cached).toBe(true);
    expect(await writer.sent()).toHaveLength(1);
    await call(generateUrl(owner), { token: owner.token, body: { ...body, fresh: true } });
    expect(await writer.sent()).toHaveLength(2);

    expect(await usageRows(owner.workspaceId)).toEqual([
      expect.objectContaining({
        provider: 'openai',
        prompt: 'generate.post@1',
        outcome: 'ok',
        input_tokens: 310,
        output_tokens: 95,
      }),
      expect.objectContaining({ outcome: 'ok' }),
    ]);
    const usage = await json<{ month: { tokensUsed: number }; days: { calls: number; provider: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/ai/usage`, { token: owner.token }),
    );
    expect(usage.month.tokensUsed).toBe(2 * 405);
    expect(usage.days).toEqual([expect.objectContaining({ provider: 'openai', calls: 2 })]);
  });

  it('falls back past a 429 and past an answer that stays off-schema after its repair', async () => {
    const owner = await signUp();
    const prose = fixtureModel('prose');
    const writer = fixtureModel('writer');
    await useProviders(owner, [
      { kind: 'openai', baseUrl: rateLimitedModel() },
      { kind: 'openai', baseUrl: prose.baseUrl },
      { kind: 'openai', baseUrl: writer.baseUrl },
    ]);
    const answer = await json<{ provider: string; items: { text: string }[] }>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'post', platform: 'x', topic: 'onboarding' },
      }),
    );
    expect(answer.items[0]?.text).toContain('Onboarding');
    expect(await prose.sent()).toHaveLength(2);
    const [, repair] = await prose.sent();
    expect(repair?.body).toContain('Your previous answer was');
    expect((await usageRows(owner.workspaceId)).map((u) => u.outcome)).toEqual([
      'rate_limited',
      'invalid_output',
      'invalid_output',
      'ok',
    ]);
  });

  it('refuses to return a post over the platform limit: 503 when no provider can keep to it', async () => {
    const owner = await signUp();
    await useProviders(owner, [{ kind: 'openai', baseUrl: fixtureModel('verbose').baseUrl }]);
    const problem = await expectProblem(
      await call(generateUrl(owner), { token: owner.token, body: { kind: 'post', platform: 'bluesky', topic: 'x' } }),
      503,
    );
    expect(problem.type).toContain('ai-unavailable');
    expect(problem.detail).toContain('Bluesky allows 300');
  });

  it('stops at the monthly token budget with a 429 that says when it resets', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    await useProviders(owner, [{ kind: 'openai', baseUrl: writer.baseUrl }], 1000);
    const ask = (topic: string) =>
      call(generateUrl(owner), { token: owner.token, body: { kind: 'post', platform: 'x', topic } });
    expect((await ask('one')).status).toBe(200);
    expect((await ask('two')).status).toBe(200);
    // 810 tokens used: the next call may still start, and brings the month past the budget.
    expect((await ask('three')).status).toBe(200);
    const res = await ask('four');
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    const problem = await expectProblem(res, 429);
    expect(problem.type).toContain('ai-budget-spent');
    expect(problem.detail).toContain('1,000');
    expect(await writer.sent()).toHaveLength(3);
  });

  it("refuses another workspace's content item or brand voice as if it did not exist", async () => {
    const victim = await signUp();
    const attacker = await signUp();
    const voice = await json<{ id: string }>(
      await call(`/api/v1/workspaces/${victim.workspaceId}/brand-voices`, {
        token: victim.token,
        body: { name: 'Secret', description: 'Ours.' },
      }),
    );
    await expectProblem(
      await call(generateUrl(attacker), {
        token: attacker.token,
        body: { kind: 'ideas', platform: 'x', topic: 't', brandVoiceId: voice.id },
      }),
      404,
    );
    await expectProblem(
      await call(generateUrl(attacker), {
        token: attacker.token,
        body: { kind: 'repurpose', platform: 'x', sourceContentId: 'cnt_01JD0000000000000000000000' },
      }),
      404,
    );
  });

  it('writes for the usual platform of the kind when none is named, and keeps to its limits', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    await useProviders(owner, [{ kind: 'openai', baseUrl: writer.baseUrl }]);
    const answer = await json<{ platform: string }>(
      await call(generateUrl(owner), { token: owner.token, body: { kind: 'post', topic: 'no platform named' } }),
    );
    expect(answer.platform).toBe('linkedin');
    expect((await writer.sent())[0]?.body).toContain('at most 3000 characters');
    // Without a provider, the local engine's hashtags are for Instagram.
    const local = await signUp();
    const tags = await json<{ platform: string; items: { hashtags: string[] }[] }>(
      await call(generateUrl(local), {
        token: local.token,
        body: { kind: 'hashtags', topic: 'harbour bakery sourdough' },
      }),
    );
    expect(tags.platform).toBe('instagram');
  });

  it('validates the request: a topic or a source, known kinds and platforms, 1–5 variants', async () => {
    const owner = await signUp();
    const bad = [
      { kind: 'post', platform: 'x' },
      { kind: 'repurpose', platform: 'x', topic: 'no source' },
      { kind: 'poem', platform: 'x', topic: 't' },
      { kind: 'post', platform: 'myspace', topic: 't' },
      { kind: 'post', platform: 'x', topic: 't', variants: 6 },
      { kind: 'post', platform: 'x', topic: 't', variants: 0 },
    ];
    for (const body of bad) await expectProblem(await call(generateUrl(owner), { token: owner.token, body }), 400);
  });
});

describe('key rotation', () => {
  it('a key sealed with a key that is gone fails over to the next provider instead of failing the request', async () => {
    const owner = await signUp();
    const writer = fixtureModel('writer');
    await useProviders(owner, [
      { kind: 'anthropic', apiKey: 'sk-ant-orphaned' },
      { kind: 'openai', baseUrl: writer.baseUrl },
    ]);
    // As if ENCRYPTION_KEYS no longer held the key that sealed Anthropic's key.
    await env.DB.prepare(
      "UPDATE ai_settings SET providers = replace(providers, 'v1.test.', 'v1.retired.') WHERE workspace_id = ?",
    )
      .bind(owner.workspaceId)
      .run();
    const answer = await json<{ provider: string }>(
      await call(generateUrl(owner), { token: owner.token, body: { kind: 'post', platform: 'x', topic: 'rotation' } }),
    );
    expect(answer.provider).toBe('openai');
    const [first] = await usageRows(owner.workspaceId);
    expect(first).toMatchObject({ provider: 'anthropic', outcome: 'auth_failed' });
  });
});
