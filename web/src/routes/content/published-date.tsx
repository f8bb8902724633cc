import type { ContentItem } from '../../api/types';
import { dateTime, timeAgo } from '../../lib/format';

/**
 * When an item was published ("3 days ago", the exact time on hover), or "Date unknown" when
 * its platform or page gave none: the time it was first seen is not when it was published,
 * so it is only offered on hover, as what it is.
 */
export function PublishedDate({
  item,
  label = false,
}: {
  item: Pick<ContentItem, 'publishedAt' | 'firstSeenAt'>;
  /** Say "Published" before a known date. */
  label?: boolean;
}) {
  if (item.publishedAt === null) return <span title={`First seen ${dateTime(item.firstSeenAt)}`}>Date unknown</span>;
  return (
    <span title={dateTime(item.publishedAt)}>
      {label ? 'Published ' : ''}
      {timeAgo(item.publishedAt)}
    </span>
  );
}
