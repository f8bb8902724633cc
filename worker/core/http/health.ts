import { z } from '@hono/zod-openapi';
import { logError } from '../../lib/log';
import { createRouter, json, publicRoute } from './router';

const Check = z.enum(['ok', 'error']);
const HealthSchema = z
  .object({ status: z.enum(['ok', 'degraded']), checks: z.object({ db: Check, storage: Check, queue: Check }) })
  .openapi('Health');

async function check(name: string, probe: () => Promise<unknown>): Promise<'ok' | 'error'> {
  try {
    await probe();
    return 'ok';
  } catch (error) {
    logError('health.check_failed', error, { check: name });
    return 'error';
  }
}

export const healthRoutes = createRouter().openapi(
  publicRoute({
    method: 'get',
    path: '/',
    tags: ['Health'],
    summary: 'Whether D1, R2 and the queues are reachable',
    responses: {
      200: json(HealthSchema, 'Everything answers'),
      503: json(HealthSchema, 'Something does not'),
    },
  }),
  async (c) => {
    const [db, storage, queue] = await Promise.all([
      check('db', () => c.env.DB.prepare('SELECT 1').first()),
      check('storage', () => c.env.MEDIA.head('health/probe')),
      // A producer binding cannot be probed without sending; its presence is what can fail here.
      check('queue', async () => {
        if (typeof c.env.INGEST?.send !== 'function') throw new Error('INGEST queue binding missing');
      }),
    ]);
    const checks = { db, storage, queue };
    const ok = Object.values(checks).every((v) => v === 'ok');
    c.header('Cache-Control', 'no-store');
    return ok ? c.json({ status: 'ok' as const, checks }, 200) : c.json({ status: 'degraded' as const, checks }, 503);
  },
);
