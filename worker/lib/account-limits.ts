/**
 * The shape of an account's limits, shared by the publishers that read them and the table that
 * keeps them (worker/db/schema/social-accounts.ts).
 */

/** What a platform allows in one post of this account, read from the platform where it says. */
export interface AccountLimits {
  /** Longest text. */
  maxChars: number;
  /** How length is counted: Bluesky counts graphemes; Mastodon characters, a link as `urlLength`. */
  countsBy: 'graphemes' | 'characters';
  /** What any link counts for, where the platform counts links at a fixed length (Mastodon: 23). */
  urlLength?: number;
  maxImages: number;
  maxVideos: number;
  /** Largest image and video the platform takes, in bytes, where it says. */
  maxImageBytes?: number;
  maxVideoBytes?: number;
  /** The MIME types it takes, where it says (absent: any the library holds). */
  imageTypes?: string[];
  videoTypes?: string[];
  /** Whether one post may hold images and a video together (absent: it may). */
  mixesImagesAndVideos?: boolean;
  /** Longest video, in milliseconds, where it says. */
  maxVideoDurationMs?: number;
  /** Most pixels (width × height) an image or a video frame may have, where it says (Mastodon's matrix limits). */
  maxImagePixels?: number;
  maxVideoPixels?: number;
  /** The widest and the tallest a picture may be, as width / height, where the platform states a range. */
  aspectRatio?: { min: number; max: number };
}
