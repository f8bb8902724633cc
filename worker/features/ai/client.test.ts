import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signUp } from '../../../test/factories';
import type { Prompt } from '../../ai/prompts/types';
import type { AiProvider, TextRequest, TextResult } from '../../ai/providers/types';
import { systemContext } from '../../core/context';
import { AuthExpired, RateLimited, Unavailable } from '../../core/outbound/errors';
import { extractJson, generateObject } from './client';
import { AiBudgetSpent, AiNotConfigured, AiUnavailable } from './errors';

/** A provider test double: answers from a script, one entry per call, and remembers what it was asked. */
function scripted(kind: AiProvider['kind'], script: (string | Error)[]): AiProvider & { asked: TextRequest[] } {
  const asked: TextRequest[] = [];
  return {
    kind,
    model: `${kind}-model`,
    asked,
    async generateText(request: TextRequest): Promise<TextResult> {
      asked.push(request);
      const next = script.shift();
      if (next === undefined) throw new Error(`${kind} was asked more often than scripted`);
      if (next instanceof Error) throw next;
      return { text: next, usage: { inputTokens: 100, outputTokens: 20 }, model: `${kind}-model-001` };
    },
  };
}

/** A chain of these providers, with no budget. */
const chainOf = (...providers: AiProvider[]) => ({ providers, budget: null });

const Answer = z.object({ title: z.string().max(20), tags: z.array(z.string()).min(1) });
const prompt: Prompt<{ topic: string }, z.infer<typeof Answer>> = {
  id: 'test.title',
  version: 3,
  schema: Answer,
  system: 'You name things.',
  render: ({ topic }) => `Name a post about ${topic}.`,
  maxOutputTokens: 100,
  temperature: 0,
  cacheTtlMs: 60_000,
};
const GOOD = '{"title":"Short","tags":["a"]}';

async function setup() {
  const user = await signUp();
  return { ctx: systemContext(env, () => {}), workspaceId: user.workspaceId };
}

async function usage(workspaceId: string) {
  return (
    await env.DB.prepare(
      'SELECT provider, outcome, input_tokens, output_tokens, prompt FROM ai_usage WHERE workspace_id = ? ORDER BY id',
    )
      .bind(workspaceId)
      .all<{ provider: string; outcome: string; input_tokens: number; output_tokens: number; prompt: string }>()
  ).results;
}

describe('the provider chain', () => {
  it('answers from the first provider and records the call', async () => {
    const { ctx, workspaceId } = await setup();
    const first = scripted('gemini', [GOOD]);
    const answer = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(first) });
    expect(answer).toMatchObject({
      value: { title: 'Short' },
      provider: 'gemini',
      model: 'gemini-model-001',
      cached: false,
    });
    expect(answer.prompt).toBe('test.title@3');
    // The JSON Schema of the prompt's answer travels with the request.
    expect(first.asked[0]?.jsonSchema).toMatchObject({ type: 'object', required: ['title', 'tags'] });
    expect(await usage(workspaceId)).toEqual([
      { provider: 'gemini', outcome: 'ok', input_tokens: 100, output_tokens: 20, prompt: 'test.title@3' },
    ]);
  });

  it('moves on after a 429, a 5xx or a timeout, and says who answered', async () => {
    const { ctx, workspaceId } = await setup();
    const chain = [
      scripted('gemini', [new RateLimited(30)]),
      scripted('openai', [new Unavailable('api.openai.com answered 503.', 503)]),
      scripted('anthropic', [new Unavailable('api.anthropic.com did not answer in time.')]),
      scripted('workers-ai', [GOOD]),
    ];
    const answer = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(...chain) });
    expect(answer.provider).toBe('workers-ai');
    expect((await usage(workspaceId)).map((u) => `${u.provider}:${u.outcome}`)).toEqual([
      'gemini:rate_limited',
      'openai:unavailable',
      'anthropic:unavailable',
      'workers-ai:ok',
    ]);
  });

  it('moves on from a refused key too', async () => {
    const { ctx, workspaceId } = await setup();
    const chain = [
      scripted('openai', [new AuthExpired('Incorrect API key provided.', 401)]),
      scripted('anthropic', [GOOD]),
    ];
    expect(
      (await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(...chain) })).provider,
    ).toBe('anthropic');
  });

  it('sends an off-schema answer back once with what was wrong, and keeps the repaired one', async () => {
    const { ctx, workspaceId } = await setup();
    const provider = scripted('openai', ['```json\n{"title":"A title far too long for it","tags":[]}\n```', GOOD]);
    const answer = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) });
    expect(answer.value.title).toBe('Short');
    const repair = provider.asked[1]?.prompt ?? '';
    expect(repair).toContain('Your previous answer was');
    expect(repair).toContain('title');
    expect(repair).toContain('tags');
    expect((await usage(workspaceId)).map((u) => u.outcome)).toEqual(['invalid_output', 'ok']);
  });

  it('falls back when the repaired answer still fails, and malformed JSON counts as failing', async () => {
    const { ctx, workspaceId } = await setup();
    const broken = scripted('gemini', ['{"title": "unterminated', 'Sure! Here is your title: Short']);
    const next = scripted('openai', [GOOD]);
    const answer = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(broken, next) });
    expect(answer.provider).toBe('openai');
    expect(broken.asked).toHaveLength(2);
    expect((await usage(workspaceId)).map((u) => `${u.provider}:${u.outcome}`)).toEqual([
      'gemini:invalid_output',
      'gemini:invalid_output',
      'openai:ok',
    ]);
  });

  it('fails with every provider named when none answers', async () => {
    const { ctx, workspaceId } = await setup();
    const chain = [scripted('gemini', [new RateLimited(5)]), scripted('openai', [new Unavailable('down', 500)])];
    const error = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(...chain) }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(AiUnavailable);
    expect((error as AiUnavailable).attempts.map((a) => a.outcome)).toEqual(['rate_limited', 'unavailable']);
    expect((error as AiUnavailable).message).toContain('gemini');
  });

  it('lets programming errors through instead of hiding them as provider failures', async () => {
    const { ctx, workspaceId } = await setup();
    const chain = [scripted('gemini', [new TypeError('bug')]), scripted('openai', [GOOD])];
    await expect(
      generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(...chain) }),
    ).rejects.toThrow(TypeError);
  });

  it('says clearly that a provider is needed when the workspace and the operator have none', async () => {
    const { ctx, workspaceId } = await setup();
    const error = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(AiNotConfigured);
    expect((error as Error).message).toContain('Settings → AI');
  });

  it('only asks vision-capable providers to look at images', async () => {
    const { ctx, workspaceId } = await setup();
    const blind = scripted('openai', []);
    const error = await generateObject(
      ctx,
      workspaceId,
      prompt,
      { topic: 'x' },
      { chain: chainOf(blind), media: [{ bytes: new Uint8Array([1]), mimeType: 'image/png' }] },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(AiNotConfigured);
    expect(blind.asked).toHaveLength(0);
  });
});

