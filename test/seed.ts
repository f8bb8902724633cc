/**
 * Factories that write straight to D1 (and R2) what the API would have written — no HTTP,
 * no queues, no password hash per user. Rows follow worker/db/schema and the services that
 * write them; secrets are hashed and tokens signed with the app's own helpers. Each factory
 * writes at once, or adds its rows to a Batch the caller writes (seedWorld: three batches).
 * test/seed.test.ts reads every seeded thing back through the API and compares the rows with
 * the ones the API writes, so the seed cannot drift.
 */
import { env } from 'cloudflare:workers';
import { inject } from 'vitest';
import { feedToReadResult, parseFeed } from '../worker/connectors/readers/feed';
import { parseListing, REDDIT_WEB } from '../worker/connectors/readers/reddit/parse-listing';
import { API_KEY_PREFIX } from '../worker/core/http/api-key-auth';
import { type ApiKey, apiKeys } from '../worker/db/schema/api-keys';
import { type BrandVoice, brandVoices } from '../worker/db/schema/brand-voices';
import { type Invitation, invitations } from '../worker/db/schema/invitations';
import type { Job } from '../worker/db/schema/jobs';
import { memberships } from '../worker/db/schema/memberships';
import { refreshTokens } from '../worker/db/schema/refresh-tokens';
import { type User, users } from '../worker/db/schema/users';
import { type Workspace, workspaces } from '../worker/db/schema/workspaces';
import { accessTokenFor, mintRefreshToken } from '../worker/features/identity/session';
import { INVITATION_TTL_MS } from '../worker/features/members/add';
import { randomToken, sha256Hex } from '../worker/lib/crypto';
import { randomAlphanumeric } from '../worker/lib/crypto-alnum';
import { newId } from '../worker/lib/ids';
import type { Role } from '../worker/lib/roles';
import { type TestUser, uniqueEmail } from './factories';
import { seedSource } from './seed-content';
import { seedExport } from './seed-export';
import { seedMedia } from './seed-media';
import { seedDraftPost, seedWebhookAccount } from './seed-publishing';
import { Batch, into } from './seed-rows';
import { seedWebhook } from './seed-webhooks';
import { fixtureFeedUrl } from './sources';

/** PASSWORD, hashed once per test run by test/global-setup.ts with the app's own hashPassword. */
function passwordHash(): string {
  const hash = inject('passwordHash');
  if (!hash) throw new Error('test/global-setup.ts provides passwordHash; is it configured?');
  return hash;
}

/**
 * An account as sign-up leaves it — its users row and a session (refresh token row, signed
 * access token) — acting in `workspaceId`. Its password is PASSWORD.
 */
export function seedUser(workspaceId: string, batch?: Batch): Promise<TestUser> {
  return into(batch, async (b) => {
    const now = new Date();
    const user: User = {
      id: newId('usr', now.getTime()),
      email: uniqueEmail(),
      name: 'Test User',
      passwordHash: passwordHash(),
      createdAt: now,
      updatedAt: now,
    };
    const refresh = await mintRefreshToken(user.id);
    b.add(b.db.insert(users).values(user), b.db.insert(refreshTokens).values(refresh.row));
    return {
      id: user.id,
      email: user.email,
      token: await accessTokenFor(env, user.id),
      workspaceId,
      cookie: `cn_refresh=${refresh.token}`,
    };
  });
}

/**
 * `user` added to `owner`'s workspace with `role`, as the API does it: every addition is an
 * invitation (addMember), accepted by the invitee (acceptInvitation / sign-up with its token).
 */
export function seedMembership(owner: TestUser, user: TestUser, role: Role, batch?: Batch): Promise<TestUser> {
  return into(batch, async (b) => {
    const now = new Date();
    const invitation: Invitation = {
      id: newId('inv', now.getTime()),
      workspaceId: owner.workspaceId,
      email: user.email,
      role,
      tokenHash: await sha256Hex(randomToken(32)),
      invitedBy: owner.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      acceptedAt: now,
      revokedAt: null,
    };
    b.add(
      b.db.insert(invitations).values(invitation),
      b.db.insert(memberships).values({ workspaceId: owner.workspaceId, userId: user.id, role, createdAt: now }),
    );
    b.audit(owner, 'invitation.created', { type: 'invitation', id: invitation.id }, { email: user.email, role });
    b.audit(user, 'invitation.accepted', { type: 'user', id: user.id }, { role, invitationId: invitation.id });
    return { ...user, workspaceId: owner.workspaceId };
  });
}

