import { CheckCircle2, X } from 'lucide-react';
import { IconButton } from '../../components/icon-button';
import { ProgressBar } from '../../components/progress-bar';
import { bytes } from '../../lib/format';

export interface UploadState {
  id: string;
  name: string;
  size: number;
  sent: number;
  status: 'uploading' | 'done' | 'failed';
  /** The server's reason, for a failed upload. */
  error?: string;
  /** The file was in the library already (the same bytes). */
  existing?: boolean;
}

/** Each file being uploaded: its progress, then done or the reason it failed. */
export function UploadList({ uploads, onDismiss }: { uploads: UploadState[]; onDismiss: (id: string) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="mb-4 space-y-2" aria-label="Uploads">
      {uploads.map((upload) => (
        <li key={upload.id} className="rounded-lg border border-zinc-200 bg-white px-3 py-2">
          <div className="flex items-center gap-2 text-sm">
            <span className="min-w-0 flex-1 truncate font-medium text-zinc-800">{upload.name}</span>
            <span className="shrink-0 text-xs text-zinc-500 tabular-nums">{bytes(upload.size)}</span>
            {upload.status !== 'uploading' && (
              <IconButton label={`Dismiss ${upload.name}`} icon={<X />} onClick={() => onDismiss(upload.id)} />
            )}
          </div>
          {upload.status === 'uploading' && (
            <ProgressBar
              className="mt-2"
              label={`Uploading ${upload.name}`}
              value={upload.size === 0 ? 0 : (upload.sent / upload.size) * 100}
            />
          )}
          {upload.status === 'done' && (
            <p className="mt-1 flex items-center gap-1 text-xs text-emerald-700">
              <CheckCircle2 className="size-3.5" aria-hidden />
              {upload.existing ? 'Already in the library: the same file is kept once.' : 'Uploaded.'}
            </p>
          )}
          {upload.status === 'failed' && (
            <p className="mt-1 text-xs text-red-700" role="alert">
              {upload.error}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
