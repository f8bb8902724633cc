/// <reference types="vite/client" />
import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** Origin of the fixture server that replays outside services (test/fixture-server). */
      FIXTURE_ORIGIN: string;
      /** Targets the fault-injection test publishes (worker/features/publishing/faults.test.ts). */
      FAULT_TARGETS: string;
    }
  }
}
