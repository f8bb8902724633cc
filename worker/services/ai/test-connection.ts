import { DEFAULT_MODELS } from '../../ai/providers';
import type { AiProvider } from '../../ai/providers/types';
import { ConnectorError } from '../../connectors/errors';
import { ValidationFailed } from '../../lib/errors';
import { guardUrl } from '../../lib/outbound/guard';
import { outboundPolicy } from '../../lib/outbound/policy';
import type { ServiceContext } from '../context';
import { outcomeOf } from './client';
import { AiNotConfigured } from './errors';
import { buildProvider, keyFor, type ProviderInput, resolveChain } from './settings';
import { recordUsage } from './usage';

const PROMPT = 'connection.test@1';

/**
 * "Test connection": a one-line prompt to each provider, answered or not, with the time it
 * took and the provider's own words on failure. Tests the saved chain, or providers typed
 * into the form before saving them. Recorded in usage like any call.
 */
export async function testProviders(ctx: ServiceContext, workspaceId: string, unsaved?: ProviderInput[]) {
  let providers: AiProvider[];
  if (unsaved && unsaved.length > 0) {
    for (const [i, p] of unsaved.entries()) {
      if (!p.baseUrl) continue;
      try {
        await guardUrl(p.baseUrl, outboundPolicy(ctx.env));
      } catch (error) {
        throw new ValidationFailed([{ path: `providers.${i}.baseUrl`, message: (error as Error).message }]);
      }
    }
    providers = await Promise.all(
      unsaved.map(async (p) =>
        buildProvider(ctx, {
          kind: p.kind,
          model: p.model?.trim() || DEFAULT_MODELS[p.kind],
          apiKey: await keyFor(ctx, workspaceId, p),
          baseUrl: p.baseUrl ?? null,
        }),
      ),
    );
  } else {
    providers = (await resolveChain(ctx, workspaceId)).providers;
  }
  if (providers.length === 0) throw new AiNotConfigured('There is nothing to test');
  const results = await Promise.all(
    providers.map(async (provider) => {
      const started = Date.now();
      try {
        const result = await provider.generateText({
          prompt: 'Reply with the single word OK.',
          maxOutputTokens: 16,
          temperature: 0,
        });
        const latencyMs = Date.now() - started;
        await recordUsage(ctx, workspaceId, {
          provider: provider.kind,
          model: result.model || provider.model,
          prompt: PROMPT,
          ...result.usage,
          latencyMs,
          outcome: 'ok',
          error: null,
        });
        return {
          kind: provider.kind,
          model: result.model || provider.model,
          ok: true,
          latencyMs,
          reply: result.text.slice(0, 200),
          error: null,
        };
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error;
        const latencyMs = Date.now() - started;
        await recordUsage(ctx, workspaceId, {
          provider: provider.kind,
          model: provider.model,
          prompt: PROMPT,
          inputTokens: 0,
          outputTokens: 0,
          latencyMs,
          outcome: outcomeOf(error),
          error: error.message.slice(0, 500),
        });
        return { kind: provider.kind, model: provider.model, ok: false, latencyMs, reply: null, error: error.message };
      }
    }),
  );
  return { results };
}
