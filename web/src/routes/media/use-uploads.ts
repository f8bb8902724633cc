import { useState } from 'react';
import { errorMessage } from '../../api/problem';
import type { UploadState } from './upload-list';
import { useUploadMedia } from './use-media';

/** Uploads files one after another (parallel uploads share the same bandwidth), tracking each one's progress. */
export function useUploads(workspaceId: string) {
  const upload = useUploadMedia(workspaceId);
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const patch = (id: string, change: Partial<UploadState>) =>
    setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...change } : u)));

  async function start(files: File[]) {
    const queued = files.map((file) => ({
      file,
      state: { id: crypto.randomUUID(), name: file.name, size: file.size, sent: 0, status: 'uploading' as const },
    }));
    setUploads((list) => [...queued.map((q) => q.state), ...list]);
    for (const { file, state } of queued) {
      try {
        const { created } = await upload.mutateAsync({ file, onProgress: (sent) => patch(state.id, { sent }) });
        patch(state.id, { status: 'done', sent: file.size, existing: !created });
      } catch (error) {
        patch(state.id, { status: 'failed', error: errorMessage(error) });
      }
    }
  }

  return {
    uploads,
    start,
    dismiss: (id: string) => setUploads((list) => list.filter((u) => u.id !== id)),
  };
}
