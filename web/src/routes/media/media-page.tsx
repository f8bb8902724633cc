import { ImageIcon, Search, Upload } from 'lucide-react';
import { type DragEvent, useDeferredValue, useRef, useState } from 'react';
import { ApiError } from '../../api/problem';
import type { Media, MediaKind } from '../../api/types';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { Input } from '../../components/input';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { MediaDetailsDialog } from './media-details-dialog';
import { MediaTile } from './media-tile';
import { UploadList } from './upload-list';
import { useDeleteMedia, useMedia } from './use-media';
import { useUploads } from './use-uploads';

const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp,video/mp4,video/quicktime,video/x-m4v,video/webm';

const KINDS = [
  { value: '', label: 'Images and videos' },
  { value: 'image', label: 'Images' },
  { value: 'video', label: 'Videos' },
];

/** The workspace's media library: thumbnails, search, upload (button or drop), alt text, delete. */
export function MediaPage() {
  const workspace = useWorkspace();
  const canEdit = workspace.can('editor');
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [kind, setKind] = useState<MediaKind | ''>('');
  const { list, more } = useMedia(workspace.id, { q: q || undefined, kind: kind || undefined });
  const { uploads, start, dismiss } = useUploads(workspace.id);
  const remove = useDeleteMedia(workspace.id);
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState<Media | null>(null);
  const [deleting, setDeleting] = useState<Media | null>(null);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (canEdit && event.dataTransfer.files.length > 0) void start([...event.dataTransfer.files]);
  }

  const uploadButton = canEdit && (
    <>
      <Button variant="primary" icon={<Upload className="size-4" />} onClick={() => input.current?.click()}>
        Upload
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          void start([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </>
  );

  return (
    <section
      aria-label="Media library"
      onDragOver={(e) => {
        if (!canEdit) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
      className={cn(
        'min-h-full rounded-xl',
        dragging && 'outline-2 outline-dashed outline-offset-4 outline-accent-600',
      )}
    >
      <PageHeader
        title="Media"
        description={`Images and videos for your posts.${canEdit ? ' Drop files anywhere on this page to upload them.' : ''}`}
        actions={uploadButton}
      />
      <UploadList uploads={uploads} onDismiss={dismiss} />
      <div className="mb-4 flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <Search
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
            aria-hidden
          />
          <Input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search names and alt text"
            aria-label="Search media"
            className="pl-9"
          />
        </div>
        <Select
          options={KINDS}
          value={kind}
          onChange={(e) => setKind(e.target.value as MediaKind | '')}
          aria-label="Kind"
          className="sm:w-48"
        />
      </div>
      <Card>
        <ListState
          query={list}
          rows={4}
          empty={
            <EmptyState
              icon={<ImageIcon />}
              title={q || kind ? 'Nothing matches' : 'No media yet'}
              description={
                q || kind
                  ? 'Try other words, or show images and videos.'
                  : 'Upload JPEG, PNG, GIF or WebP images and MP4, MOV or WebM videos, then add them to posts.'
              }
              action={!q && !kind ? uploadButton : undefined}
            />
          }
        >
          {(files) => (
            <ul className="grid grid-cols-2 gap-3 p-3 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-6">
              {files.map((file) => (
                <MediaTile key={file.id} file={file} onOpen={setOpen} />
              ))}
            </ul>
          )}
        </ListState>
        <LoadMore {...more} />
      </Card>
      <MediaDetailsDialog
        workspaceId={workspace.id}
        file={open}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
        onDelete={(file) => {
          setOpen(null);
          setDeleting(file);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.filename ?? 'this file'}”?`}
        confirmLabel="Delete"
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
          } catch (error) {
            // The server names the posts that still need it.
            if (error instanceof ApiError && error.status === 409) throw new Error(error.message);
            throw error;
          }
          toast({ title: `Deleted ${deleting.filename ?? 'the file'}` });
        }}
      >
        The file is removed from the library and from storage. Posts already published keep their copy on each platform.
      </ConfirmDialog>
    </section>
  );
}
