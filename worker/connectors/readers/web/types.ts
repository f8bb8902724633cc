/** What reading one web page yields (see extract-page.ts). */
import type { ProfilePlatform } from '../../platforms';

/** The platforms whose profiles a page's links are recognised as: those of the registry with profile addresses. */
export type SocialPlatform = ProfilePlatform;

export interface SocialProfile {
  platform: SocialPlatform;
  /** The profile's address, absolute, without query or fragment. */
  url: string;
  /** The account's name on the platform, without a leading @ (a channel id for YouTube /channel/ URLs). */
  handle: string;
}

export interface OutboundLink {
  /** Absolute, without fragment. */
  url: string;
  /** The anchor's text, whitespace collapsed ('' for an image link without alt text). */
  text: string;
  /** The rel tokens, lowercased (e.g. nofollow, sponsored, ugc). */
  rel: string[];
}

export interface ExtractedPage {
  /** The URL the page was fetched from. */
  url: string;
  /** The page's own idea of its address (rel=canonical, og:url), else `url`. */
  canonicalUrl: string;
  title: string | null;
  byline: string | null;
  /** ISO 8601, UTC. */
  publishedTime: string | null;
  /** BCP 47 tag as the page gives it, e.g. "en", "pt-BR". */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  siteName: string | null;
  excerpt: string | null;
  leadImageUrl: string | null;
  /** The article DOM as HTML. Untrusted: sanitize before display. Null when no article was found. */
  html: string | null;
  /** The article as plain text; '' when no article was found. */
  text: string;
  /** Open Graph and related (article:, book:, profile:, music:, video:) properties; repeated ones as arrays. */
  openGraph: Record<string, string | string[]>;
  /** twitter:* card properties. */
  twitterCard: Record<string, string>;
  /** Every JSON-LD block that parsed, arrays spread. */
  jsonLd: unknown[];
  /** Links to other sites, deduplicated, in page order. */
  links: OutboundLink[];
  /** Social profiles linked from anywhere on the page. */
  socialProfiles: SocialProfile[];
}
