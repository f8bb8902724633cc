import { Check } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Input } from '../../components/input';
import { SkeletonRows } from '../../components/skeleton';
import { cn } from '../../lib/cn';
import { MediaThumb } from './media-thumb';
import { type MediaItem, useMediaLibrary } from './use-media';

/** Choose files from the workspace's library for one part; at most `room` more fit. */
export function MediaPicker({
  workspaceId,
  open,
  room,
  onClose,
  onChoose,
}: {
  workspaceId: string;
  open: boolean;
  room: number;
  onClose: () => void;
  onChoose: (items: MediaItem[]) => void;
}) {
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<MediaItem[]>([]);
  const library = useMediaLibrary(workspaceId, q.trim(), open);
  const close = () => {
    setChosen([]);
    onClose();
  };
  const toggle = (item: MediaItem) =>
    setChosen((current) =>
      current.some((c) => c.id === item.id)
        ? current.filter((c) => c.id !== item.id)
        : current.length < room
          ? [...current, item]
          : current,
    );
  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title="Choose from the library"
      description={`Up to ${room} more for this part.`}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            disabled={chosen.length === 0}
            onClick={() => {
              onChoose(chosen);
              close();
            }}
          >
            Add {chosen.length > 0 ? chosen.length : ''}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        <Input
          type="search"
          placeholder="Search by name or alt text"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        {library.isPending ? (
          <SkeletonRows rows={2} />
        ) : library.isError ? (
          <ErrorState compact error={library.error} onRetry={() => void library.refetch()} />
        ) : library.data.length === 0 ? (
          <EmptyState title="No files yet" description="Upload one from the composer, or in Media." />
        ) : (
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {library.data.map((item) => {
              const picked = chosen.some((c) => c.id === item.id);
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-pressed={picked}
                    onClick={() => toggle(item)}
                    className={cn(
                      'relative block w-full rounded-lg p-0.5 ring-2 focus-visible:outline-2 focus-visible:outline-offset-2',
                      picked ? 'ring-zinc-900' : 'ring-transparent',
                    )}
                  >
                    <MediaThumb item={item} className="aspect-square w-full" />
                    <span className="mt-1 block truncate text-left text-xs text-zinc-600">
                      {item.filename ?? item.id}
                    </span>
                    {picked && (
                      <Check className="absolute top-1.5 right-1.5 size-4 rounded-full bg-zinc-900 p-0.5 text-white" />
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
