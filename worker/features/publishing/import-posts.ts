import { eq } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { AppError, type FieldError } from '../../core/http/errors';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { canonicalTimeZone, isValidWallTime, zonedToUtc } from '../../lib/zoned-time';
import { type ImportColumn, type ImportRow, parseImport } from './import-csv';
import { insertPostRows, type NewPost, newPostRows, type PostRows } from './post-rows';
import { CreatePost, SCHEDULE_GRACE_MS } from './schemas';
import { targetProblems } from './validate-post';

/** What is wrong with one row, by column (null: the row as a whole). */
export interface RowReport {
  row: number;
  errors: { column: ImportColumn | null; message: string }[];
}

/** An import with rejected rows: nothing was stored; `rows` says which and why. */
export class ImportRejected extends AppError {
  readonly status = 422;
  readonly slug = 'import-rejected';
  readonly title = 'Import rejected';
  override readonly extensions: { rows: RowReport[] };
  constructor(rows: RowReport[]) {
    super(`${rows.length} row${rows.length === 1 ? '' : 's'} cannot be imported; nothing was imported.`);
    this.extensions = { rows };
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;
const THREAD_BREAK = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** An import's `scheduled_at`: local wall-clock time in `zone`, or an instant with its offset. */
function instantOf(value: string, zone: string | null): Date | string {
  const local = LOCAL.exec(value);
  if (local) {
    if (!zone) return 'Give a time zone (time_zone or ?timeZone=) for a local time.';
    const [year, month, day, hour, minute] = local.slice(1).map(Number) as [number, number, number, number, number];
    const wall = { year, month, day, hour, minute };
    if (!isValidWallTime(wall)) return 'This date does not exist.';
    return zonedToUtc(wall, zone);
  }
  const parsed = CreatePost.shape.scheduledAt.safeParse(value);
  if (!parsed.success || parsed.data === undefined) {
    return 'Give YYYY-MM-DD HH:MM, or an ISO 8601 date-time with its offset.';
  }
  return new Date(parsed.data);
}

/** Which column a field error of CreatePost or targetProblems is about. */
function columnOf(path: string): ImportColumn | null {
  if (path.startsWith('targets')) return path.endsWith('.body') ? 'body' : 'accounts';
  if (path.startsWith('thread')) return 'thread';
  if (path.startsWith('scheduledAt')) return 'scheduled_at';
  if (path.startsWith('body')) return 'body';
  return null;
}

/** Finds an account by id, or by handle (`@` and case aside) when that handle is one account's. */
function accountFinder(accounts: readonly SocialAccount[]) {
  const byHandle = new Map<string, SocialAccount[]>();
  for (const account of accounts) {
    const key = account.handle.toLowerCase();
    byHandle.set(key, [...(byHandle.get(key) ?? []), account]);
  }
  return (name: string): SocialAccount | string => {
    const byId = accounts.find((a) => a.id === name);
    if (byId) return byId;
    const found = byHandle.get(name.replace(/^@/, '').toLowerCase()) ?? [];
    if (found.length > 1) return `More than one account is @${name.replace(/^@/, '')}; give its id.`;
    return found[0] ?? `No account ${name} in this workspace.`;
  };
}

/** One row checked as POST …/posts checks a post: the post to write, or what is wrong. */
function checkRow(
  { fields, width }: ImportRow,
  find: ReturnType<typeof accountFinder>,
  defaultZone: string | null,
  now: Date,
): NewPost | RowReport['errors'] {
  const errors: RowReport['errors'] = [];
  if (width !== undefined)
    errors.push({ column: null, message: `This row has ${width} fields; the header has a different number.` });
  const names = (fields.accounts ?? '')
    .split('|')
    .map((n) => n.trim())
    .filter(Boolean);
  const targets: SocialAccount[] = [];
  for (const name of names) {
    const found = find(name);
    if (typeof found === 'string') errors.push({ column: 'accounts', message: found });
    else targets.push(found);
  }
  const zoneField = fields.time_zone?.trim() ?? '';
  const zone = zoneField ? canonicalTimeZone(zoneField) : defaultZone;
  const badZone = zoneField !== '' && !zone;
  if (badZone) errors.push({ column: 'time_zone', message: 'Give an IANA time zone, such as Europe/Berlin.' });
  const when = fields.scheduled_at?.trim() ?? '';
  let scheduledAt: Date | null = null;
  // With the zone wrong the time cannot be read: the zone's error is the one to fix.
  if (when && !badZone) {
    const at = instantOf(when, zone);
    if (typeof at === 'string') errors.push({ column: 'scheduled_at', message: at });
    else if (at.getTime() < now.getTime() - SCHEDULE_GRACE_MS) {
      errors.push({ column: 'scheduled_at', message: 'This time has passed; choose a later one.' });
    } else scheduledAt = at;
  }
  const threadText = fields.thread?.trim() ?? '';
  const thread = threadText ? threadText.split(THREAD_BREAK).map((part) => ({ body: part.trim() })) : [];
  const input = { body: fields.body ?? '', targets: targets.map((a) => ({ accountId: a.id })), thread };
  const shape = CreatePost.safeParse(input);
  const problems: FieldError[] = shape.success
    ? targetProblems(input.body, thread, input.targets, new Map(targets.map((a) => [a.id, a])))
    : shape.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  // "Choose at least one account" stands for the names that were not found, when some were given.
  for (const problem of problems) {
    if (names.length > 0 && problem.path === 'targets') continue;
    errors.push({ column: columnOf(problem.path), message: problem.message });
  }
  return errors.length > 0 ? errors : { ...input, scheduledAt };
}

/**
 * Imports posts from CSV (import-csv.ts says the columns): every row checked as POST …/posts
 * checks a post, then all written in one D1 batch — one transaction — or, if any row is
 * rejected, none, with a report of every rejected row.
 */
export async function importPosts(
  ctx: ServiceContext,
  workspaceId: string,
  csv: string,
  options: { timeZone: string | null; createdBy: string | null },
): Promise<{ imported: number; posts: { id: string; row: number }[] }> {
  const rows = parseImport(csv);
  const accounts = await ctx.db.select().from(socialAccounts).where(eq(socialAccounts.workspaceId, workspaceId));
  const find = accountFinder(accounts);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const now = new Date();
  const rejected: RowReport[] = [];
  const built: { row: number; rows: PostRows }[] = [];
  for (const row of rows) {
    const checked = checkRow(row, find, options.timeZone, now);
    if (Array.isArray(checked)) rejected.push({ row: row.row, errors: checked });
    else built.push({ row: row.row, rows: newPostRows(workspaceId, checked, byId, options.createdBy, now) });
  }
  if (rejected.length > 0) throw new ImportRejected(rejected);
  await commitWithAudit(
    ctx,
    insertPostRows(
      ctx.db,
      built.map((b) => b.rows),
    ),
    {
      workspaceId,
      action: 'post.imported',
      metadata: {
        posts: built.length,
        scheduled: built.filter((b) => b.rows.post.status === 'scheduled').length,
      },
    },
  );
  return { imported: built.length, posts: built.map((b) => ({ id: b.rows.post.id, row: b.row })) };
}
