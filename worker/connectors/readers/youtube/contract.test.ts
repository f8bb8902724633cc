/**
 * The Data API parsing against recorded real answers (../shared/corpora/api-samples/
 * youtube-data-api). Runs in `npm test` (the fixture server reads the samples) and in plain Node
 * (npx vitest run --root worker/connectors/readers contract); skipped, saying so, without the folder.
 */
import { describe, expect } from 'vitest';
import { eachRecordedSample, expectSaneItems, type Sample } from '../../../../test/reader-contract';
import { ConnectorError } from '../../../core/outbound/errors';
import { errorFromAnswer } from '../../../core/outbound/http-errors';
import { youtubeApi } from './errors';
import { parseChannel, parseSearch, parseVideos } from './parse-api';

const SERVICE = 'youtube-data-api';

interface Listed {
  kind?: string;
  error?: { code?: number };
  items?: {
    id?: string | { kind?: string };
    statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
  }[];
}

function check({ name, text }: Sample): void {
  const json = JSON.parse(text) as Listed;
  const listed = json.items ?? [];
  if (json.error) {
    const error = errorFromAnswer(
      { status: json.error.code ?? 400, headers: new Headers(), body: text },
      youtubeApi.errors,
    );
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.message).toMatch(/YouTube/);
  } else if (json.kind === 'youtube#searchListResponse') {
    const items = parseSearch(json);
    expectSaneItems(items, 'youtube');
    const videos = listed.filter((i) => typeof i.id === 'object' && i.id.kind === 'youtube#video');
    expect(items).toHaveLength(videos.length);
    for (const item of items) expect(item.title, name).not.toMatch(/&(amp|quot|#39);/);
  } else if (json.kind === 'youtube#videoListResponse') {
    const items = [...parseVideos(json).values()];
    expectSaneItems(items, 'youtube');
    expect(items).toHaveLength(listed.length);
    for (const [index, video] of listed.entries()) {
      const stats = video.statistics ?? {};
      const count = (value: string | undefined) => (value === undefined ? undefined : Number(value));
      expect(items[index]?.metrics).toEqual({
        ...(stats.viewCount !== undefined ? { views: count(stats.viewCount) } : {}),
        ...(stats.likeCount !== undefined ? { likes: count(stats.likeCount) } : {}),
        ...(stats.commentCount !== undefined ? { comments: count(stats.commentCount) } : {}),
      });
    }
  } else if (json.kind === 'youtube#channelListResponse') {
    const channel = parseChannel(json);
    expect(channel?.title).toMatch(/\S/);
    expect(channel?.url).toMatch(/^https:\/\/www\.youtube\.com\/channel\/UC/);
    for (const value of Object.values(channel?.stats ?? {})) expect(Number.isFinite(value)).toBe(true);
  } else {
    throw new Error(`${name}: no contract check for this kind of answer (${json.kind})`);
  }
}

describe(`youtube Data API parsing on recorded real answers (${SERVICE})`, async () => {
  await eachRecordedSample(SERVICE, check);
});
