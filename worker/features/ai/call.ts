import type { AiProvider, TextResult } from '../../ai/providers/types';
import type { ServiceContext } from '../../core/context';
import { AuthExpired, BadRequest, ConnectorError, RateLimited, Refused } from '../../core/outbound/errors';
import type { AiOutcome } from '../../db/schema/ai-usage';
import { recordUsage } from './usage';

/** An answer judged usable (with what was made of it), or what is wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export function outcomeOf(error: ConnectorError): AiOutcome {
  if (error instanceof RateLimited) return 'rate_limited';
  if (error instanceof AuthExpired) return 'auth_failed';
  if (error instanceof Refused) return 'refused';
  if (error instanceof BadRequest) return 'bad_request';
  return 'unavailable';
}

/**
 * One call to a provider, recorded in ai_usage whatever became of it: its tokens and
 * whether `judge` found the answer usable, or the outcome of the connector error it raised
 * (which is rethrown). Other errors are bugs and pass through unrecorded.
 */
export async function recordedCall<T>(
  ctx: ServiceContext,
  workspaceId: string,
  provider: AiProvider,
  prompt: string,
  call: () => Promise<TextResult>,
  judge: (result: TextResult) => Checked<T>,
): Promise<{ result: TextResult; checked: Checked<T> }> {
  const started = Date.now();
  const record = (
    model: string,
    outcome: AiOutcome,
    error: string | null,
    tokens = { inputTokens: 0, outputTokens: 0 },
  ) =>
    recordUsage(ctx, workspaceId, {
      provider: provider.kind,
      model: model || provider.model,
      prompt,
      ...tokens,
      latencyMs: Date.now() - started,
      outcome,
      error: error?.slice(0, 500) ?? null,
    });
  let result: TextResult;
  try {
    result = await call();
  } catch (error) {
    if (error instanceof ConnectorError) await record(provider.model, outcomeOf(error), error.message);
    throw error;
  }
  const checked = judge(result);
  await record(result.model, checked.ok ? 'ok' : 'invalid_output', checked.ok ? null : checked.problem, result.usage);
  return { result, checked };
}
