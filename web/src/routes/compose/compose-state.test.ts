import { describe, expect, it } from 'vitest';
import type { Account } from '../../api/types';
import { EMPTY_DRAFT, mediaProblems, placeOf, sortErrors, toCreateBody, withoutPart } from './compose-state';
import type { MediaItem } from './use-media';

const file = (id: string, fields: Partial<MediaItem> = {}): MediaItem => ({
  id,
  type: 'image/png',
  kind: 'image',
  bytes: 1000,
  width: 10,
  height: 10,
  durationMs: null,
  alt: null,
  filename: `${id}.png`,
  url: `/media/${id}`,
  ...fields,
});

describe('composer', () => {
  it('sends overrides only for the accounts that have one, and a thread only when there is one', () => {
    const draft = { ...EMPTY_DRAFT, body: 'Hello', targets: ['acc_a', 'acc_b'], overrides: { acc_b: 'Hi there' } };
    expect(toCreateBody(draft, { publishNow: true })).toEqual({
      body: 'Hello',
      targets: [{ accountId: 'acc_a' }, { accountId: 'acc_b', body: 'Hi there' }],
      publishNow: true,
    });
    expect(toCreateBody({ ...draft, thread: ['two'] }, null).thread).toEqual([{ body: 'two' }]);
    expect(toCreateBody(draft, { queue: true })).toMatchObject({ queue: true });
  });

  it('puts a complaint about a target on that account, however the path is written', () => {
    const sent = ['acc_a', 'acc_b'];
    expect(placeOf('targets[1].body', sent)).toEqual({ at: 'target', accountId: 'acc_b' });
    expect(placeOf('targets.0.accountId', sent)).toEqual({ at: 'target', accountId: 'acc_a' });
    expect(placeOf('thread[2].body', sent)).toEqual({ at: 'thread', index: 2 });
    expect(placeOf('scheduledAt', sent)).toEqual({ at: 'schedule' });
    expect(placeOf('queue', sent)).toEqual({ at: 'schedule' });
    expect(placeOf('targets[5].body', sent)).toEqual({ at: 'form' });
  });

  it('groups complaints by place', () => {
    const sorted = sortErrors(
      [
        { path: 'body', message: 'too long for A' },
        { path: 'body', message: 'too long for B' },
        { path: 'targets[0].accountId', message: 'no threads' },
      ],
      ['acc_a'],
    );
    expect(sorted).toEqual({ body: ['too long for A', 'too long for B'], 'target.acc_a': ['no threads'] });
  });

  it('sends each part’s files in order, and a removed part takes its files with it', () => {
    const draft = {
      ...EMPTY_DRAFT,
      body: 'One',
      targets: ['acc_a'],
      thread: ['two', 'three'],
      media: [[file('m2'), file('m1')], [], [file('m3')]],
    };
    const body = toCreateBody(draft, null);
    expect(body.mediaIds).toEqual(['m2', 'm1']);
    expect(body.thread).toEqual([{ body: 'two' }, { body: 'three', mediaIds: ['m3'] }]);
    expect(withoutPart(draft, 0)).toEqual({ thread: ['three'], media: [[file('m2'), file('m1')], [file('m3')]] });
  });

  it('shows what the server would refuse of the files, per account, in its words', () => {
    const account = {
      platform: 'bluesky',
      handle: '@a.test',
      limits: { maxChars: 300, countsBy: 'graphemes', maxImages: 4, maxVideos: 1, maxImageBytes: 2_000_000 },
    } as Account;
    expect(mediaProblems(account, [[file('ok')]])).toEqual([]);
    expect(
      mediaProblems(account, [
        [file('big', { bytes: 3_000_000 })],
        [file('x', { kind: 'video', type: 'video/mp4' }), file('y', { kind: 'video', type: 'video/mp4' })],
      ]),
    ).toEqual([
      'Part 1: Bluesky (@a.test) takes images of at most 2 MB; big.png is 3 MB.',
      'Part 2: Bluesky (@a.test) takes at most 1 video per post; this part has 2.',
    ]);
  });
});
