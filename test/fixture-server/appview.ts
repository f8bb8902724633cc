/**
 * A small Bluesky AppView for the metrics tests, under /appview/<name>/ (each name its own
 * in-memory view): `app.bsky.feed.getPosts` and `app.bsky.actor.getProfile`, the two public
 * methods the publisher reads numbers with. The test PDS (test/pds) has no AppView, so this
 * stands in for BLUESKY_APPVIEW_BASE.
 *
 * Answers are the recorded real ones with the fields that change put in: a PostView from
 * getPosts.json (myConsciousness/atproto.dart, BSD-3-Clause; api-samples/bluesky/SOURCES.tsv)
 * and the profile of profile.json. As the AppView does (app.bsky.feed.getPosts lexicon), more
 * than 25 uris is a 400 InvalidRequest, and a uri it has no post for is left out of `posts`.
 * A test says which posts exist and their counts, and the profile's, at POST …/__control.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/recorded/bluesky');
const recorded = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const POST_VIEW = (recorded('get-posts.json').posts as Record<string, unknown>[])[0] ?? {};

type Counts = Record<string, number>;
interface View {
  /** Posts by at-uri: likeCount, repostCount, replyCount, quoteCount. */
  posts: Map<string, Counts>;
  /** followersCount, followsCount, postsCount. */
  profile: Counts;
}

const views = new Map<string, View>();

function view(name: string): View {
  let found = views.get(name);
  if (!found) {
    found = { posts: new Map(), profile: {} };
    views.set(name, found);
  }
  return found;
}

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function postView(uri: string, counts: Counts): Record<string, unknown> {
  const did = uri.match(/^at:\/\/([^/]+)\//)?.[1] ?? '';
  const author = { ...(POST_VIEW.author as Record<string, unknown>), did };
  return { ...POST_VIEW, uri, author, likeCount: 0, repostCount: 0, replyCount: 0, quoteCount: 0, ...counts };
}

/** Serves /appview/<name>/…; false when the path is not the AppView's. */
export function serveAppView(res: ServerResponse, url: URL, body: string): boolean {
  const m = url.pathname.match(/^\/appview\/([\w-]+)(\/.*)$/);
  if (!m) return false;
  const v = view(m[1] ?? '');
  const path = m[2] ?? '/';
  if (path === '/__control') {
    const sent = JSON.parse(body) as { posts?: Record<string, Counts | null>; profile?: Counts };
    for (const [uri, counts] of Object.entries(sent.posts ?? {})) {
      if (counts) v.posts.set(uri, { ...v.posts.get(uri), ...counts });
      else v.posts.delete(uri);
    }
    Object.assign(v.profile, sent.profile ?? {});
    answer(res, 204, null);
    return true;
  }
  if (path === '/xrpc/app.bsky.feed.getPosts') {
    const uris = url.searchParams.getAll('uris');
    if (uris.length > 25) {
      answer(res, 400, { error: 'InvalidRequest', message: 'Error: uris must not have more than 25 elements' });
      return true;
    }
    const posts = uris.flatMap((uri) => {
      const counts = v.posts.get(uri);
      return counts ? [postView(uri, counts)] : [];
    });
    answer(res, 200, { posts });
    return true;
  }
  if (path === '/xrpc/app.bsky.actor.getProfile') {
    const actor = url.searchParams.get('actor') ?? '';
    answer(res, 200, { ...recorded('profile.json'), did: actor, ...v.profile });
    return true;
  }
  answer(res, 501, { error: 'MethodNotImplemented', message: 'Method Not Implemented' });
  return true;
}
