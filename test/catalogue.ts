import type { TestUser } from './factories';
import type { World } from './world';

/**
 * One line per workspace route: how to fill in its path and body in a test world. Each
 * feature keeps its lines beside it (`worker/features/<area>/test-cases.ts`, core's in
 * `worker/core/test-cases.ts`); this file gathers them. The isolation, role and bad-input
 * suites run every route listed, and fail when the OpenAPI document has a workspace route
 * no feature lists — so a new route is covered by adding its line to its feature.
 */
export interface RouteCase {
  /** Path parameters other than workspaceId, given the world and the caller. */
  params?: (world: World, caller: TestUser) => Record<string, string>;
  body?: (world: World) => unknown;
  /** Not authenticated by bearer token (checked by its own suite instead). */
  auth?: 'ticket';
}

export type RouteCases = Record<string, RouteCase>;

/** Every feature's cases, found by their file name: a new feature's are picked up without a line here. */
const FEATURE_CASES = import.meta.glob<RouteCases>(
  ['../worker/core/test-cases.ts', '../worker/features/*/test-cases.ts'],
  {
    eager: true,
    import: 'ROUTE_CASES',
  },
);

export const WORKSPACE_ROUTES: RouteCases = Object.assign({}, ...Object.values(FEATURE_CASES));

/** Fills `{name}` placeholders of an OpenAPI path. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}

export function splitKey(key: string): { method: string; path: string } {
  const [method = '', path = ''] = key.split(' ');
  return { method, path };
}
