import { DEFAULT_PLATFORM, type GenerationKind } from '../../ai/prompts/generate';
import { platformLimits, type WriteLimits, writtenLength } from '../../ai/prompts/limits';
import { GENERATION_PLATFORMS, type GenerationPlatform, platformLabel, platformSpec } from '../../connectors/platforms';
import type { ServiceContext } from '../../core/context';
import { InvalidRequest } from '../../core/http/errors';
import { findAccount } from '../publishing/accounts';

export interface LimitsRequest {
  kind: GenerationKind;
  platform?: GenerationPlatform | undefined;
  accountId?: string | undefined;
  maxLength?: number | undefined;
  text?: string | undefined;
}

function isGenerationPlatform(id: string): id is GenerationPlatform {
  return GENERATION_PLATFORMS.some((platform) => platform === id);
}

/**
 * Where the text goes and what it must fit: a connected account's own limits, counted as its
 * server counts (a Mastodon server's length, links as 23), else the platform's documented
 * ones; `maxLength` may only tighten them. The platform is the account's where AI writing
 * knows it, else the one asked for or the kind's usual one (its conventions, not its limits).
 */
export async function resolveLimits(
  ctx: ServiceContext,
  workspaceId: string,
  request: LimitsRequest,
): Promise<{ platform: GenerationPlatform; limits: WriteLimits }> {
  const account = request.accountId ? await findAccount(ctx, workspaceId, request.accountId) : null;
  if (request.kind === 'shorten' && !account && !request.platform)
    throw new InvalidRequest('Shortening needs a limit to shorten to: give accountId or platform.', {
      errors: [{ path: 'accountId', message: 'Required for kind "shorten" unless platform is given.' }],
    });
  const platform =
    request.platform ??
    (account && isGenerationPlatform(account.platform) ? account.platform : DEFAULT_PLATFORM[request.kind]);
  const limits: WriteLimits = account
    ? {
        label: `${platformLabel(account.platform)} (${account.handle})`,
        maxLength: account.limits.maxChars,
        maxHashtags: platformSpec(account.platform)?.post?.maxHashtags ?? null,
        countsBy: account.limits.countsBy,
        urlLength: account.limits.urlLength,
      }
    : platformLimits(platform);
  if (request.maxLength !== undefined) {
    if (limits.maxLength !== null && request.maxLength > limits.maxLength)
      throw new InvalidRequest(`${limits.label} allows ${limits.maxLength} characters; maxLength cannot be more.`, {
        errors: [{ path: 'maxLength', message: `At most ${limits.maxLength}.` }],
      });
    limits.maxLength = request.maxLength;
  }
  if (request.kind === 'shorten' && limits.maxLength === null)
    throw new InvalidRequest(`${limits.label} sets no length: give maxLength to shorten to.`, {
      errors: [{ path: 'maxLength', message: `Required for kind "shorten" on ${limits.label}.` }],
    });
  // Nothing to shorten: said before any tokens are spent.
  if (request.kind === 'shorten' && request.text !== undefined && limits.maxLength !== null) {
    const length = writtenLength(request.text, limits);
    if (length <= limits.maxLength)
      throw new InvalidRequest(
        `The text is ${length} characters: it fits ${limits.label} (${limits.maxLength}) as it is.`,
        {
          errors: [{ path: 'text', message: `Already within ${limits.maxLength} characters.` }],
        },
      );
  }
  return { platform, limits };
}
