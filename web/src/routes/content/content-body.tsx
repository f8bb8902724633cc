import { useLayoutEffect, useRef } from 'react';
import type { ContentDetail } from '../../api/types';
import { safeHtmlFragment } from '../../lib/safe-html';

/**
 * The item's body: its HTML sanitized again here and inserted as nodes (never through
 * dangerouslySetInnerHTML), or its plain text when there is no HTML.
 */
export function ContentBody({ item }: { item: Pick<ContentDetail, 'html' | 'text'> }) {
  const container = useRef<HTMLDivElement>(null);
  const { html } = item;

  useLayoutEffect(() => {
    if (html) container.current?.replaceChildren(safeHtmlFragment(html));
  }, [html]);

  if (html) return <div ref={container} className="rich-text" data-testid="content-body" />;
  if (item.text) {
    return (
      <div className="rich-text whitespace-pre-line" data-testid="content-body">
        {item.text}
      </div>
    );
  }
  return <p className="text-sm text-zinc-500">This item has no text; open the original to see it.</p>;
}
