import type { RefObject } from 'react';

/**
 * The first Tab stop of the signed-in frame: out of sight until focused, it jumps past the
 * navigation to the page (WCAG 2.4.1). It moves focus itself instead of following the #main
 * fragment, so the address and the router's history stay as they are.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main by convention; the handler only keeps the fragment out of the address
    <a
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        target.current?.focus();
      }}
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-md bg-white px-4 py-2 text-sm font-medium text-accent-700 opacity-0 shadow-lg ring-1 ring-zinc-200 focus:translate-y-0 focus:opacity-100"
    >
      Skip to main content
    </a>
  );
}
