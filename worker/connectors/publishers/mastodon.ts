/**
 * Publishing to any Mastodon server with a person's access token (from the OAuth flow in
 * mastodon-oauth.ts, or pasted from the server's Development settings). Every call goes through
 * outboundSend: the instance is an address a user gave.
 *
 * Never twice: each part carries an Idempotency-Key derived from its target and place, so a
 * retry within the server's memory of it (about an hour) answers the first status instead of
 * posting again. After that, or when an answer was lost, `find` reconciles by reading the
 * account's recent statuses (mastodon-find.ts). Tokens do not expire, so there is no `refresh`.
 * A part's files are uploaded first (mastodon-media.ts) and cited by `media_ids`.
 * https://docs.joinmastodon.org/methods/statuses/#create
 */
import { CredentialAccount, InstanceV2, instanceBase, mastodonCall, Status } from './mastodon-api';
import { findStatus } from './mastodon-find';
import { uploadMedia } from './mastodon-media';
import { mastodonAudience, mastodonPostNumbers } from './mastodon-metrics';
import type { AccountLimits, AccountSession, Publisher } from './publisher';

/** Mastodon's own defaults, for servers whose instance answer leaves a limit out. */
export const MASTODON_DEFAULTS = { maxChars: 500, maxImages: 4, urlLength: 23 } as const;

const isImage = (type: string) => type.startsWith('image/');
const isVideo = (type: string) => type.startsWith('video/');

const token = (account: AccountSession) => account.credentials.accessToken ?? '';

async function readLimits(env: Env, instanceUrl: string, accessToken: string) {
  const instance = await mastodonCall(env, instanceUrl, '/api/v2/instance', InstanceV2, { token: accessToken });
  const statuses = instance.configuration?.statuses;
  const media = instance.configuration?.media_attachments;
  const types = media?.supported_mime_types;
  const limits: AccountLimits = {
    maxChars: statuses?.max_characters ?? MASTODON_DEFAULTS.maxChars,
    countsBy: 'characters',
    urlLength: statuses?.characters_reserved_per_url ?? MASTODON_DEFAULTS.urlLength,
    maxImages: statuses?.max_media_attachments ?? MASTODON_DEFAULTS.maxImages,
    // A status holds one video (or audio) and nothing else beside it.
    maxVideos: 1,
    mixesImagesAndVideos: false,
    ...(media?.image_size_limit ? { maxImageBytes: media.image_size_limit } : {}),
    ...(media?.video_size_limit ? { maxVideoBytes: media.video_size_limit } : {}),
    ...(media?.image_matrix_limit ? { maxImagePixels: media.image_matrix_limit } : {}),
    ...(media?.video_matrix_limit ? { maxVideoPixels: media.video_matrix_limit } : {}),
    ...(types ? { imageTypes: types.filter(isImage), videoTypes: types.filter(isVideo) } : {}),
  };
  return { limits, domain: instance.domain };
}

export const mastodon: Publisher<'mastodon'> = {
  platform: 'mastodon',

  async connect(env, { instanceUrl, accessToken }) {
    const serviceUrl = instanceBase(instanceUrl);
    const me = await mastodonCall(env, serviceUrl, '/api/v1/accounts/verify_credentials', CredentialAccount, {
      token: accessToken,
    });
    const { limits, domain } = await readLimits(env, serviceUrl, accessToken);
    // `acct` is the bare username for local accounts; the server's domain (which may differ
    // from the host its API answers on) makes it a handle valid everywhere.
    const handle = me.acct.includes('@') ? `@${me.acct}` : `@${me.acct}@${domain ?? new URL(serviceUrl).host}`;
    return {
      serviceUrl,
      externalId: me.id,
      handle,
      name: me.display_name ? `${me.display_name} (${handle})` : handle,
      credentials: { accessToken },
      limits,
    };
  },

  /** Deterministic, so whoever retries the part sends the key the server remembers. */
  newKey(targetId, index) {
    return `crowsnest-${targetId}-${index}`;
  },

  async publish(env, account, part) {
    const mediaIds = await uploadMedia(env, account, token(account), part.media);
    const status = await mastodonCall(env, account.serviceUrl, '/api/v1/statuses', Status, {
      method: 'POST',
      token: token(account),
      headers: { 'Idempotency-Key': part.key },
      json: {
        status: part.body,
        ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
        ...(part.parent ? { in_reply_to_id: part.parent.externalId } : {}),
      },
      write: true,
    });
    return { externalId: status.id, url: status.url ?? status.uri };
  },

  find(env, account, part) {
    return findStatus(env, account, part);
  },

  async limits(env, account) {
    return (await readLimits(env, account.serviceUrl, token(account))).limits;
  },

  metrics: mastodonPostNumbers,
  metricsPage: 1,
  audience: mastodonAudience,
};
