/**
 * The direction of dependencies (STYLE.md, "Layout"), checked in `npm run lint`:
 *
 *   entry (worker/index.ts, app.ts, features.ts, contracts.ts)
 *     → features → ai → connectors → core → queues → durable-objects → db → lib
 *
 * Each layer imports only the layers after it (and itself); lib imports nothing else of the
 * project. Tests may reach anywhere, but production code never imports a test. The web app
 * imports from the rest of the repository only worker/contracts.ts. No circles, anywhere.
 */
const LAYERS = [
  ['entry', '^worker/(index|app|features|contracts)[.]ts$'],
  ['features', '^worker/features/'],
  ['ai', '^worker/ai/'],
  ['connectors', '^worker/connectors/'],
  ['core', '^worker/core/'],
  ['queues', '^queues/'],
  ['durable-objects', '^durable-objects/'],
  ['db', '^worker/db/'],
  ['lib', '^worker/lib/'],
];

const TESTS = '([.]test[.]ts$|/test-cases[.]ts$|^test/|^bench/|^eval/)';

/** A layer may not import any layer above it. */
const upward = LAYERS.flatMap(([name, path], index) =>
  LAYERS.slice(0, index).map(([above, abovePath]) => ({
    name: `${name}-not-to-${above}`,
    comment: `${name} sits below ${above}: move the shared part down, or pass it in from above.`,
    severity: 'error',
    from: { path, pathNot: TESTS },
    to: { path: abovePath },
  })),
);

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'lib-is-pure',
      comment: 'worker/lib holds pure helpers that import nothing else of the project.',
      severity: 'error',
      from: { path: '^worker/lib/', pathNot: TESTS },
      to: { path: '^(worker|queues|durable-objects|web|test)/', pathNot: '^worker/lib/' },
    },
    {
      name: 'no-tests-in-production',
      comment: 'Production code never imports test helpers.',
      severity: 'error',
      from: { path: '^(worker|queues|durable-objects)/', pathNot: TESTS },
      to: { path: TESTS },
    },
    {
      name: 'web-only-through-contracts',
      comment: 'The web app imports from the worker only its contracts, through worker/contracts.ts.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(worker|queues|durable-objects)/', pathNot: '^worker/contracts[.]ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Import circles make load order matter and layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(cloudflare:|node:)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // test/pds is a package of its own (the test PDS), installed apart: not part of this tree.
    exclude: { path: '^(node_modules|web/dist|[.]wrangler|test/pds)/' },
    // TypeScript 7 has no compiler API yet: swc parses the sources.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types', 'workerd', 'worker', 'browser'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    builtInModules: { add: ['cloudflare:workers', 'cloudflare:test', 'cloudflare:email', 'cloudflare:sockets'] },
  },
};
