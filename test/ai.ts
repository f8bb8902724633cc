import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, type TestUser } from './factories';
import { fixturePath } from './outbound';

/**
 * An OpenAI-compatible server on the fixture host that always answers with one recorded
 * completion (test/fixtures/recorded/ai/app/<name>.json), under a path of its own so the
 * test can read back what was sent.
 */
export function fixtureModel(
  name:
    | 'writer'
    | 'analyst'
    | 'voice'
    | 'prose'
    | 'verbose'
    | 'hashtagger'
    | 'hashtag-repeater'
    | 'rewriter'
    | 'rewriter-dropping-link'
    | 'shortener',
) {
  const path = fixturePath();
  return { baseUrl: path.url(`/ai/app/${name}/v1`), sent: path.sent };
}

/** The fixture server's recorded OpenAI 429 (retry-after: 20). */
export function rateLimitedModel() {
  return `${env.FIXTURE_ORIGIN}/ai/openai/rate-limited/v1`;
}

/** Saves the workspace's providers as an admin would. */
export async function useProviders(
  user: TestUser,
  providers: { kind: string; baseUrl?: string; apiKey?: string | null; model?: string }[],
  monthlyTokenBudget?: number | null,
) {
  const res = await call(`/api/v1/workspaces/${user.workspaceId}/ai/settings`, {
    method: 'PUT',
    token: user.token,
    body: { providers, ...(monthlyTokenBudget !== undefined ? { monthlyTokenBudget } : {}) },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

export async function usageRows(workspaceId: string) {
  return (
    await env.DB.prepare(
      'SELECT provider, model, prompt, outcome, input_tokens, output_tokens FROM ai_usage WHERE workspace_id = ? ORDER BY id',
    )
      .bind(workspaceId)
      .all<{
        provider: string;
        model: string;
        prompt: string;
        outcome: string;
        input_tokens: number;
        output_tokens: number;
      }>()
  ).results;
}
