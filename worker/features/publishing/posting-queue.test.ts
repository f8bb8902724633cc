import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { seedWebhookAccount } from '../../../test/seed-publishing';
import { systemContext } from '../../core/context';
import { createPost } from './create-post';
import { firstFreeSlot } from './posting-queue';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

interface SlotSet {
  timeZone: string | null;
  slots: { weekday: number; time: string }[];
}
interface Queue {
  timeZone: string | null;
  slots: { at: string; post: { id: string; body: string; status: string } | null }[];
}

const everyDay = (time: string) => Array.from({ length: 7 }, (_, weekday) => ({ weekday, time }));

function putSlots(user: TestUser, accountId: string, body: unknown) {
  return call(ws(user, `/accounts/${accountId}/slots`), { method: 'PUT', token: user.token, body });
}

async function queuePost(user: TestUser, accountIds: string[], body = 'Queued') {
  return call(ws(user, '/posts'), {
    method: 'POST',
    token: user.token,
    body: { body, targets: accountIds.map((accountId) => ({ accountId })), queue: true },
  });
}

const ctx = () => systemContext(env, () => undefined);

describe('posting slots', () => {
  it('replaces the whole set, folds duplicates and answers the zone as the runtime spells it', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    const empty = await json<SlotSet>(await call(ws(user, `/accounts/${account.id}/slots`), { token: user.token }));
    expect(empty).toEqual({ timeZone: null, slots: [] });
    const res = await putSlots(user, account.id, {
      timeZone: 'europe/berlin',
      slots: [
        { weekday: 4, time: '17:30' },
        { weekday: 1, time: '09:00' },
        { weekday: 4, time: '17:30' },
      ],
    });
    expect(res.status).toBe(200);
    const expected = {
      timeZone: 'Europe/Berlin',
      slots: [
        { weekday: 1, time: '09:00' },
        { weekday: 4, time: '17:30' },
      ],
    };
    expect(await json<SlotSet>(res)).toEqual(expected);
    expect(await json<SlotSet>(await call(ws(user, `/accounts/${account.id}/slots`), { token: user.token }))).toEqual(
      expected,
    );
    // A second PUT replaces, never adds.
    await putSlots(user, account.id, { timeZone: 'UTC', slots: [{ weekday: 0, time: '00:00' }] });
    expect(await json<SlotSet>(await call(ws(user, `/accounts/${account.id}/slots`), { token: user.token }))).toEqual({
      timeZone: 'UTC',
      slots: [{ weekday: 0, time: '00:00' }],
    });
  });

  it('refuses a zone that is no IANA name, a bad time and more than 50 slots, changing nothing', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    await putSlots(user, account.id, { timeZone: 'UTC', slots: [{ weekday: 2, time: '10:00' }] });
    for (const body of [
      { timeZone: '+02:00', slots: [] },
      { timeZone: 'Mars/Olympus', slots: [] },
      { timeZone: 'UTC', slots: [{ weekday: 7, time: '10:00' }] },
      { timeZone: 'UTC', slots: [{ weekday: 1, time: '24:00' }] },
      { timeZone: 'UTC', slots: Array.from({ length: 51 }, (_, i) => ({ weekday: i % 7, time: `10:${10 + i}` })) },
    ]) {
      await expectProblem(await putSlots(user, account.id, body), 400);
    }
    expect(await json<SlotSet>(await call(ws(user, `/accounts/${account.id}/slots`), { token: user.token }))).toEqual({
      timeZone: 'UTC',
      slots: [{ weekday: 2, time: '10:00' }],
    });
  });
});

describe('add to queue', () => {
  it('refuses an account with no posting times, naming it', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    const problem = await expectProblem(await queuePost(user, [account.id]), 422);
    expect(problem.detail).toBe(`Add posting times to @${account.handle}'s queue first.`);
  });

  it('refuses queue with a time or with publish now', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    for (const extra of [{ publishNow: true }, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }]) {
      const res = await call(ws(user, '/posts'), {
        method: 'POST',
        token: user.token,
        body: { body: 'x', targets: [{ accountId: account.id }], queue: true, ...extra },
      });
      await expectProblem(res, 400);
    }
  });

  it('fills the free slots in order, racing requests included, and the queue view shows who holds each', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    await putSlots(user, account.id, { timeZone: 'UTC', slots: everyDay('12:00') });
    // Three requests at once: each must get a slot of its own.
    const created = await Promise.all([1, 2, 3].map((n) => queuePost(user, [account.id], `Queued ${n}`)));
    const times = await Promise.all(
      created.map(async (res) => {
        expect(res.status).toBe(201);
        return (await json<{ scheduledAt: string }>(res)).scheduledAt;
      }),
    );
    const queue = await json<Queue>(
      await call(ws(user, `/accounts/${account.id}/queue?weeks=1`), { token: user.token }),
    );
    const firstThree = queue.slots.slice(0, 3).map((slot) => slot.at);
    expect([...times].sort()).toEqual(firstThree);
    expect(queue.slots.slice(0, 3).every((slot) => slot.post?.status === 'scheduled')).toBe(true);
    expect(queue.slots.slice(3).every((slot) => slot.post === null)).toBe(true);
    expect(queue.slots.length).toBe(7);
    for (const slot of queue.slots) expect(new Date(slot.at).getUTCHours()).toBe(12);
  });

  it('takes the first instant free on every account', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const b = await seedWebhookAccount(user);
    await putSlots(user, a.id, { timeZone: 'UTC', slots: everyDay('08:00').concat(everyDay('18:00')) });
    await putSlots(user, b.id, { timeZone: 'UTC', slots: everyDay('18:00') });
    const first = await json<{ scheduledAt: string }>(await queuePost(user, [a.id, b.id]));
    expect(new Date(first.scheduledAt).getUTCHours()).toBe(18);
    // a's 08:00 slots are still free for a alone.
    const alone = await json<{ scheduledAt: string }>(await queuePost(user, [a.id]));
    expect(new Date(alone.scheduledAt).getUTCHours()).toBe(8);
    expect(new Date(alone.scheduledAt).getTime()).toBeLessThan(new Date(first.scheduledAt).getTime() + 86_400_000);
  });

  it('keeps a slot at its wall-clock time across a DST change, skipping a taken one', async () => {
    const user = await signUp();
    const account = await seedWebhookAccount(user);
    await putSlots(user, account.id, { timeZone: 'Europe/Berlin', slots: everyDay('09:00') });
    // Saturday 27 March 2027 is still CET (09:00 = 08:00Z); Sunday 28 March is CEST (09:00 = 07:00Z).
    const now = new Date('2027-03-26T12:00:00Z');
    const saturday = new Date('2027-03-27T08:00:00Z');
    expect(await firstFreeSlot(ctx(), [account], now)).toEqual(saturday);
    await createPost(
      ctx(),
      user.workspaceId,
      { body: 'Taken', targets: [{ accountId: account.id }], scheduledAt: saturday },
      null,
    );
    expect(await firstFreeSlot(ctx(), [account], now)).toEqual(new Date('2027-03-28T07:00:00Z'));
  });
});
