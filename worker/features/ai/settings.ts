import { eq } from 'drizzle-orm';
import {
  createProvider,
  DEFAULT_MODELS,
  DEFAULT_PROVIDER_TIMEOUT_MS,
  needsKey,
  operatorConfigs,
  PROVIDER_TRAITS,
} from '../../ai/providers';
import { providerFetch } from '../../ai/providers/fetch';
import type { AiProvider, ProviderConfig, ProviderKind } from '../../ai/providers/types';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { type FieldError, ValidationFailed } from '../../core/http/errors';
import { AuthExpired } from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import { outboundPolicy } from '../../core/outbound/policy';
import { aiSettings, type StoredProvider } from '../../db/schema/ai-settings';
import { decryptSecret, encryptSecret } from '../../lib/secret-box';

/** What an admin sends: the list order is the fallback order; a provider sent without apiKey keeps its saved key. */
export interface ProviderInput {
  kind: ProviderKind;
  model?: string | undefined;
  /** A new key; null removes the saved one; absent keeps it. */
  apiKey?: string | null | undefined;
  baseUrl?: string | null | undefined;
}

export interface SettingsInput {
  providers: ProviderInput[];
  monthlyTokenBudget?: number | null | undefined;
}

/** Providers as the API shows them: never the key, only whether there is one and its end. */
export interface ProviderView {
  kind: ProviderKind;
  model: string;
  baseUrl: string | null;
  hasKey: boolean;
  keyHint: string | null;
}

