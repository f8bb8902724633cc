import type { Db } from '../../db/client';
import type { Role } from '../../lib/roles';

/** Who is calling: a signed-in user (access JWT) or an API key bound to one workspace. */
export type Principal =
  | { kind: 'user'; userId: string }
  | { kind: 'api_key'; keyId: string; userId: string | null; workspaceId: string; role: Role };

/** The caller's standing in the workspace named by the path. */
export interface WorkspaceAccess {
  workspaceId: string;
  role: Role;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Db;
    principal: Principal;
    access: WorkspaceAccess;
  };
}
