import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from './client';
import { uniqueViolation } from './errors';
import { workspaces } from './schema/workspaces';

describe('uniqueViolation', () => {
  it("recognises D1's own error for a duplicate key, through Drizzle, and names the columns", async () => {
    const db = createDb(env.DB);
    const now = new Date();
    const row = { id: 'ws_dup', name: 'One', createdAt: now, updatedAt: now };
    await db.insert(workspaces).values(row);
    const error = await db
      .insert(workspaces)
      .values(row)
      .then(() => null)
      .catch((e: unknown) => e);
    expect(uniqueViolation(error)).toEqual(['workspaces.id']);
  });

  it('says null for other errors', async () => {
    const error = await env.DB.prepare('SELECT * FROM no_such_table')
      .all()
      .catch((e: unknown) => e);
    expect(uniqueViolation(error)).toBeNull();
    expect(uniqueViolation(new Error('UNIQUE is a word'))).toBeNull();
    expect(uniqueViolation('UNIQUE constraint failed: a.b')).toBeNull();
  });
});
