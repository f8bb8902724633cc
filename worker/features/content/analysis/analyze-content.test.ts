import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fixtureModel, useProviders } from '../../../../test/ai';
import { ingest, readItem, sourceFor } from '../../../../test/content';
import { call, expectProblem, json, memberOf, signUp, type TestUser } from '../../../../test/factories';
import { quiet, settled } from '../../../../test/jobs';
import { addSource, fixtureFeedUrl } from '../../../../test/sources';
import { systemContext } from '../../../core/context';
import { analyzeContent } from './analyze-content';

interface Detail {
  title: string;
  analysis: {
    engine: string;
    provider: string | null;
    promptVersion: string | null;
    language: { code: string } | null;
    keyphrases: { phrase: string }[];
    summary: string[];
    sentiment: { label: string } | null;
    hook: { text: string } | null;
    insight: { format: string; topics: string[] } | null;
    note: string | null;
    metrics: Record<string, number | null>;
  } | null;
}

async function feedItems(user: TestUser) {
  const source = await addSource(user, { type: 'feed', url: fixtureFeedUrl() });
  await quiet(user);
  const page = await json<{ items: { id: string; title: string }[] }>(
    await call(`/api/v1/workspaces/${user.workspaceId}/content`, { token: user.token }),
  );
  return { source, items: page.items };
}

const detail = (user: TestUser, id: string) =>
  call(`/api/v1/workspaces/${user.workspaceId}/content/${id}`, { token: user.token }).then((r) => json<Detail>(r));

