import { z } from 'zod';
import type { Account, AccountConnect } from '../../api/types';
import { CONNECT_PLATFORMS, type ConnectPlatform } from '../../lib/publish-platforms';
import { isHttpUrl } from '../../lib/schemas';

/** Where Bluesky accounts live unless they run their own PDS. */
export const DEFAULT_PDS = 'https://bsky.social';

/**
 * The connect form: every platform's fields in one schema, named as the API names them (so
 * its `errors[].path` lands on the right input), checked per platform as you type.
 */
export const connectFormSchema = z
  .object({
    platform: z.enum(CONNECT_PLATFORMS),
    instanceUrl: z.string().trim(),
    accessToken: z.string().trim(),
    handle: z.string().trim(),
    appPassword: z.string().trim(),
    serviceUrl: z.string().trim(),
    url: z.string().trim(),
    name: z.string().trim().max(100, 'Use at most 100 characters.'),
  })
  .superRefine((values, ctx) => {
    const complain = (path: keyof typeof values, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const address = (path: 'instanceUrl' | 'serviceUrl' | 'url', example: string) => {
      if (!values[path]) complain(path, 'Enter the address.');
      else if (!isHttpUrl(values[path])) complain(path, `Enter an http or https address, such as ${example}.`);
    };
    switch (values.platform) {
      case 'mastodon':
        address('instanceUrl', 'https://mastodon.social');
        if (!values.accessToken) complain('accessToken', 'Paste the access token.');
        break;
      case 'bluesky':
        if (!values.handle) complain('handle', 'Enter the handle, such as alice.bsky.social.');
        if (!values.appPassword) complain('appPassword', 'Paste an app password.');
        address('serviceUrl', DEFAULT_PDS);
        break;
      case 'webhook':
        address('url', 'https://example.com/hooks/crowsnest');
        break;
    }
  });

export type ConnectFormValues = z.input<typeof connectFormSchema>;
export type ConnectFormOutput = z.output<typeof connectFormSchema>;

export function connectDefaults(platform: ConnectPlatform = 'mastodon', account?: Account): ConnectFormValues {
  return {
    platform,
    instanceUrl: platform === 'mastodon' ? (account?.serviceUrl ?? '') : '',
    accessToken: '',
    handle: platform === 'bluesky' ? (account?.handle ?? '') : '',
    appPassword: '',
    serviceUrl: platform === 'bluesky' ? (account?.serviceUrl ?? DEFAULT_PDS) : DEFAULT_PDS,
    url: platform === 'webhook' ? (account?.serviceUrl ?? '') : '',
    name: platform === 'webhook' ? (account?.name ?? '') : '',
  };
}

/** The API's body for the chosen platform: only its own fields. */
export function toConnectBody(values: z.output<typeof connectFormSchema>): AccountConnect {
  switch (values.platform) {
    case 'mastodon':
      return { platform: 'mastodon', instanceUrl: values.instanceUrl, accessToken: values.accessToken };
    case 'bluesky':
      return {
        platform: 'bluesky',
        handle: values.handle.replace(/^@/, ''),
        appPassword: values.appPassword,
        serviceUrl: values.serviceUrl,
      };
    case 'webhook':
      return { platform: 'webhook', url: values.url, ...(values.name ? { name: values.name } : {}) };
  }
}
