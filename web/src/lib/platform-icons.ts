import { Cloud, Globe, type LucideIcon, MessagesSquare, Rss, TrendingUp, TvMinimalPlay } from 'lucide-react';
import type { ContentPlatform } from '../../../worker/contracts';

/** The icon of each platform Crowsnest reads (the platform registry's); a new one fails to compile until it has one. */
export const PLATFORM_ICONS: Record<ContentPlatform, LucideIcon> = {
  feed: Rss,
  web: Globe,
  bluesky: Cloud,
  youtube: TvMinimalPlay,
  reddit: MessagesSquare,
  trends: TrendingUp,
};
