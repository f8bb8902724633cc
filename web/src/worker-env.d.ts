// The web app type-checks the Worker's routes (for `hc<AppType>`), and with them the
// optional secrets the Worker declares beside its generated Env.
/// <reference path="../../worker/env.d.ts" />
