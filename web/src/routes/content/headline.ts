import type { ContentItem } from '../../api/types';

const MAX = 110;

/** What to call an item: its title, else the start of its text (posts have no titles), else "Untitled". */
export function headline(item: Pick<ContentItem, 'title' | 'text'>): string {
  if (item.title?.trim()) return item.title.trim();
  const text = item.text?.trim().replace(/\s+/g, ' ');
  if (!text) return 'Untitled';
  return text.length <= MAX
    ? text
    : `${text.slice(0, text.lastIndexOf(' ', MAX) > 60 ? text.lastIndexOf(' ', MAX) : MAX)}…`;
}
