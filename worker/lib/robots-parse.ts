/**
 * robots.txt per RFC 9309: groups of user-agent lines with allow/disallow rules; the group
 * naming our product token wins over `*`; within it the longest matching path wins and, on a
 * tie, allow wins. `*` matches any run of characters and a trailing `$` anchors the end.
 */
export interface RobotsRules {
  rules: { allow: boolean; pattern: string }[];
  crawlDelaySeconds: number | null;
}

interface Group {
  agents: string[];
  rules: RobotsRules['rules'];
  crawlDelay: number | null;
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value) current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  return groups;
}

/** The rules that apply to `agent` (a product token such as "CrowsnestBot"). */
export function rulesFor(text: string, agent: string): RobotsRules {
  const groups = parseGroups(text);
  const token = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.includes(token));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelaySeconds: chosen.reduce<number | null>(
      (max, g) => (g.crawlDelay === null ? max : Math.max(max ?? 0, g.crawlDelay)),
      null,
    ),
  };
}

/** Percent-decodes what may be decoded, so `/a%2Db` and `/a-b` compare equal (RFC 9309 §2.2.2). */
function normalise(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (match, hex: string) => {
    const ch = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : match.toUpperCase();
  });
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = normalise(body)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

/** Whether `pathAndQuery` (e.g. "/a/b?c=1") may be fetched under these rules. */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  const path = normalise(pathAndQuery);
  if (path === '/robots.txt') return true;
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of rules.rules) {
    if (!matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
  }
  return best?.allow ?? true;
}
