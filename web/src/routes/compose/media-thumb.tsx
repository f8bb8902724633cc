import { Film, ImageIcon } from 'lucide-react';
import { cn } from '../../lib/cn';
import { type MediaItem, usePreviewUrl } from './use-media';

/** A file's picture (a video shows its icon and length), square, for strips and pickers. */
export function MediaThumb({ item, className }: { item: MediaItem; className?: string }) {
  const src = usePreviewUrl(item.url);
  const label = item.alt || item.filename || (item.kind === 'video' ? 'A video' : 'A picture');
  return (
    <span className={cn('relative flex items-center justify-center overflow-hidden rounded-md bg-zinc-100', className)}>
      {item.kind === 'image' && src ? (
        <img src={src} alt={label} className="size-full object-cover" />
      ) : item.kind === 'video' ? (
        <>
          <Film className="size-5 text-zinc-500" aria-hidden />
          <span className="sr-only">{label}</span>
          {item.durationMs !== null && (
            <span className="absolute right-1 bottom-1 rounded bg-zinc-900/70 px-1 text-[10px] text-white">
              {Math.round(item.durationMs / 1000)} s
            </span>
          )}
        </>
      ) : (
        <ImageIcon className="size-5 text-zinc-400" aria-label={label} />
      )}
    </span>
  );
}
