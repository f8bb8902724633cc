/**
 * The baseline of `npm run bench publish`: a plain Node loop making the calls the pipeline
 * makes — a signed JSON POST per target, of the same shape and size, with an Idempotency-Key
 * — to the same platform, `concurrency` at a time. What the machine and the platform manage
 * with none of the pipeline around the calls.
 */
import { createHmac } from 'node:crypto';
import { ulid, webhookKey } from './publish-seed.mjs';

const SECRET = 'bench-baseline-secret';

/** The delivery webhook.ts sends for a target's first part, signed as lib/webhook-signature signs it. */
function delivery(targetId, body) {
  const key = webhookKey(targetId, 0);
  const json = JSON.stringify({
    id: key,
    type: 'post.publish',
    createdAt: new Date().toISOString(),
    data: { targetId, index: 0, body },
  });
  const t = Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', SECRET).update(`${t}.${json}`).digest('hex');
  return {
    key,
    init: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': key,
        'Crowsnest-Signature': `t=${t},v1=${mac}`,
      },
      body: json,
    },
  };
}

/**
 * Sends `count` deliveries to `<origin>/base/<n>` (n over `accounts` paths), `concurrency` at
 * a time; returns the number that did not answer 2xx.
 */
export async function runBaseline(platform, { count, concurrency, accounts, body }) {
  for (let n = 0; n < accounts; n++) await platform.setSecret(`/base/${n}`, SECRET);
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const { init } = delivery(ulid('tgt', Date.now()), body);
      const res = await fetch(`${platform.origin}/base/${n % accounts}`, init);
      await res.arrayBuffer();
      if (!res.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}
