/**
 * The platform readers' contract checks against recorded real responses of YouTube, Reddit,
 * Google Trends and Bluesky (../shared/corpora/api-samples). The readers' parsing is plain
 * TypeScript, so these run in Node: Vitest rooted in the readers folder finds no Workers
 * config and uses its default environment.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../scripts/local-env.mjs';

export async function run(corporaDir) {
  const result = spawnSync('npx', ['vitest', 'run', '--root', join(root, 'worker/connectors/readers'), 'contract'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CORPORA_DIR: corporaDir },
  });
  return result.status === 0;
}
