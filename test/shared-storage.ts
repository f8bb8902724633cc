/**
 * test/setup.ts empties storage before every test, so no test sees another's leftovers. A
 * file whose tests only read (and assert that they changed nothing) may instead build its
 * data once in beforeAll: it calls shareStorageBetweenTests() at its top level, and storage
 * is emptied once before the file rather than before each test.
 */
let perTest = true;

export function shareStorageBetweenTests(): void {
  perTest = false;
}

export function storageIsPerTest(): boolean {
  return perTest;
}

/** Back to a reset per test once the file is done (test/setup.ts), should modules outlive files. */
export function endOfFile(): void {
  perTest = true;
}
