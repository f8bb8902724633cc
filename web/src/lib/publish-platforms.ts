import { Cloud, type LucideIcon, Send, Webhook } from 'lucide-react';
import { platformLabel, platformSpec } from '../../../worker/contracts';

/** The platforms an account can be connected to, in the order the connect dialog offers them. */
export const CONNECT_PLATFORMS = ['mastodon', 'bluesky', 'webhook'] as const;
export type ConnectPlatform = (typeof CONNECT_PLATFORMS)[number];

export const CONNECT_INFO: Record<ConnectPlatform, { icon: LucideIcon; says: string }> = {
  mastodon: { icon: Send, says: 'Post to an account on any Mastodon server, with an access token.' },
  bluesky: { icon: Cloud, says: 'Post to a Bluesky account with an app password.' },
  webhook: { icon: Webhook, says: 'Deliver each post as signed JSON to a URL of yours.' },
};

/** An account's platform icon (a platform added later gets the generic one until it has its own). */
export function platformIcon(platform: string): LucideIcon {
  return platform in CONNECT_INFO ? CONNECT_INFO[platform as ConnectPlatform].icon : Send;
}

/** Whether posts to this platform may be threads (the platform registry says). */
export function takesThreads(platform: string): boolean {
  return platformSpec(platform)?.publish?.threads === true;
}

export { platformLabel };