function timeoutMs(env: Env): number {
  const value = Number(env.AI_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_PROVIDER_TIMEOUT_MS;
}

export function buildProvider(ctx: ServiceContext, config: ProviderConfig): AiProvider {
  const ms = timeoutMs(ctx.env);
  return createProvider(config, { fetch: providerFetch(ctx.env, { timeoutMs: ms }), env: ctx.env, timeoutMs: ms });
}

/**
 * A provider that cannot be set up (its key no longer opens after a key rotation, its
 * binding is gone) still takes its place in the chain and fails each call with the reason,
 * so the failure is recorded and the next provider answers.
 */
function unusable(config: Pick<ProviderConfig, 'kind' | 'model'>, reason: string): AiProvider {
  const fail = async (): Promise<never> => {
    throw new AuthExpired(`${config.kind} cannot be used: ${reason}`);
  };
  return { kind: config.kind, model: config.model, generateText: fail };
}

async function openProvider(ctx: ServiceContext, stored: StoredProvider): Promise<AiProvider> {
  try {
    const apiKey = stored.sealedKey ? await decryptSecret(ctx.env.ENCRYPTION_KEYS, stored.sealedKey) : null;
    return buildProvider(ctx, { kind: stored.kind, model: stored.model, baseUrl: stored.baseUrl, apiKey });
  } catch (error) {
    return unusable(stored, `${(error as Error).message}. An admin can save its key again in Settings → AI.`);
  }
}

async function stored(ctx: ServiceContext, workspaceId: string) {
  const [row] = await ctx.db.select().from(aiSettings).where(eq(aiSettings.workspaceId, workspaceId));
  return row ?? null;
}

/** The workspace's providers, keys opened, in fallback order; the operator's defaults when it set none. */
/** The providers a call tries, in order, and the monthly token budget they share (null: none). */
export interface Chain {
  providers: AiProvider[];
  budget: number | null;
}

export async function resolveChain(ctx: ServiceContext, workspaceId: string): Promise<Chain> {
  const row = await stored(ctx, workspaceId);
  if (row && row.providers.length > 0) {
    return {
      providers: await Promise.all(row.providers.map((p) => openProvider(ctx, p))),
      budget: row.monthlyTokenBudget,
    };
  }
  return {
    providers: operatorConfigs(ctx.env).map((config) => {
      try {
        return buildProvider(ctx, config);
      } catch (error) {
        return unusable(config, (error as Error).message);
      }
    }),
    budget: row?.monthlyTokenBudget ?? null,
  };
}

function present(row: Awaited<ReturnType<typeof stored>>, env: Env, workspaceId: string) {
  return {
    workspaceId,
    providers: (row?.providers ?? []).map(
      (p): ProviderView => ({
        kind: p.kind,
        model: p.model,
        baseUrl: p.baseUrl,
        hasKey: p.sealedKey !== null,
        keyHint: p.keyHint,
      }),
    ),
    monthlyTokenBudget: row?.monthlyTokenBudget ?? null,
    /** What answers while `providers` is empty: the operator's defaults (no keys shown). */
    defaults: operatorConfigs(env).map((c) => ({ kind: c.kind, model: c.model })),
    workersAiAvailable: Boolean(env.AI),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The providers a workspace saved, as stored (keys sealed); empty when it saved none. */
export async function savedProviders(ctx: ServiceContext, workspaceId: string): Promise<StoredProvider[]> {
  return (await stored(ctx, workspaceId))?.providers ?? [];
}

/**
 * The key a provider typed into the form would use: its own when given, else the one saved
 * for the same kind and base URL (the rule PUT applies), opened.
 */
export async function keyFor(env: Env, saved: StoredProvider[], p: ProviderInput): Promise<string | null> {
  if (p.apiKey !== undefined) return p.apiKey?.trim() || null;
  const baseUrl = normalizeBaseUrl(p.baseUrl);
  const match = saved.find((old) => old.kind === p.kind && old.baseUrl === baseUrl);
  return match?.sealedKey ? decryptSecret(env.ENCRYPTION_KEYS, match.sealedKey) : null;
}

export function normalizeBaseUrl(baseUrl: string | null | undefined): string | null {
  return baseUrl?.trim().replace(/\/+$/, '') || null;
}

/** Why the outbound guard refuses a provider's base URL (private or internal address…), or null. */
export async function baseUrlProblem(env: Env, baseUrl: string): Promise<string | null> {
  try {
    await guardUrl(baseUrl, outboundPolicy(env));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function getAiSettings(ctx: ServiceContext, workspaceId: string) {
  return present(await stored(ctx, workspaceId), ctx.env, workspaceId);
}

/** Why a provider of a kind that runs on a binding cannot work here (the binding is missing), or null. */
function bindingProblem(env: Env, p: ProviderInput, index: number): FieldError | null {
  const { label, binding } = PROVIDER_TRAITS[p.kind];
  if (!binding || env[binding.name]) return null;
  return { path: `providers.${index}.kind`, message: `${label} is not bound to this deployment: ${binding.missing}.` };
}

/**
 * Why the provider at `index` cannot work at all — its binding missing, no key where one is
 * needed — as a field error, or null. Saving and testing ask the same.
 */
export function setupProblem(env: Env, p: ProviderInput, index: number, hasKey: boolean): FieldError | null {
  const unbound = bindingProblem(env, p, index);
  if (unbound) return unbound;
  if (!hasKey && needsKey(p.kind, normalizeBaseUrl(p.baseUrl))) {
    return { path: `providers.${index}.apiKey`, message: `${p.kind} needs an API key.` };
  }
  return null;
}

/** What a provider was given that its kind does not take (a key, a base URL), as a field error, or null. */
function unwantedField(p: ProviderInput, index: number, baseUrl: string | null): FieldError | null {
  const { label, key, baseUrl: where } = PROVIDER_TRAITS[p.kind];
  const unwantedKey = key === 'none' && Boolean(p.apiKey);
  const unwantedUrl = where === null && baseUrl !== null;
  if (!unwantedKey && !unwantedUrl) return null;
  const takes =
    key === 'none' && where === null ? 'neither a key nor a base URL' : unwantedKey ? 'no key' : 'no base URL';
  return { path: `providers.${index}`, message: `${label} takes ${takes}.` };
}

/**
 * Replaces the workspace's providers and budget. Keys are sealed before they are stored;
 * a provider sent without apiKey keeps the key saved for the same kind and base URL. Base
 * URLs must pass the outbound guard (no private or internal addresses).
 */
export async function putAiSettings(
  ctx: ServiceContext,
  workspaceId: string,
  input: SettingsInput,
  userId: string | null,
) {
  const previous = await stored(ctx, workspaceId);
  const errors: { path: string; message: string }[] = [];
  const providers: StoredProvider[] = [];
  for (const [i, p] of input.providers.entries()) {
    const baseUrl = normalizeBaseUrl(p.baseUrl);
    const refused = baseUrl ? await baseUrlProblem(ctx.env, baseUrl) : null;
    if (refused) {
      errors.push({ path: `providers.${i}.baseUrl`, message: refused });
      continue;
    }
    const unfit = bindingProblem(ctx.env, p, i) ?? unwantedField(p, i, baseUrl);
    if (unfit) {
      errors.push(unfit);
      continue;
    }
    const kept = previous?.providers.find((old) => old.kind === p.kind && old.baseUrl === baseUrl);
    const key = p.apiKey?.trim();
    const sealedKey = key
      ? await encryptSecret(ctx.env.ENCRYPTION_KEYS, key)
      : p.apiKey === null
        ? null
        : (kept?.sealedKey ?? null);
    const keyless = setupProblem(ctx.env, p, i, sealedKey !== null);
    if (keyless) {
      errors.push(keyless);
      continue;
    }
    providers.push({
      kind: p.kind,
      model: p.model?.trim() || DEFAULT_MODELS[p.kind],
      baseUrl,
      sealedKey,
      keyHint: key ? key.slice(-4) : sealedKey ? (kept?.keyHint ?? null) : null,
    });
  }
  if (errors.length > 0) throw new ValidationFailed(errors, 'Some providers could not be saved; nothing was changed.');
  const row = {
    workspaceId,
    providers,
    monthlyTokenBudget:
      input.monthlyTokenBudget === undefined ? (previous?.monthlyTokenBudget ?? null) : input.monthlyTokenBudget,
    updatedBy: userId,
    updatedAt: new Date(),
  };
  await commitWithAudit(
    ctx,
    [ctx.db.insert(aiSettings).values(row).onConflictDoUpdate({ target: aiSettings.workspaceId, set: row })],
    {
      workspaceId,
      action: 'ai.settings_updated',
      targetType: 'workspace',
      targetId: workspaceId,
      // Which providers, never their keys.
      metadata: {
        providers: providers.map((p) => `${p.kind}:${p.model}`),
        keysChanged: input.providers.filter((p) => p.apiKey !== undefined).map((p) => p.kind),
        monthlyTokenBudget: row.monthlyTokenBudget,
      },
    },
  );
  return present(row, ctx.env, workspaceId);
}
