/**
 * Seeding for `npm run bench publish`: scheduled posts written straight into wrangler dev's
 * local D1 (the API takes minutes for ten thousand targets; the bench measures how fast that
 * is and says so), as rows exactly like those POST /posts writes (features/publishing/
 * create-post.ts): the post, its targets (status `scheduled`, the due time copied, `parts`
 * holding each part's idempotency key), one `scheduled` event per target and the post's
 * `post.created` audit entry. The targets' keys are the webhook publisher's:
 * `crowsnest-<targetId>-<index>` (connectors/publishers/webhook.ts newKey).
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/local-env.mjs';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Rows per INSERT statement, and targets per file given to one `wrangler d1 execute`. */
const ROWS_PER_INSERT = 100;
const TARGETS_PER_FILE = 5000;

/** A prefixed ULID as lib/ids.ts makes them: 10 digits of milliseconds, 16 random. */
export function ulid(prefix, now) {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (let i = 0; i < 16; i++) rand += CROCKFORD[randomInt(i === 0 ? 16 : 32)];
  return `${prefix}_${time}${rand}`;
}

/** The webhook publisher's key for part `index` of a target. */
export const webhookKey = (targetId, index) => `crowsnest-${targetId}-${index}`;

const sql = (value) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;

function inserts(table, columns, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((row) => `(${row.map(sql).join(',')})`);
    out.push(`INSERT INTO ${table} (${columns.join(',')}) VALUES\n${values.join(',\n')};`);
  }
  return out;
}

/**
 * The rows of `targetCount` targets due at `scheduledAt`, `perPost` to a post, each post's
 * targets on consecutive accounts (round robin over `accountIds`, so the accounts share the
 * load evenly). Returns the SQL files' texts and every target's key.
 */
export function seedSql({ workspaceId, userId, accountIds, targetCount, perPost, scheduledAt, body }) {
  const files = [];
  const keys = [];
  let next = 0;
  while (next < targetCount) {
    const posts = [];
    const targets = [];
    const events = [];
    const audits = [];
    const fileEnd = Math.min(targetCount, next + TARGETS_PER_FILE);
    while (next < fileEnd) {
      const now = Date.now();
      const postId = ulid('post', now);
      const count = Math.min(perPost, fileEnd - next);
      posts.push([postId, workspaceId, body, '[]', 'scheduled', scheduledAt, userId, now, now]);
      for (let i = 0; i < count; i++, next++) {
        const id = ulid('tgt', now);
        const accountId = accountIds[next % accountIds.length];
        const parts = JSON.stringify([{ key: webhookKey(id, 0) }]);
        keys.push(webhookKey(id, 0));
        targets.push([id, workspaceId, postId, accountId, null, 'scheduled', scheduledAt, parts, 0, now, now, now]);
        events.push([ulid('pev', now), workspaceId, postId, id, 'scheduled', null, now]);
      }
      const metadata = JSON.stringify({ status: 'scheduled', targets: count });
      audits.push([ulid('aud', now), workspaceId, 'user', userId, 'post.created', 'post', postId, metadata, now]);
    }
    files.push(
      [
        ...inserts(
          'posts',
          ['id', 'workspace_id', 'body', 'thread', 'status', 'scheduled_at', 'created_by', 'created_at', 'updated_at'],
          posts,
        ),
        ...inserts(
          'post_targets',
          [
            'id',
            'workspace_id',
            'post_id',
            'account_id',
            'body',
            'status',
            'scheduled_at',
            'parts',
            'attempts',
            'state_at',
            'created_at',
            'updated_at',
          ],
          targets,
        ),
        ...inserts('post_events', ['id', 'workspace_id', 'post_id', 'target_id', 'status', 'reason', 'at'], events),
        ...inserts(
          'audit_log',
          [
            'id',
            'workspace_id',
            'actor_type',
            'actor_id',
            'action',
            'target_type',
            'target_id',
            'metadata',
            'created_at',
          ],
          audits,
        ),
      ].join('\n'),
    );
  }
  return { files, keys };
}

/** Runs `wrangler d1 execute DB --local` on the server's state with a file or a command; returns its JSON results. */
export function d1(server, what) {
  const dir = mkdtempSync(join(tmpdir(), 'crowsnest-seed-'));
  try {
    let source;
    if (what.file !== undefined) {
      const file = join(dir, 'seed.sql');
      writeFileSync(file, what.file);
      source = ['--file', file];
    } else source = ['--command', what.command];
    const result = spawnSync(
      'npx',
      [
        'wrangler',
        'd1',
        'execute',
        'DB',
        '--local',
        '--persist-to',
        server.state,
        ...server.configArgs,
        ...source,
        '--json',
        '--yes',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0) throw new Error(`wrangler d1 execute failed:\n${result.stdout}\n${result.stderr}`);
    return JSON.parse(result.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
