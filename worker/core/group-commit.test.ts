import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { seedOwner } from '../../test/seed';
import { createDb } from '../db/client';
import { workspaces } from '../db/schema/workspaces';
import { systemContext } from './context';
import { groupedBatch, groupedReads } from './group-commit';

/** A context whose database counts the statements of each batch it sends to D1. */
function countingContext() {
  const db = createDb(env.DB);
  const spy = vi.spyOn(db, 'batch');
  return {
    ctx: { ...systemContext(env, () => {}), db },
    sent: { get: () => spy.mock.calls.map(([items]) => items.length) },
  };
}

describe('group commit', () => {
  it('sends the batches tasks hand in together as one, and answers each its own results', async () => {
    const { ctx, sent } = countingContext();
    const owners = await Promise.all(['one', 'two', 'three'].map((name) => seedOwner(name)));
    const renamed = await Promise.all(
      owners.map((owner, i) =>
        groupedBatch(ctx, [
          ctx.db
            .update(workspaces)
            .set({ name: `renamed ${i}` })
            .where(eq(workspaces.id, owner.workspaceId)),
          ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, owner.workspaceId)),
        ]),
      ),
    );
    expect(sent.get()).toEqual([6]);
    expect(renamed.map(([, rows]) => rows)).toEqual([
      [{ name: 'renamed 0' }],
      [{ name: 'renamed 1' }],
      [{ name: 'renamed 2' }],
    ]);
  });

  it("fails only the caller whose statement fails; the others' writes land", async () => {
    const { ctx, sent } = countingContext();
    const [owner, other] = await Promise.all([seedOwner('kept'), seedOwner('taken')]);
    if (!owner || !other) throw new Error('seeding failed');
    const now = new Date();
    const results = await Promise.allSettled([
      groupedBatch(ctx, [
        ctx.db.update(workspaces).set({ name: 'changed' }).where(eq(workspaces.id, owner.workspaceId)),
      ]),
      // The id is taken: this insert fails, and with it only this caller's batch.
      groupedBatch(ctx, [
        ctx.db.insert(workspaces).values({ id: other.workspaceId, name: 'clash', createdAt: now, updatedAt: now }),
      ]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    // Together first, then each on its own after the group failed.
    expect(sent.get()).toEqual([2, 1, 1]);
    const [[row]] = await groupedReads(ctx, [
      ctx.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, owner.workspaceId)),
    ]);
    expect(row?.name).toBe('changed');
  });

  it('sends a batch handed in while another is out with the next group, not alone and not lost', async () => {
    const { ctx, sent } = countingContext();
    const owner = await seedOwner('later');
    const read = async () => {
      const [rows] = await groupedReads(ctx, [
        ctx.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, owner.workspaceId)),
      ]);
      return rows;
    };
    const first = read();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [second, third] = await Promise.all([read(), read(), first]);
    expect(second).toEqual([{ id: owner.workspaceId }]);
    expect(third).toEqual([{ id: owner.workspaceId }]);
    expect(sent.get()).toEqual([1, 2]);
  });
});
