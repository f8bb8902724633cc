/**
 * Installs the test PDS (@atproto/dev-env) into test/pds/node_modules. Its better-sqlite3 is
 * compiled from source for the Node that runs the tests (the project's Node 22, from the
 * `node` package), so node-gyp is pointed at that Node's headers, which the package ships.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shipped = join(here, '../../node_modules/node/node_modules');
const nodedir = existsSync(shipped)
  ? readdirSync(shipped)
      .map((name) => join(shipped, name))
      .find((dir) => existsSync(join(dir, 'include/node/node.h')))
  : undefined;
if (!nodedir) {
  console.error('No Node headers under node_modules/node: run `npm install` at the root first.');
  process.exit(1);
}
const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
  cwd: here,
  stdio: 'inherit',
  env: { ...process.env, npm_config_nodedir: nodedir },
});
process.exit(result.status ?? 1);