/** A user who signed up with a workspace of their own, which they own. */
export function seedOwner(workspaceName = 'Test Workspace', batch?: Batch): Promise<TestUser> {
  return into(batch, async (b) => {
    const now = new Date();
    const workspace: Workspace = {
      id: newId('ws', now.getTime()),
      name: workspaceName,
      requireAltText: false,
      createdAt: now,
      updatedAt: now,
    };
    const owner = await seedUser(workspace.id, b);
    b.add(
      b.db.insert(workspaces).values(workspace),
      b.db.insert(memberships).values({ workspaceId: workspace.id, userId: owner.id, role: 'owner', createdAt: now }),
    );
    b.audit(owner, 'workspace.created', { type: 'workspace', id: workspace.id });
    b.audit(owner, 'user.signed_up', { type: 'user', id: owner.id });
    return owner;
  });
}

/** An API key as createApiKey stores it (SHA-256 of the key, its first 10 characters shown); the key is returned once. */
export function seedApiKey(owner: TestUser, role: Role, batch?: Batch): Promise<{ id: string; key: string }> {
  return into(batch, async (b) => {
    const key = API_KEY_PREFIX + randomAlphanumeric(40);
    const now = new Date();
    const row: ApiKey = {
      id: newId('key', now.getTime()),
      workspaceId: owner.workspaceId,
      name: 'test key',
      role,
      prefix: key.slice(0, 10),
      keyHash: await sha256Hex(key),
      createdBy: owner.id,
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    b.add(b.db.insert(apiKeys).values(row));
    b.audit(owner, 'api_key.created', { type: 'api_key', id: row.id }, { name: row.name, role });
    return { id: row.id, key };
  });
}

/** A pending invitation of an address with no account yet, as addMember writes it. */
export function seedInvitation(owner: TestUser, role: Role = 'viewer', batch?: Batch): Promise<Invitation> {
  return into(batch, async (b) => {
    const now = new Date();
    const invitation: Invitation = {
      id: newId('inv', now.getTime()),
      workspaceId: owner.workspaceId,
      email: uniqueEmail(),
      role,
      tokenHash: await sha256Hex(randomToken(32)),
      invitedBy: owner.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      acceptedAt: null,
      revokedAt: null,
    };
    b.add(b.db.insert(invitations).values(invitation));
    b.audit(owner, 'invitation.created', { type: 'invitation', id: invitation.id }, { email: invitation.email, role });
    return invitation;
  });
}

/** A manual brand voice, as POST brand-voices writes it. */
export function seedBrandVoice(owner: TestUser, batch?: Batch): Promise<BrandVoice> {
  return into(batch, async (b) => {
    const now = new Date();
    const voice: BrandVoice = {
      id: newId('bv', now.getTime()),
      workspaceId: owner.workspaceId,
      name: 'House style',
      description: 'Warm, direct, no jargon.',
      dos: ['Use "you"'],
      donts: [],
      examples: ['Hi!'],
      origin: 'manual',
      learnedFrom: null,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    };
    b.add(b.db.insert(brandVoices).values(voice));
    b.audit(
      owner,
      'brand_voice.created',
      { type: 'brand_voice', id: voice.id },
      { name: voice.name, origin: 'manual' },
    );
    return voice;
  });
}

/** Fixture answers, fetched once per test file: they are the same for every world. */
const fetched = new Map<string, Promise<{ text: string; etag: string | null; lastModified: string | null }>>();
function fetchOnce(url: string) {
  let answer = fetched.get(url);
  if (!answer) {
    answer = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`seed: ${url} answered ${res.status}`);
      return { text: await res.text(), etag: res.headers.get('ETag'), lastModified: res.headers.get('Last-Modified') };
    });
    fetched.set(url, answer);
  }
  return answer;
}

/** The fixture feed (test/fixtures/pipeline/feed.xml) as the feed reader returns it, parsed by its parser. */
export async function fixtureFeedRead(url = fixtureFeedUrl()) {
  // Every world's feed has a path of its own; the answer is the same file.
  const { text, etag, lastModified } = await fetchOnce(`${env.FIXTURE_ORIGIN}/files/pipeline/feed.xml`);
  return { ...feedToReadResult(parseFeed(text, url)), etag, lastModified };
}

