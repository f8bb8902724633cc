import { Film } from 'lucide-react';
import type { Media } from '../../api/types';
import { formatDuration } from './format-duration';

/** One file of the grid: an image's thumbnail, or a video's tile with its length. A button that opens its details. */
export function MediaTile({ file, onOpen }: { file: Media; onOpen: (file: Media) => void }) {
  const name = file.filename ?? file.id;
  return (
    <li>
      <button
        type="button"
        onClick={() => onOpen(file)}
        className="group block w-full overflow-hidden rounded-lg border border-zinc-200 bg-white text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
        aria-label={`${name}${file.alt ? `: ${file.alt}` : ', no alt text'}`}
      >
        <div className="relative flex aspect-square items-center justify-center bg-zinc-100">
          {file.kind === 'image' ? (
            <img
              src={file.previewUrl}
              alt=""
              loading="lazy"
              decoding="async"
              className="size-full object-cover transition-opacity group-hover:opacity-90"
            />
          ) : (
            <Film className="size-8 text-zinc-400" aria-hidden />
          )}
          {file.kind === 'video' && file.durationMs !== null && (
            <span className="absolute right-1.5 bottom-1.5 rounded bg-zinc-900/75 px-1.5 py-0.5 text-xs font-medium text-white tabular-nums">
              {formatDuration(file.durationMs)}
            </span>
          )}
          {!file.alt && (
            <span className="absolute top-1.5 left-1.5 rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-800">
              No alt
            </span>
          )}
        </div>
        <p className="truncate px-2 py-1.5 text-xs text-zinc-700">{name}</p>
      </button>
    </li>
  );
}
