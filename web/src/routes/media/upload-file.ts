import { ApiError } from '../../api/problem';
import { getAccessToken, refreshSession } from '../../api/session';
import type { Media } from '../../api/types';

/** How far an upload is: bytes sent of the file's size. */
export type OnProgress = (sent: number, total: number) => void;

function send(url: string, file: File, token: string | null, onProgress: OnProgress, signal?: AbortSignal) {
  return new Promise<{ status: number; text: string; requestId: string | null }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    // The server goes by the bytes, not this; it is sent for proxies and logs.
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () =>
      resolve({ status: xhr.status, text: xhr.responseText, requestId: xhr.getResponseHeader('X-Request-Id') });
    xhr.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          title: 'Network error',
          detail: 'The upload was cut off. Check your connection and try again.',
        }),
      );
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/**
 * Uploads a file to the workspace's media library with XMLHttpRequest, the one browser API
 * that reports upload progress. Like the API client, it refreshes the session once on a 401.
 * Resolves to the stored file, and whether it is new (false: the same bytes were there already).
 */
export async function uploadFile(
  workspaceId: string,
  file: File,
  options: { alt?: string; onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<{ file: Media; created: boolean }> {
  const query = new URLSearchParams({ filename: file.name });
  if (options.alt) query.set('alt', options.alt);
  const url = `/api/v1/workspaces/${workspaceId}/media?${query}`;
  const onProgress = options.onProgress ?? (() => undefined);
  let answer = await send(url, file, getAccessToken(), onProgress, options.signal);
  if (answer.status === 401) {
    const fresh = await refreshSession();
    if (fresh) answer = await send(url, file, fresh, onProgress, options.signal);
  }
  if (answer.status === 200 || answer.status === 201) {
    return { file: JSON.parse(answer.text) as Media, created: answer.status === 201 };
  }
  throw await ApiError.from({
    status: answer.status,
    statusText: '',
    headers: new Headers(answer.requestId ? { 'X-Request-Id': answer.requestId } : {}),
    text: async () => answer.text,
  });
}