/** The recorded r/typescript listing, its posts without images (an image would be fetched from Reddit's CDN). */
export async function fixtureRedditRead() {
  const { text } = await fetchOnce(`${env.FIXTURE_ORIGIN}/files/recorded/reddit/hot.json`);
  const items = parseListing(JSON.parse(text)).filter((item) => item.imageUrl === null);
  return { items, source: { title: 'r/typescript', url: `${REDDIT_WEB}/r/typescript/` } };
}

/** Where a seeded world's rows came from, for checking them against the API. */
/** A workspace with one member of each role and one of each kind of resource. */
export interface World {
  workspaceId: string;
  owner: TestUser;
  admin: TestUser;
  editor: TestUser;
  viewer: TestUser;
  invitationId: string;
  apiKeyId: string;
  jobId: string;
  sourceId: string;
  contentId: string;
  brandVoiceId: string;
  /** A webhook target, and a draft post to it. */
  accountId: string;
  postId: string;
  /** A workspace webhook (events, not posts), subscribed to every event. */
  webhookId: string;
  /** A file in the media library (a 16×16 PNG), used by no post. */
  mediaId: string;
  /** A feed that is not yet a source of the world, for creating one. */
  feedUrl: string;
}

export interface SeededWorld extends World {
  apiKey: string;
  invitation: Invitation;
  brandVoice: BrandVoice;
  redditSourceId: string;
  exportJob: Job;
}

/**
 * The world of test/world.ts, seeded: an owner, an admin, an editor and a viewer; a pending
 * invitation; a viewer API key; a finished export with its file; a feed source read once
 * (items, a stored image, local analyses) and a subreddit read twice (metric snapshots);
 * a brand voice; a webhook target with a draft post to it; a workspace webhook; a PNG in the media library. Each piece has the audit entry its
 * action writes.
 */
export async function seedWorld(): Promise<SeededWorld> {
  const batch = new Batch();
  const owner = await seedOwner('World', batch);
  const admin = await seedMembership(owner, await seedUser(owner.workspaceId, batch), 'admin', batch);
  const editor = await seedMembership(owner, await seedUser(owner.workspaceId, batch), 'editor', batch);
  const viewer = await seedMembership(owner, await seedUser(owner.workspaceId, batch), 'viewer', batch);
  const invitation = await seedInvitation(owner, 'viewer', batch);
  const key = await seedApiKey(owner, 'viewer', batch);
  // The export reads the workspace as it stands, so it writes the batch so far.
  const exportJob = await seedExport(owner, batch);
  const feedUrl = fixtureFeedUrl();
  const [feedRead, redditRead] = await Promise.all([fixtureFeedRead(feedUrl), fixtureRedditRead()]);
  const feed = await seedSource({ owner, type: 'feed', config: { url: feedUrl }, read: feedRead }, batch);
  const reddit = await seedSource(
    { owner, type: 'reddit', config: { subreddit: 'typescript', sort: 'hot' }, read: redditRead, reads: 2 },
    batch,
  );
  const brandVoice = await seedBrandVoice(owner, batch);
  const account = await seedWebhookAccount(owner, batch);
  const post = await seedDraftPost(owner, account, batch);
  const webhook = await seedWebhook(owner, batch);
  const file = await seedMedia(owner, batch);
  await batch.write();
  // The item with a stored image, so every content route has something to answer.
  const content = feed.items.find((item) => item.imageKey) ?? feed.items[0];
  return {
    workspaceId: owner.workspaceId,
    owner,
    admin,
    editor,
    viewer,
    invitationId: invitation.id,
    invitation,
    apiKeyId: key.id,
    apiKey: key.key,
    jobId: exportJob.id,
    exportJob,
    sourceId: feed.source.id,
    redditSourceId: reddit.source.id,
    contentId: content?.id ?? '',
    brandVoiceId: brandVoice.id,
    brandVoice,
    accountId: account.id,
    postId: post.id,
    webhookId: webhook.id,
    mediaId: file.id,
    feedUrl: fixtureFeedUrl(),
  };
}
