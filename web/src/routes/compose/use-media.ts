/**
 * The media library as the composer uses it: a page of files, an upload with progress (the
 * library's), saving alt text, and a picture's bytes for a preview of a post's file (the
 * content route wants the access token).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/problem';
import { authedFetch } from '../../api/session';
import { uploadFile } from '../media/upload-file';

/** A file of the library, as GET …/media lists it. */
export interface MediaItem {
  id: string;
  type: string;
  kind: 'image' | 'video';
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  alt: string | null;
  filename: string | null;
  url: string;
}

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/media`;

/** The newest files of the library, optionally matching `q`. */
export function useMediaLibrary(workspaceId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'media', 'list', q],
    enabled,
    queryFn: async () => {
      const params = new URLSearchParams({ limit: '50', ...(q ? { q } : {}) });
      const res = await authedFetch(`${base(workspaceId)}?${params}`);
      if (!res.ok) throw await ApiError.from(res);
      return ((await res.json()) as { items: MediaItem[] }).items;
    },
  });
}

/** Uploads a file to the library (the library's own upload), reporting progress from 0 to 1. */
export async function uploadMedia(
  workspaceId: string,
  file: File,
  onProgress: (share: number) => void,
): Promise<MediaItem> {
  const { file: stored } = await uploadFile(workspaceId, file, {
    onProgress: (sent, total) => onProgress(total > 0 ? sent / total : 0),
  });
  return stored;
}

/** Saves a file's alt text in the library (every post that shows it gets it). */
export async function saveAlt(workspaceId: string, id: string, alt: string): Promise<MediaItem> {
  const res = await authedFetch(`${base(workspaceId)}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ alt: alt.trim() === '' ? null : alt }),
  });
  if (!res.ok) throw await ApiError.from(res);
  return (await res.json()) as MediaItem;
}

/** An object URL for a file's bytes (null while loading or when it cannot be read). */
export function usePreviewUrl(url: string): string | null {
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void authedFetch(url)
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (!live || !blob) return;
        made = URL.createObjectURL(blob);
        setObjectUrl(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [url]);
  return objectUrl;
}
