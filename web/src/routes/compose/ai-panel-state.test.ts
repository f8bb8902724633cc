import { describe, expect, it } from 'vitest';
import type { Account } from '../../api/types';
import {
  appendHashtags,
  applyText,
  BODY,
  blockedReason,
  parseSlot,
  slotOptions,
  tightestAccount,
  toGenerateRequest,
  undoApplied,
} from './ai-panel-state';
import { EMPTY_DRAFT } from './compose-state';

function account(id: string, platform: Account['platform'], limits: Partial<Account['limits']>): Account {
  return {
    id,
    platform,
    name: `${platform} account`,
    handle: `${id}.example`,
    serviceUrl: 'https://example.social',
    status: 'active',
    statusReason: null,
    limits: { maxChars: 500, countsBy: 'characters', maxImages: 4, maxVideos: 1, ...limits },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const bluesky = account('acc_sky', 'bluesky', { maxChars: 300, countsBy: 'graphemes' });
const mastodon = account('acc_masto', 'mastodon', { maxChars: 500, urlLength: 23 });

describe('the AI panel', () => {
  it('writes for the account with the least room unless one is picked', () => {
    expect(tightestAccount([mastodon, bluesky])?.id).toBe('acc_sky');
    expect(tightestAccount([])).toBeUndefined();
  });

  it('turns each action into its request', () => {
    const inputs = {
      text: 'Rye is back',
      account: mastodon,
      topic: ' rye ',
      sourceContentId: null,
      brandVoiceId: 'bv_1',
      variants: 3,
    };
    expect(toGenerateRequest({ ...inputs, action: 'write' })).toEqual({
      kind: 'post',
      accountId: 'acc_masto',
      brandVoiceId: 'bv_1',
      variants: 3,
      topic: 'rye',
    });
    expect(toGenerateRequest({ ...inputs, action: 'shorten' }, true)).toEqual({
      kind: 'shorten',
      accountId: 'acc_masto',
      brandVoiceId: 'bv_1',
      fresh: true,
      text: 'Rye is back',
      variants: 1,
    });
    expect(toGenerateRequest({ ...inputs, action: 'variants', variants: 1 })).toMatchObject({
      kind: 'rewrite',
      variants: 2,
    });
    expect(toGenerateRequest({ ...inputs, action: 'hashtags', account: undefined, brandVoiceId: '' })).toEqual({
      kind: 'hashtags',
      text: 'Rye is back',
      variants: 3,
    });
  });

  it('lets Shorten run only on a text over the account limit, counted as the account counts', () => {
    const link = `https://bakery.example/${'r'.repeat(300)}`;
    // 4 + 23 on Mastodon, though 327 characters long.
    expect(blockedReason('shorten', `Rye ${link}`, mastodon)).toBe("Already within mastodon account's 500 (27 now).");
    expect(blockedReason('shorten', `Rye ${link}`, bluesky)).toBeNull();
    expect(blockedReason('shorten', '🦜'.repeat(300), bluesky)).toContain('(300 now)');
    expect(blockedReason('shorten', 'x'.repeat(600), undefined)).toContain('Choose an account');
    expect(blockedReason('rewrite', '  ', bluesky)).toContain('Write something first');
    expect(blockedReason('write', '', undefined)).toBeNull();
  });

  it('adds only the hashtags the text lacks, on a line of their own or the last line of tags', () => {
    expect(appendHashtags('Rye is back.', ['#rye', '#bread'])).toBe('Rye is back.\n\n#rye #bread');
    expect(appendHashtags('Rye is back.\n\n#Rye', ['#rye', '#bread', '#BREAD'])).toBe('Rye is back.\n\n#Rye #bread');
    expect(appendHashtags('', ['#rye'])).toBe('#rye');
    expect(appendHashtags('Rye #rye', ['#RYE'])).toBe('Rye #rye');
  });

  it('uses a result in the body or a thread part, and undoes it unless it was edited since', () => {
    const draft = { ...EMPTY_DRAFT, body: 'first', thread: ['second', 'third'] };
    expect(slotOptions(draft).map((o) => o.label)).toEqual(['The post', 'Part 2', 'Part 3']);
    const slot = parseSlot('thread.1', draft);
    expect(slot).toEqual({ at: 'thread', index: 1 });
    expect(parseSlot('thread.7', draft)).toEqual(BODY);

    const { draft: used, applied } = applyText(draft, slot, 'THIRD');
    expect(used.thread).toEqual(['second', 'THIRD']);
    expect(used.body).toBe('first');
    expect(undoApplied(used, applied)).toEqual(draft);
    expect(undoApplied({ ...used, thread: ['second', 'THIRD!'] }, applied)).toBeNull();
    expect(undoApplied({ ...used, thread: ['second'] }, applied)).toBeNull();

    const body = applyText(draft, BODY, 'new body');
    expect(body.draft.body).toBe('new body');
    expect(undoApplied(body.draft, body.applied)?.body).toBe('first');
  });
});
