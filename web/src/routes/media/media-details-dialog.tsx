import { Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Media } from '../../api/types';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Textarea } from '../../components/textarea';
import { useToast } from '../../components/toast';
import { bytes, dateTime } from '../../lib/format';
import { formatDuration } from './format-duration';
import { useUpdateMedia } from './use-media';

/** Bluesky's limit; Mastodon takes 1,500. */
const ALT_MAX = 1000;

/** A file's details: a preview, its type, size, dimensions and duration, and its alt text to edit. */
export function MediaDetailsDialog({
  workspaceId,
  file,
  canEdit,
  onClose,
  onDelete,
}: {
  workspaceId: string;
  file: Media | null;
  canEdit: boolean;
  onClose: () => void;
  onDelete: (file: Media) => void;
}) {
  const update = useUpdateMedia(workspaceId);
  const toast = useToast();
  const [alt, setAlt] = useState('');
  useEffect(() => setAlt(file?.alt ?? ''), [file]);
  const tooLong = alt.trim().length > ALT_MAX;

  async function save() {
    if (!file || tooLong) return;
    await update.mutateAsync({ mediaId: file.id, alt: alt.trim() || null });
    toast({ title: 'Alt text saved' });
    onClose();
  }

  const facts: [string, string][] = file
    ? [
        ['Type', file.type],
        ['Size', bytes(file.bytes)],
        ['Dimensions', file.width && file.height ? `${file.width} × ${file.height}` : 'Unknown'],
        ...(file.kind === 'video'
          ? ([['Duration', formatDuration(file.durationMs) || 'Unknown']] as [string, string][])
          : []),
        ['Uploaded', dateTime(file.createdAt)],
      ]
    : [];

  return (
    <Dialog
      open={file !== null}
      onClose={onClose}
      size="lg"
      title={file?.filename ?? 'File'}
      footer={
        file && (
          <>
            {canEdit && (
              <Button
                variant="danger"
                icon={<Trash2 className="size-4" />}
                onClick={() => onDelete(file)}
                className="mr-auto"
              >
                Delete
              </Button>
            )}
            <Button onClick={onClose}>{canEdit ? 'Cancel' : 'Close'}</Button>
            {canEdit && (
              <Button
                variant="primary"
                loading={update.isPending}
                disabled={tooLong}
                onClick={() => void save().catch(() => undefined)}
              >
                Save
              </Button>
            )}
          </>
        )
      }
    >
      {file && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex items-center justify-center overflow-hidden rounded-lg bg-zinc-100">
            {file.kind === 'image' ? (
              <img src={file.previewUrl} alt={file.alt ?? ''} className="max-h-72 object-contain" />
            ) : (
              // biome-ignore lint/a11y/useMediaCaption: the library's own uploads carry no caption track.
              <video src={file.previewUrl} controls preload="metadata" className="max-h-72 w-full" />
            )}
          </div>
          <div className="space-y-4">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-zinc-500">{label}</dt>
                  <dd className="break-all text-zinc-900">{value}</dd>
                </div>
              ))}
            </dl>
            <Field
              label="Alt text"
              hint={`${alt.trim().length} / ${ALT_MAX}: describe what it shows for people who cannot see it.`}
              error={tooLong ? `Use at most ${ALT_MAX} characters (Bluesky's limit).` : undefined}
            >
              <Textarea rows={4} value={alt} onChange={(e) => setAlt(e.target.value)} readOnly={!canEdit} />
            </Field>
            {update.error && <FormError error={update.error} />}
          </div>
        </div>
      )}
    </Dialog>
  );
}
