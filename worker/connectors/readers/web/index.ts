/** The web page reader: main-text extraction, metadata, links and social profiles. */
export { extractPage } from './extract-page';
export { pageToItem } from './page-to-item';
export type { ExtractedPage, OutboundLink, SocialPlatform, SocialProfile } from './types';
