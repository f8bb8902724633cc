import { DEFAULT_MODELS } from '../../ai/providers';
import type { AiProvider } from '../../ai/providers/types';
import type { ServiceContext } from '../../core/context';
import { ValidationFailed } from '../../core/http/errors';
import { ConnectorError } from '../../core/outbound/errors';
import { recordedCall } from './call';
import { AiNotConfigured } from './errors';
import {
  baseUrlProblem,
  buildProvider,
  keyFor,
  normalizeBaseUrl,
  type ProviderInput,
  resolveChain,
  savedProviders,
  setupProblem,
} from './settings';

const PROMPT = 'connection.test@1';

/**
 * "Test connection": a one-line prompt to each provider, answered or not, with the time it
 * took and the provider's own words on failure. Tests the saved chain, or providers typed
 * into the form before saving them. Recorded in usage like any call.
 */
export async function testProviders(ctx: ServiceContext, workspaceId: string, unsaved?: ProviderInput[]) {
  let providers: AiProvider[];
  if (unsaved && unsaved.length > 0) {
    const saved = await savedProviders(ctx, workspaceId);
    const keys = await Promise.all(unsaved.map((p) => keyFor(ctx.env, saved, p)));
    // What the provider could not even be set up with (a missing key, an unbound Workers AI)
    // is the form's to fix, like a refused base URL: a 400 naming the field, before any call.
    const refused = await Promise.all(
      unsaved.map(async (p, i) => {
        const baseUrl = normalizeBaseUrl(p.baseUrl);
        const message = baseUrl ? await baseUrlProblem(ctx.env, baseUrl) : null;
        if (message) return [{ path: `providers.${i}.baseUrl`, message }];
        const setup = setupProblem(ctx.env, p, i, keys[i] != null);
        return setup ? [setup] : [];
      }),
    );
    if (refused.flat().length > 0) throw new ValidationFailed(refused.flat());
    providers = unsaved.map((p, i) =>
      buildProvider(ctx, {
        kind: p.kind,
        model: p.model?.trim() || DEFAULT_MODELS[p.kind],
        apiKey: keys[i] ?? null,
        baseUrl: normalizeBaseUrl(p.baseUrl),
      }),
    );
  } else {
    providers = (await resolveChain(ctx, workspaceId)).providers;
  }
  if (providers.length === 0) throw new AiNotConfigured('There is nothing to test');
  const results = await Promise.all(
    providers.map(async (provider) => {
      const started = Date.now();
      try {
        const { result } = await recordedCall(
          ctx,
          workspaceId,
          provider,
          PROMPT,
          () =>
            provider.generateText({ prompt: 'Reply with the single word OK.', maxOutputTokens: 16, temperature: 0 }),
          (answer) => ({ ok: true, value: answer.text }),
        );
        return {
          kind: provider.kind,
          model: result.model || provider.model,
          ok: true,
          latencyMs: Date.now() - started,
          reply: result.text.slice(0, 200),
          error: null,
        };
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error;
        return {
          kind: provider.kind,
          model: provider.model,
          ok: false,
          latencyMs: Date.now() - started,
          reply: null,
          error: error.message,
        };
      }
    }),
  );
  return { results };
}
