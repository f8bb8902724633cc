/**
 * How Mastodon turns a status's plain text into its `content` HTML, and how it counts the
 * text's length, close enough for the publisher's reconciliation to be tested against the
 * real shapes: paragraphs on blank lines, <br /> on single line breaks, links with their
 * invisible/ellipsis spans, hashtags and mentions as links (app/lib/text_formatter.rb);
 * a link counts 23 characters and a mention only its local part
 * (app/validators/status_length_validator.rb).
 */

const URL_RE = /https?:\/\/[^\s<>"]+/g;
const TOKEN_RE = /(https?:\/\/[^\s<>"]+)|(^|[^\w/])#(\w+)|(^|[^\w/])@(\w+)(?:@([\w.-]+\w))?/g;

/** Characters a link counts for, whatever its length (configuration.statuses.characters_reserved_per_url). */
export const URL_LENGTH = 23;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function link(url: string): string {
  const [, scheme = '', rest = ''] = url.match(/^(https?:\/\/(?:www\.)?)(.*)$/) ?? [];
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  return `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${escapeHtml(scheme)}</span><span class="${hidden ? 'ellipsis' : ''}">${escapeHtml(shown)}</span><span class="invisible">${escapeHtml(hidden)}</span></a>`;
}

function line(text: string, origin: string): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const at = m.index ?? 0;
    html += escapeHtml(text.slice(last, at));
    last = at + m[0].length;
    if (m[1]) html += link(m[1]);
    else if (m[3])
      html += `${escapeHtml(m[2] ?? '')}<a href="${origin}/tags/${m[3]}" class="mention hashtag" rel="tag">#<span>${escapeHtml(m[3])}</span></a>`;
    else {
      const user = m[5] ?? '';
      const host = m[6] ? `https://${m[6]}` : origin;
      // Mastodon shows a mention by its local part only, remote or not.
      html += `${escapeHtml(m[4] ?? '')}<span class="h-card" translate="no"><a href="${host}/@${user}" class="u-url mention">@<span>${escapeHtml(user)}</span></a></span>`;
    }
  }
  return html + escapeHtml(text.slice(last));
}

/** The `content` Mastodon stores for a status written as `text`. */
export function renderStatus(text: string, origin: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((l) => line(l, origin))
          .join('<br />')}</p>`,
    )
    .join('');
}

/** The length Mastodon's StatusLengthValidator measures. */
export function statusLength(text: string): number {
  const counted = text.replace(URL_RE, 'x'.repeat(URL_LENGTH)).replace(/@(\w+)@[\w.-]+\w/g, '@$1');
  return [...new Intl.Segmenter().segment(counted)].length;
}
