/**
 * Whether an account can take a part's files, by its limits: pure, so the server refuses with
 * these reasons at scheduling and the composer shows the same ones while you choose.
 */
import type { AccountLimits } from './account-limits';

/** What the checks read of a file of the media library. */
export interface CheckedMedia {
  id: string;
  kind: 'image' | 'video';
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  alt: string | null;
  filename: string | null;
}

/** A size as people read it, in decimal units as the platforms state theirs. */
function size(bytes: number): string {
  const [unit, scale] = bytes >= 1_000_000 ? ['MB', 1_000_000] : bytes >= 1000 ? ['kB', 1000] : ['bytes', 1];
  return `${(bytes / scale).toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`;
}
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const nameOf = (file: CheckedMedia) => file.filename ?? file.id;

/**
 * Why an account could not publish one part's files, one message each (`label` names the
 * account): how many images and videos, together or not, their types, sizes, pixels, length
 * and shape, each only where the platform states a limit.
 */
export function partMediaProblems(label: string, files: readonly CheckedMedia[], limits: AccountLimits): string[] {
  const problems: string[] = [];
  const images = files.filter((f) => f.kind === 'image');
  const videos = files.filter((f) => f.kind === 'video');
  if (images.length > limits.maxImages) {
    problems.push(
      limits.maxImages === 0
        ? `${label} takes no images.`
        : `${label} takes at most ${limits.maxImages} images per post; this part has ${images.length}.`,
    );
  }
  if (videos.length > limits.maxVideos) {
    problems.push(
      limits.maxVideos === 0
        ? `${label} takes no videos.`
        : `${label} takes at most ${limits.maxVideos} video${limits.maxVideos === 1 ? '' : 's'} per post; this part has ${videos.length}.`,
    );
  }
  if (limits.mixesImagesAndVideos === false && images.length > 0 && videos.length > 0) {
    problems.push(`${label} takes images or a video in one post, not both.`);
  }
  for (const file of files) problems.push(...fileProblems(label, file, limits));
  return problems;
}

function fileProblems(label: string, file: CheckedMedia, limits: AccountLimits): string[] {
  const problems: string[] = [];
  const name = nameOf(file);
  const image = file.kind === 'image';
  const types = image ? limits.imageTypes : limits.videoTypes;
  if (types && !types.includes(file.contentType)) {
    problems.push(`${label} does not take ${file.contentType} (${name}); it takes ${types.join(', ')}.`);
  }
  const maxBytes = image ? limits.maxImageBytes : limits.maxVideoBytes;
  if (maxBytes !== undefined && file.bytes > maxBytes) {
    problems.push(
      `${label} takes ${image ? 'images' : 'videos'} of at most ${size(maxBytes)}; ${name} is ${size(file.bytes)}.`,
    );
  }
  const maxPixels = image ? limits.maxImagePixels : limits.maxVideoPixels;
  if (maxPixels !== undefined && file.width !== null && file.height !== null && file.width * file.height > maxPixels) {
    problems.push(
      `${label} takes ${image ? 'images' : 'videos'} of at most ${maxPixels.toLocaleString('en')} pixels; ${name} is ${file.width}×${file.height}.`,
    );
  }
  if (!image && limits.maxVideoDurationMs !== undefined) {
    if (file.durationMs === null) {
      problems.push(
        `${label} takes videos of at most ${seconds(limits.maxVideoDurationMs)}; the length of ${name} is unknown.`,
      );
    } else if (file.durationMs > limits.maxVideoDurationMs) {
      problems.push(
        `${label} takes videos of at most ${seconds(limits.maxVideoDurationMs)}; ${name} lasts ${seconds(file.durationMs)}.`,
      );
    }
  }
  const ratio = limits.aspectRatio;
  if (ratio && file.width && file.height) {
    const shape = file.width / file.height;
    if (shape < ratio.min || shape > ratio.max) {
      problems.push(
        `${label} takes pictures between ${ratio.min.toFixed(2)}:1 and ${ratio.max.toFixed(2)}:1 (width to height); ${name} is ${shape.toFixed(2)}:1.`,
      );
    }
  }
  return problems;
}

/**
 * The workspace's own rule, whatever the targets: each file of each part needs alt text when
 * `requireAltText` is on. Paths point at the file in the request (`mediaIds[1]`).
 */
export function altTextProblems(
  parts: readonly { path: string; files: readonly CheckedMedia[] }[],
): { path: string; message: string }[] {
  return parts.flatMap(({ path, files }) =>
    files.flatMap((file, k) =>
      file.alt?.trim()
        ? []
        : [{ path: `${path}[${k}]`, message: `Describe ${nameOf(file)} (alt text): this workspace requires it.` }],
    ),
  );
}
