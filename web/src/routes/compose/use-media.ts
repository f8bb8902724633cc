/**
 * The media library as the composer uses it, until the library's own hooks land on this
 * branch (the lead folds them): a page of files, an upload with progress, saving alt text,
 * and a picture's bytes for a preview (the content route wants the access token).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/problem';
import { authedFetch, getAccessToken } from '../../api/session';

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

/**
 * Uploads a file as its raw bytes (POST …/media?filename=), reporting progress from 0 to 1;
 * XMLHttpRequest because fetch cannot tell how much of a body has been sent.
 */
export function uploadMedia(workspaceId: string, file: File, onProgress: (share: number) => void): Promise<MediaItem> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${base(workspaceId)}?${new URLSearchParams({ filename: file.name })}`);
    const token = getAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const res = new Response(request.responseText, { status: request.status });
      if (request.status >= 200 && request.status < 300) void res.json().then((item) => resolve(item as MediaItem));
      else void ApiError.from(res).then(reject);
    };
    request.onerror = () => reject(new Error('The upload could not reach the server. Check the connection.'));
    request.send(file);
  });
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
