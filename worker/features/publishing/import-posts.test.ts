import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { seedWebhookAccount } from '../../../test/seed-publishing';
import { createDb } from '../../db/client';
import { socialAccounts } from '../../db/schema/social-accounts';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

interface Post {
  id: string;
  status: string;
  body: string;
  thread: { body: string }[];
  scheduledAt: string | null;
  targets: { accountId: string; status: string }[];
}
interface Report {
  detail: string;
  rows: { row: number; errors: { column: string | null; message: string }[] }[];
}

function importCsv(user: TestUser, csv: string, query = '', contentType = 'text/csv; charset=utf-8') {
  return call(ws(user, `/posts/import${query}`), {
    method: 'POST',
    token: user.token,
    body: csv,
    headers: { 'Content-Type': contentType },
  });
}

/** A seeded account under a handle of its own, on a platform that takes threads (nothing is published here). */
async function threadAccount(user: TestUser, handle: string) {
  const account = await seedWebhookAccount(user);
  await createDb(env.DB)
    .update(socialAccounts)
    .set({ handle, platform: 'mastodon' })
    .where(eq(socialAccounts.id, account.id));
  return { ...account, handle };
}

async function postCount(user: TestUser): Promise<number> {
  const page = await json<{ items: unknown[] }>(await call(ws(user, '/posts?limit=100'), { token: user.token }));
  return page.items.length;
}

describe('POST …/posts/import', () => {
  it('imports every row in one go: drafts, local and offset times, threads, handles and ids', async () => {
    const user = await signUp();
    const a = await threadAccount(user, 'alice@example.social');
    const b = await threadAccount(user, 'bob@example.social');
    const csv =
      'body,accounts,scheduled_at,time_zone,thread\r\n' +
      `"A draft, with a comma",@${a.handle.toUpperCase()},,,\r\n` +
      `"Berlin morning",${a.id}|${b.id},2030-07-01 09:00,Europe/Berlin,"Reply one\n---\nReply ""two"""\r\n` +
      `Zoned by query,${b.id},2030-01-15 08:00,,\r\n` +
      `With an offset,${a.id},2030-03-01T10:00:00-05:00,,\r\n`;
    const res = await importCsv(user, csv, '?timeZone=America/New_York');
    expect(res.status, await res.clone().text()).toBe(201);
    const result = await json<{ imported: number; posts: { id: string; row: number }[] }>(res);
    expect(result.imported).toBe(4);
    expect(result.posts.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    const posts = await Promise.all(
      result.posts.map(async (p) => json<Post>(await call(ws(user, `/posts/${p.id}`), { token: user.token }))),
    );
    expect(posts.map((p) => [p.status, p.scheduledAt])).toEqual([
      ['draft', null],
      ['scheduled', '2030-07-01T07:00:00.000Z'],
      ['scheduled', '2030-01-15T13:00:00.000Z'],
      ['scheduled', '2030-03-01T15:00:00.000Z'],
    ]);
    expect(posts[0]?.body).toBe('A draft, with a comma');
    expect(posts[1]?.thread).toEqual([
      { body: 'Reply one', media: [] },
      { body: 'Reply "two"', media: [] },
    ]);
    expect(posts[1]?.targets.map((t) => t.accountId).sort()).toEqual([a.id, b.id].sort());
    expect(posts[1]?.targets.every((t) => t.status === 'scheduled')).toBe(true);
  });

  it('stores nothing when any row is rejected, and reports every rejected row by column', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const csv = [
      'body,accounts,scheduled_at,time_zone',
      `Fine,${a.id},,`,
      `Unknown account,@nobody,,`,
      `,${a.id},,`,
      `Past,${a.id},2001-01-01 10:00,UTC`,
      `Bad zone,${a.id},2030-01-01 10:00,Mars/Base`,
      `Local without zone,${a.id},2030-01-01 10:00,`,
      `Not a date,${a.id},next tuesday,UTC`,
      `Too wide,${a.id},,,extra`,
      `Two hooks share a host,@${a.handle},,`,
    ].join('\n');
    await seedWebhookAccount(user);
    const before = await postCount(user);
    const res = await importCsv(user, csv);
    const report = (await expectProblem(res, 422)) as unknown as Report;
    expect(report.detail).toContain('nothing was imported');
    expect(report.rows).toEqual([
      { row: 3, errors: [{ column: 'accounts', message: 'No account @nobody in this workspace.' }] },
      { row: 4, errors: [{ column: 'body', message: 'Write something.' }] },
      { row: 5, errors: [{ column: 'scheduled_at', message: 'This time has passed; choose a later one.' }] },
      { row: 6, errors: [{ column: 'time_zone', message: 'Give an IANA time zone, such as Europe/Berlin.' }] },
      {
        row: 7,
        errors: [{ column: 'scheduled_at', message: 'Give a time zone (time_zone or ?timeZone=) for a local time.' }],
      },
      {
        row: 8,
        errors: [
          { column: 'scheduled_at', message: 'Give YYYY-MM-DD HH:MM, or an ISO 8601 date-time with its offset.' },
        ],
      },
      {
        row: 9,
        errors: [{ column: null, message: 'This row has 5 fields; the header has a different number.' }],
      },
      { row: 10, errors: [{ column: 'accounts', message: `More than one account is @${a.handle}; give its id.` }] },
    ]);
    expect(await postCount(user)).toBe(before);
  });

  it('checks each row against its accounts’ limits as POST …/posts does', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    await createDb(env.DB)
      .update(socialAccounts)
      .set({ limits: { maxChars: 20, countsBy: 'characters', maxImages: 0, maxVideos: 0 } })
      .where(eq(socialAccounts.id, a.id));
    const csv = `body,accounts,thread\nShort,${a.id},\n${'x'.repeat(25)},${a.id},\nThreaded,${a.id},A reply\n${'y'.repeat(10_001)},${a.id},\n`;
    const report = (await expectProblem(await importCsv(user, csv), 422)) as unknown as Report;
    const label = `Webhook (${a.handle})`;
    expect(report.rows).toEqual([
      { row: 3, errors: [{ column: 'body', message: `${label} takes at most 20 characters; this is 25.` }] },
      { row: 4, errors: [{ column: 'accounts', message: `${label} does not take threads.` }] },
      { row: 5, errors: [{ column: 'body', message: 'Use at most 10,000 characters.' }] },
    ]);
    expect(await postCount(user)).toBe(0);
  });

  it('imports 500 rows as one batch, within the bound-parameter limit', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const rows = Array.from(
      { length: 500 },
      (_, i) => `Post ${i},${a.id},2031-01-01 10:${String(i % 60).padStart(2, '0')},UTC`,
    );
    const res = await importCsv(user, `body,accounts,scheduled_at,time_zone\n${rows.join('\n')}\n`);
    expect(res.status).toBe(201);
    expect((await json<{ imported: number }>(res)).imported).toBe(500);
  });

  it('refuses what is not CSV, a broken quote and a file over 1 MB', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    await expectProblem(await importCsv(user, `body,accounts\nA,${a.id}\n`, '', 'application/json'), 415);
    await expectProblem(await importCsv(user, `body,accounts\n"open,${a.id}\n`), 400);
    await expectProblem(await importCsv(user, `body,accounts\n${'a'.repeat(1_048_577)},${a.id}\n`), 413);
    await expectProblem(await importCsv(user, `body,accounts\nA,${a.id}\n`, '?timeZone=Nowhere/Land'), 400);
    expect(await postCount(user)).toBe(0);
  });
});
