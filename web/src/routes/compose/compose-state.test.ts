import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, placeOf, sortErrors, toCreateBody } from './compose-state';

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
});
