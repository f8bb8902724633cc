import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fixtureModel, usageRows, useProviders } from '../../../test/ai';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { seedAccountWithLimits } from '../../../test/seed-post-media';
import { snapshot } from '../../../test/world';
import type { AccountLimits } from '../../lib/account-limits';
import { postLength } from '../../lib/post-length';
import { sealCredentials } from '../publishing/accounts';

const generateUrl = (user: TestUser) => `/api/v1/workspaces/${user.workspaceId}/ai/generate`;

const MASTODON: AccountLimits = { maxChars: 500, countsBy: 'characters', urlLength: 23, maxImages: 4, maxVideos: 1 };
const BLUESKY: AccountLimits = { maxChars: 300, countsBy: 'graphemes', maxImages: 4, maxVideos: 1 };

/** A connected account with the limits its server reported, as POST accounts stores it. */
async function seedAccount(owner: TestUser, platform: 'mastodon' | 'bluesky', limits: AccountLimits) {
  return seedAccountWithLimits(owner, platform, limits, {
    name: `Harbour bakery (${platform})`,
    handle: platform === 'mastodon' ? 'bakery@social.example' : 'bakery.bsky.social',
    serviceUrl: platform === 'mastodon' ? 'https://social.example' : 'https://bsky.social',
    credentials: await sealCredentials(env, { accessToken: 'seeded' }),
  });
}

const LINK =
  'https://harbour-bakery.example/shop/winter-rye-2026/pre-order?utm_source=crowsnest&utm_medium=social&utm_campaign=winter-rye-launch-week';
/** 654 characters on Mastodon (the link as 23), 767 graphemes. */
const LONG = `Our winter rye is finally back at the harbour bakery, and we could not be happier about it. We bake it the old way with a ten-year-old starter that has never once let us down, whole rye flour from a small mill two valleys over, a generous handful of caraway and a long, slow, cold proof overnight, so the crumb stays moist for a whole week and the crust keeps its snap long after you bring it home. Loaves come out of the oven every Friday and Saturday morning from seven o'clock, and they tend to go quickly, while they last. If you would like one, pre-order yours online and we will happily keep one back for you at the counter: ${LINK}`;

const RYE =
  'Our winter rye is back at the harbour bakery! Pre-order a loaf at https://harbour-bakery.example/rye and say hi to @miller.bsky.social #sourdough #rye';

interface Result {
  provider: string;
  platform: string;
  limits: { label: string; maxLength: number | null; countsBy: string; urlLength?: number };
  items: { text: string; characters: number; problems: string[]; hashtags?: string[] }[];
  note?: string;
}

describe('shortening a text', () => {
  it("shortens to a Mastodon account's limit, counting a link as 23 as Mastodon does", async () => {
    const owner = await signUp();
    const account = await seedAccount(owner, 'mastodon', MASTODON);
    const shortener = fixtureModel('shortener');
    await useProviders(owner, [{ kind: 'openai', baseUrl: shortener.baseUrl }]);
    expect(postLength(LONG, MASTODON)).toBe(654);
    const answer = await json<Result>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'shorten', text: LONG, accountId: account.id },
      }),
    );
    expect(answer.limits).toEqual({
      label: 'Mastodon (bakery@social.example)',
      maxLength: 500,
      maxHashtags: null,
      countsBy: 'characters',
      urlLength: 23,
    });
    const [item] = answer.items;
    // 501 graphemes, but 388 as Mastodon counts: it fits.
    expect([...(item?.text ?? '')].length).toBe(501);
    expect(item).toMatchObject({ characters: 388, problems: [] });
    expect(item?.text).toContain(LINK);
    const [sent] = await shortener.sent();
    expect(sent?.body).toContain('from its 654 characters to at most 500');
    expect(sent?.body).toContain('every link counts as 23 characters');
    expect(sent?.body).toContain(`Keep these exactly as written: ${LINK}`);
  });

  it('sends back an answer over the limit as the platform counts it: Threads counts graphemes', async () => {
    const owner = await signUp();
    const shortener = fixtureModel('shortener');
    await useProviders(owner, [{ kind: 'openai', baseUrl: shortener.baseUrl }]);
    const problem = await expectProblem(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'shorten', text: LONG, platform: 'threads' },
      }),
      503,
    );
    expect(problem.detail).toContain('501 characters; Threads allows 500');
    // Shown what was wrong once, then the provider is given up on.
    const [, repair] = await shortener.sent();
    expect(repair?.body).toContain('Threads allows 500');
    expect((await usageRows(owner.workspaceId)).map((row) => row.outcome)).toEqual([
      'invalid_output',
      'invalid_output',
    ]);
  });

  it('refuses, before asking anyone, a text already within the limit, a shorten with no limit, or a looser maxLength', async () => {
    const owner = await signUp();
    const account = await seedAccount(owner, 'bluesky', BLUESKY);
    const shortener = fixtureModel('shortener');
    await useProviders(owner, [{ kind: 'openai', baseUrl: shortener.baseUrl }]);
    const before = await snapshot();
    const fits = await expectProblem(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'shorten', text: '🦜'.repeat(300), accountId: account.id },
      }),
      400,
    );
    expect(fits.detail).toContain('fits Bluesky (bakery.bsky.social) (300)');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'shorten', text: LONG }, 'accountId'],
      [{ kind: 'shorten', text: LONG, platform: 'blog' }, 'maxLength'],
      [{ kind: 'shorten', text: LONG, accountId: account.id, maxLength: 301 }, 'maxLength'],
      [{ kind: 'shorten', platform: 'x' }, 'text'],
      [{ kind: 'rewrite', text: '   ', platform: 'x' }, 'text'],
    ];
    for (const [body, path] of cases) {
      const problem = await expectProblem(await call(generateUrl(owner), { token: owner.token, body }), 400);
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect(await shortener.sent()).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("answers another workspace's account as if it did not exist", async () => {
    const victim = await signUp();
    const attacker = await signUp();
    const account = await seedAccount(victim, 'mastodon', MASTODON);
    await expectProblem(
      await call(generateUrl(attacker), {
        token: attacker.token,
        body: { kind: 'shorten', text: LONG, accountId: account.id },
      }),
      404,
    );
  });
});

