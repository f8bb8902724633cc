import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/factories';
import { passwordProblem } from './password-policy';

const EMAIL = 'ada.lovelace@example.com';

describe('passwordProblem', () => {
  it('accepts long passphrases, the test factories’ one among them', async () => {
    for (const password of [PASSWORD, 'a brand new passphrase', 'Tr0ub4dor&3 plus more', 'quiet orange lantern']) {
      expect(await passwordProblem(password, EMAIL), password).toBeNull();
    }
  });

  it('refuses the most commonly used passwords, saying so', async () => {
    for (const password of ['password', '12345678', 'iloveyou', 'sunshine', 'baseball', 'trustno1']) {
      expect(await passwordProblem(password, EMAIL), password).toMatch(
        /^This is one of the most commonly used passwords\./,
      );
    }
  });

  it('refuses small changes to them and easy patterns', async () => {
    expect(await passwordProblem('P@ssw0rd123', EMAIL)).toMatch(/small change to one of the most commonly used/);
    expect(await passwordProblem('Password1!', EMAIL)).toMatch(/small change/);
    expect(await passwordProblem('abcdefghij', EMAIL)).toMatch(/Sequences/);
    expect(await passwordProblem('aaaaaaaaaa', EMAIL)).toMatch(/Repeated/);
    expect(await passwordProblem('qwertyuiop[]', EMAIL)).toMatch(/easy to guess|commonly used/);
  });

  it('refuses the email address or its local part, in any case, alone or inside', async () => {
    for (const password of [
      EMAIL,
      'ADA.LOVELACE',
      'Ada.Lovelace',
      'my ada.lovelace password',
      `x${EMAIL.toUpperCase()}x`,
    ]) {
      expect(await passwordProblem(password, EMAIL), password).toBe(
        'Do not use your email address, or the part before the @, in your password.',
      );
    }
  });

  it('does not forbid a very short local part inside a longer password', async () => {
    expect(await passwordProblem('bobsleigh across winter', 'bo@example.com')).toBeNull();
    expect(await passwordProblem('bo', 'bo@example.com')).not.toBeNull();
  });
});
