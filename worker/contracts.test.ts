import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS as WEB_AUDIT_ACTIONS } from './contracts';
import { AUDIT_ACTIONS } from './features';

describe('the contracts the web app reads', () => {
  it('list every audit action the API records, so the audit filter never falls behind', () => {
    expect([...WEB_AUDIT_ACTIONS].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