describe('rewriting a text', () => {
  it('rewords it for the account, keeping its link, mention and hashtags', async () => {
    const owner = await signUp();
    const account = await seedAccount(owner, 'bluesky', BLUESKY);
    const rewriter = fixtureModel('rewriter');
    await useProviders(owner, [{ kind: 'openai', baseUrl: rewriter.baseUrl }]);
    const answer = await json<Result>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'rewrite', text: RYE, accountId: account.id },
      }),
    );
    expect(answer.platform).toBe('bluesky');
    expect(answer.items[0]?.text).toContain('https://harbour-bakery.example/rye');
    expect(answer.items[0]?.problems).toEqual([]);
    const [sent] = await rewriter.sent();
    expect(sent?.body).toContain(
      'Keep these exactly as written: https://harbour-bakery.example/rye @miller.bsky.social #sourdough #rye',
    );
    expect(sent?.body).toContain('at most 300 characters, emoji and spaces included');
  });

  it('sends back a rewrite that lost the link, and gives up after the repair', async () => {
    const owner = await signUp();
    const dropper = fixtureModel('rewriter-dropping-link');
    await useProviders(owner, [{ kind: 'openai', baseUrl: dropper.baseUrl }]);
    const problem = await expectProblem(
      await call(generateUrl(owner), { token: owner.token, body: { kind: 'rewrite', text: RYE, platform: 'x' } }),
      503,
    );
    expect(problem.detail).toContain('Keep https://harbour-bakery.example/rye exactly as written');
    const [, repair] = await dropper.sent();
    expect(repair?.body).toContain('Your previous answer was');
  });

  it('without a provider answers that one is needed, and changes nothing', async () => {
    const owner = await signUp();
    const before = await snapshot();
    for (const kind of ['rewrite', 'shorten']) {
      const problem = await expectProblem(
        await call(generateUrl(owner), { token: owner.token, body: { kind, text: LONG, platform: 'x' } }),
        409,
      );
      expect(problem.type).toContain('ai-not-configured');
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('hashtags for a text', () => {
  it('come from the text with the local engine, never repeating one the text has', async () => {
    const owner = await signUp();
    const answer = await json<Result>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: {
          kind: 'hashtags',
          platform: 'instagram',
          variants: 2,
          text: 'Sourdough starter tips for home bakers: feeding schedules, flour choice and starter hydration. #sourdough',
        },
      }),
    );
    expect(answer.provider).toBe('local');
    expect(answer.note).toContain("from the text's keyphrases");
    expect(answer.items).toHaveLength(2);
    for (const item of answer.items) {
      expect(item.hashtags?.length).toBeGreaterThan(0);
      expect(item.hashtags?.map((tag) => tag.toLowerCase())).not.toContain('#sourdough');
      // One of Instagram's 30 is taken by the text's own.
      expect(item.hashtags?.length).toBeLessThanOrEqual(10);
    }
    expect(answer.items[0]?.hashtags?.join(' ').toLowerCase()).toContain('starter');
  });

  it('leave no room where the platform allows no more tags than the text has', async () => {
    const owner = await signUp();
    const answer = await json<Result>(
      await call(generateUrl(owner), {
        token: owner.token,
        body: { kind: 'hashtags', platform: 'threads', text: 'Fresh rye every Friday at the harbour. #bakery' },
      }),
    );
    expect(answer.items).toEqual([]);
  });
});
