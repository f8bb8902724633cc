import DOMPurify, { type Config } from 'dompurify';

/**
 * Scraped HTML for display. The server already sanitizes it with an allow-list; this is
 * the second, independent layer (defence in depth): DOMPurify on the client, and the result
 * handed over as DOM nodes, never as a string for innerHTML.
 *
 * Third-party images are turned into links first, in an inert document: the page's CSP
 * (img-src 'self') would block them anyway, and loading them would tell the other site who
 * reads what. Links open in a new tab without referrer.
 */

const purify = DOMPurify(window);

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'source', 'picture'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset'],
  ALLOW_DATA_ATTR: false,
  // Marks the links that stand for images (see below) so they can be drawn as such.
  ADD_ATTR: ['data-image'],
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow ugc');
  }
});

function isOwnOrigin(src: string): boolean {
  try {
    return new URL(src, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** Replaces images from elsewhere with a link to them, in a document that loads nothing. */
function linkOutsideImages(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const img of Array.from(doc.images)) {
    const src = img.getAttribute('src') ?? '';
    if (isOwnOrigin(src) && src !== '') continue;
    let href: URL | null = null;
    try {
      href = new URL(src);
    } catch {
      // Not an absolute URL: nothing to link to.
    }
    if (!href || (href.protocol !== 'http:' && href.protocol !== 'https:')) {
      img.remove();
      continue;
    }
    const link = doc.createElement('a');
    link.href = href.href;
    link.textContent = `Image${img.alt.trim() ? `: ${img.alt.trim()}` : ''} (${href.hostname})`;
    link.dataset.image = '';
    img.replaceWith(link);
  }
  return doc.body.innerHTML;
}

/** The sanitized body as a fragment to append to the page. */
export function safeHtmlFragment(html: string): DocumentFragment {
  return purify.sanitize(linkOutsideImages(html), CONFIG);
}

/** `url` if it is an absolute http(s) address, to use as a link's href; null for anything else (javascript:, data:…). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