describe('content analysis', () => {
  it('works out of the box: numbers and the local engine, labelled, with a note on what a provider adds', async () => {
    const owner = await signUp();
    const { items } = await feedItems(owner);
    const croissants = items.find((i) => i.title.includes('croissants'));
    const { analysis } = await detail(owner, croissants?.id ?? '');
    expect(analysis?.engine).toBe('local');
    expect(analysis?.provider).toBeNull();
    expect(analysis?.language?.code).toBe('en');
    expect(analysis?.keyphrases.length).toBeGreaterThan(0);
    expect(analysis?.hook?.text).toBeTruthy();
    expect(analysis?.insight).toBeNull();
    expect(analysis?.note).toContain('no AI provider is configured');
    expect(analysis?.metrics).toHaveProperty('engagementRate');
  });

  it("adds a provider's structured analysis on re-analysis, with provider and prompt version", async () => {
    const owner = await signUp();
    const { source, items } = await feedItems(owner);
    const analyst = fixtureModel('analyst');
    await useProviders(owner, [{ kind: 'openai', baseUrl: analyst.baseUrl }]);
    const target = items[0]?.id ?? '';
    const res = await call(`/api/v1/workspaces/${owner.workspaceId}/content/${target}/analyze`, {
      method: 'POST',
      token: owner.token,
    });
    expect(res.status).toBe(202);
    const job = await json<{ id: string; subjectId: string }>(res);
    await settled(owner, job.id);
    const { analysis } = await detail(owner, target);
    expect(analysis).toMatchObject({
      engine: 'openai',
      provider: 'openai',
      promptVersion: 'content.insight@1',
      note: null,
    });
    expect(analysis?.insight).toMatchObject({ format: 'listicle', topics: ['remote work', 'onboarding'] });
    // The local engine's features stay alongside.
    expect(analysis?.keyphrases.length).toBeGreaterThan(0);
    const sent = await analyst.sent();
    expect(sent.some((r) => r.body?.includes('Analyse this'))).toBe(true);

    const insights = await json<{
      itemsWithInsight: number;
      topics: { name: string; items: number }[];
      formats: { name: string }[];
      keyphrases: unknown[];
    }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/content/insights?sourceId=${source.id}`, {
        token: owner.token,
      }),
    );
    expect(insights.itemsWithInsight).toBe(1);
    expect(insights.topics.map((t) => t.name)).toEqual(['remote work', 'onboarding']);
    expect(insights.formats.map((f) => f.name)).toEqual(['listicle']);
    expect(insights.keyphrases.length).toBeGreaterThan(0);
  });

  it('records why a provider analysis is missing when the provider keeps failing, without losing the rest', async () => {
    const owner = await signUp();
    await useProviders(owner, [{ kind: 'openai', baseUrl: fixtureModel('prose').baseUrl }]);
    const { items } = await feedItems(owner);
    const { analysis } = await detail(owner, items[0]?.id ?? '');
    expect(analysis?.engine).toBe('local');
    expect(analysis?.note).toContain('Every configured provider failed');
    expect(analysis?.keyphrases.length).toBeGreaterThan(0);
  });

  it('analyses every item of a read longer than one statement may bind (102 items)', async () => {
    const owner = await signUp();
    const url = `${env.FIXTURE_ORIGIN}/t/${crypto.randomUUID()}/long-feed?items=102`;
    const source = await addSource(owner, { type: 'feed', url });
    expect(source.itemCount).toBe(102);
    await quiet(owner);
    const jobs = await env.DB.prepare(
      "SELECT status, payload FROM jobs WHERE workspace_id = ? AND kind = 'content.analyze'",
    )
      .bind(owner.workspaceId)
      .all<{ status: string; payload: string }>();
    expect(jobs.results.map((j) => j.status)).toEqual(['succeeded', 'succeeded']);
    expect(jobs.results.map((j) => JSON.parse(j.payload).contentIds.length).sort()).toEqual([100, 2]);
    const analysed = await env.DB.prepare('SELECT count(*) AS n FROM content_analysis WHERE workspace_id = ?')
      .bind(owner.workspaceId)
      .first<{ n: number }>();
    expect(analysed?.n).toBe(102);
  }, 30_000);

  it('re-analysis is for editors, and only of items in the workspace', async () => {
    const owner = await signUp();
    const viewer = await memberOf(owner, 'viewer');
    const { items } = await feedItems(owner);
    await expectProblem(
      await call(`/api/v1/workspaces/${owner.workspaceId}/content/${items[0]?.id}/analyze`, {
        method: 'POST',
        token: viewer.token,
      }),
      403,
    );
    const other = await signUp();
    await expectProblem(
      await call(`/api/v1/workspaces/${other.workspaceId}/content/${items[0]?.id}/analyze`, {
        method: 'POST',
        token: other.token,
      }),
      404,
    );
    const rows = await env.DB.prepare(
      "SELECT count(*) AS n FROM jobs WHERE workspace_id = ? AND kind = 'content.analyze'",
    )
      .bind(other.workspaceId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it("measures engagement per follower where the source reports its followers, and the author's outliers", async () => {
    const owner = await signUp();
    const source = await sourceFor(owner, 'youtube');
    await env.DB.prepare('UPDATE sources SET details = ? WHERE id = ?')
      .bind(JSON.stringify({ stats: { subscribers: 41_200 } }), source.id)
      .run();
    const views = [1000, 900, 1100, 1000, 3000];
    const outcome = await ingest(
      source,
      'youtube',
      views.map((v, i) =>
        readItem({
          externalId: `v${i}`,
          author: 'Channel',
          text: 'How we plan a week of videos in one afternoon.',
          publishedAt: `2026-11-1${i}T10:00:00.000Z`,
          metrics: { views: v, likes: v / 10 },
        }),
      ),
    );
    const report = { progress: async () => {} } as unknown as Parameters<typeof analyzeContent>[2];
    await analyzeContent(
      systemContext(env, () => {}),
      { v: 1, jobId: 'job_T', workspaceId: owner.workspaceId, kind: 'content.analyze', contentIds: outcome.created },
      report,
    );
    const hit = await env.DB.prepare(
      "SELECT a.engagement_rate, a.engagement_per_follower, a.outlier_score, a.outlier_basis FROM content_analysis a JOIN content_items c ON c.id = a.content_id WHERE c.external_id = 'v4' AND c.workspace_id = ?",
    )
      .bind(owner.workspaceId)
      .first<{
        engagement_rate: number;
        engagement_per_follower: number;
        outlier_score: number;
        outlier_basis: number;
      }>();
    expect(hit?.engagement_rate).toBeCloseTo(0.1, 5);
    expect(hit?.engagement_per_follower).toBeCloseTo(300 / 41_200, 6);
    expect(hit).toMatchObject({ outlier_score: 3, outlier_basis: 4 });
  });
});