describe('the cache', () => {
  it('answers the same prompt version and input from the cache, and a fresh call asks again', async () => {
    const { ctx, workspaceId } = await setup();
    const provider = scripted('gemini', [GOOD, '{"title":"Fresh","tags":["b"]}']);
    await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) });
    const again = await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) });
    expect(again).toMatchObject({ cached: true, provider: 'gemini', value: { title: 'Short' } });
    expect(provider.asked).toHaveLength(1);
    const fresh = await generateObject(
      ctx,
      workspaceId,
      prompt,
      { topic: 'x' },
      { chain: chainOf(provider), fresh: true },
    );
    expect(fresh).toMatchObject({ cached: false, value: { title: 'Fresh' } });
    // The fresh answer replaced the cached one.
    expect(
      (await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) })).value.title,
    ).toBe('Fresh');
  });

  it('misses for another input, another prompt version and another workspace', async () => {
    const { ctx, workspaceId } = await setup();
    const other = await signUp();
    const provider = scripted('gemini', [GOOD, GOOD, GOOD, GOOD]);
    await generateObject(ctx, workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) });
    await generateObject(ctx, workspaceId, prompt, { topic: 'y' }, { chain: chainOf(provider) });
    await generateObject(ctx, workspaceId, { ...prompt, version: 4 }, { topic: 'x' }, { chain: chainOf(provider) });
    await generateObject(ctx, other.workspaceId, prompt, { topic: 'x' }, { chain: chainOf(provider) });
    expect(provider.asked).toHaveLength(4);
  });
});

describe('the monthly budget', () => {
  it('stops calls before they are made once the month is spent, with when it resets', async () => {
    const { ctx, workspaceId } = await setup();
    await env.DB.prepare(
      "INSERT INTO ai_settings (workspace_id, providers, monthly_token_budget, updated_at) VALUES (?, '[]', 1000, ?)",
    )
      .bind(workspaceId, Date.now())
      .run();
    await env.DB.prepare(
      "INSERT INTO ai_usage (id, workspace_id, provider, model, prompt, input_tokens, output_tokens, latency_ms, outcome, created_at) VALUES ('aiu_1', ?, 'openai', 'm', 'p@1', 900, 100, 5, 'ok', ?)",
    )
      .bind(workspaceId, Date.now())
      .run();
    const error = await generateObject(
      { ...ctx, env: { ...env, OPENAI_API_KEY: 'sk-operator' } },
      workspaceId,
      prompt,
      { topic: 'x' },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(AiBudgetSpent);
    expect((error as AiBudgetSpent).status).toBe(429);
    expect((error as AiBudgetSpent).headers['Retry-After']).toMatch(/^\d+$/);
    expect((error as Error).message).toContain('1,000 AI tokens');
    // Nothing was called, so nothing more was recorded.
    expect(await usage(workspaceId)).toHaveLength(1);
  });

  it('counts only this month', async () => {
    const { ctx, workspaceId } = await setup();
    const lastMonth = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1) - 1;
    await env.DB.prepare(
      "INSERT INTO ai_usage (id, workspace_id, provider, model, prompt, input_tokens, output_tokens, latency_ms, outcome, created_at) VALUES ('aiu_0', ?, 'openai', 'm', 'p@1', 5000, 5000, 5, 'ok', ?)",
    )
      .bind(workspaceId, lastMonth)
      .run();
    await env.DB.prepare(
      "INSERT INTO ai_settings (workspace_id, providers, monthly_token_budget, updated_at) VALUES (?, '[]', 1000, ?)",
    )
      .bind(workspaceId, Date.now())
      .run();
    const { tokensUsedSince, monthBounds } = await import('./usage');
    expect(await tokensUsedSince(ctx, workspaceId, monthBounds().start)).toBe(0);
  });
});

describe('extractJson', () => {
  it('takes the object out of fences and prose', () => {
    expect(extractJson('```json\n{"a":1}\n```')).toEqual({ a: 1 });
    expect(extractJson('Here you go: {"a":{"b":2}} Hope it helps')).toEqual({ a: { b: 2 } });
    expect(() => extractJson('no json here')).toThrow(SyntaxError);
  });
});
