import { and, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import { toJSONSchema } from 'zod';
import { type Prompt, promptKey } from '../../ai/prompts/types';
import type { MediaPart, TextRequest } from '../../ai/providers/types';
import type { ServiceContext } from '../../core/context';
import { ConnectorError } from '../../core/outbound/errors';
import { aiCache } from '../../db/schema/ai-cache';
import { sha256Hex } from '../../lib/crypto';
import { type Checked, outcomeOf, recordedCall } from './call';
import { AiBudgetSpent, AiNotConfigured, AiUnavailable, type Attempt } from './errors';
import { type Chain, resolveChain } from './settings';
import { monthBounds, tokensUsedSince } from './usage';

export interface AiAnswer<T> {
  value: T;
  provider: string;
  model: string;
  /** id@version of the prompt that produced it. */
  prompt: string;
  cached: boolean;
}

export interface CallOptions {
  /** Images or video for the model to look at: only vision-capable providers are asked. */
  media?: MediaPart[];
  /** Skip the cache (e.g. "generate again"); the fresh answer replaces the cached one. */
  fresh?: boolean;
  /** The providers to try and their budget, when the caller resolved them once for many calls; the workspace's chain when absent. */
  chain?: Chain;
}

/** Models wrap JSON in prose or code fences now and then: take the outermost object. */
export function extractJson(text: string): unknown {
  const fenced = text.match(/```(?:json)?\s*([\s\S]*?)```/);
  const body = (fenced?.[1] ?? text).trim();
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end < start) throw new SyntaxError('The answer holds no JSON object.');
  return JSON.parse(body.slice(start, end + 1));
}

function check<T>(schema: z.ZodType<T>, text: string): Checked<T> {
  let json: unknown;
  try {
    json = extractJson(text);
  } catch (error) {
    return { ok: false, problem: `It is not valid JSON (${(error as Error).message}).` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; '),
  };
}

function repairRequest(request: TextRequest, answer: string, problem: string): TextRequest {
  return {
    ...request,
    prompt: `${request.prompt}\n\nYour previous answer was:\n${answer.slice(0, 8000)}\n\nIt does not fit the required JSON schema: ${problem}\nAnswer again with corrected JSON only.`,
  };
}

async function budgetGate(ctx: ServiceContext, workspaceId: string, budget: number | null) {
  if (budget === null) return;
  const { start, next } = monthBounds();
  if ((await tokensUsedSince(ctx, workspaceId, start)) >= budget) throw new AiBudgetSpent(budget, next);
}

async function cached<T>(ctx: ServiceContext, workspaceId: string, key: string, hash: string, schema: z.ZodType<T>) {
  const [row] = await ctx.db
    .select()
    .from(aiCache)
    .where(
      and(
        eq(aiCache.workspaceId, workspaceId),
        eq(aiCache.prompt, key),
        eq(aiCache.inputHash, hash),
        gt(aiCache.expiresAt, new Date()),
      ),
    );
  const parsed = row ? schema.safeParse(row.output) : null;
  return row && parsed?.success ? { value: parsed.data, provider: row.provider, model: row.model } : null;
}

/**
 * Asks the workspace's providers, in order, for an answer that passes the prompt's schema.
 * A provider that times out, rate-limits, fails, refuses the key or answers off-schema
 * twice (the second time after being shown what was wrong) hands over to the next. Every
 * call is recorded with its tokens and outcome; a spent monthly budget stops calls before
 * they are made; answers are cached by (prompt version, input hash).
 */
export async function generateObject<I, O>(
  ctx: ServiceContext,
  workspaceId: string,
  prompt: Prompt<I, O>,
  input: I,
  options: CallOptions = {},
): Promise<AiAnswer<O>> {
  const key = promptKey(prompt);
  const hash = await sha256Hex(JSON.stringify({ input, media: options.media?.length ?? 0 }));
  if (!options.fresh && prompt.cacheTtlMs > 0) {
    const hit = await cached(ctx, workspaceId, key, hash, prompt.schema);
    if (hit) return { ...hit, prompt: key, cached: true };
  }
  const { providers, budget } = options.chain ?? (await resolveChain(ctx, workspaceId));
  const chain = options.media ? providers.filter((p) => p.analyzeMedia) : providers;
  if (chain.length === 0) {
    throw new AiNotConfigured(
      options.media && providers.length > 0 ? 'Looking at images needs a vision-capable model' : undefined,
    );
  }
  const request: TextRequest = {
    system: prompt.system,
    prompt: prompt.render(input),
    maxOutputTokens: prompt.maxOutputTokens,
    temperature: prompt.temperature,
    jsonSchema: toJSONSchema(prompt.schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
  };
  const attempts: Attempt[] = [];
  for (const provider of chain) {
    /** One call, recorded with its tokens and whether its answer passed the schema. */
    const ask = async (req: TextRequest) => {
      await budgetGate(ctx, workspaceId, budget);
      return recordedCall(
        ctx,
        workspaceId,
        provider,
        key,
        () =>
          options.media && provider.analyzeMedia
            ? provider.analyzeMedia({ ...req, media: options.media })
            : provider.generateText(req),
        (result) => check(prompt.schema, result.text),
      );
    };
    try {
      let { result, checked } = await ask(request);
      if (!checked.ok) ({ result, checked } = await ask(repairRequest(request, result.text, checked.problem)));
      if (!checked.ok) {
        attempts.push({
          provider: provider.kind,
          model: result.model,
          outcome: 'invalid_output',
          error: checked.problem,
        });
        continue;
      }
      const answer = { value: checked.value, provider: provider.kind, model: result.model || provider.model };
      if (prompt.cacheTtlMs > 0) {
        const now = new Date();
        const row = {
          workspaceId,
          prompt: key,
          inputHash: hash,
          output: answer.value,
          provider: answer.provider,
          model: answer.model,
          createdAt: now,
          expiresAt: new Date(now.getTime() + prompt.cacheTtlMs),
        };
        await ctx.db
          .insert(aiCache)
          .values(row)
          .onConflictDoUpdate({ target: [aiCache.workspaceId, aiCache.prompt, aiCache.inputHash], set: row });
      }
      return { ...answer, prompt: key, cached: false };
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      attempts.push({
        provider: provider.kind,
        model: provider.model,
        outcome: outcomeOf(error),
        error: error.message,
      });
    }
  }
  throw new AiUnavailable(attempts);
}
