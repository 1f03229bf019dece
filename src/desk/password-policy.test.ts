import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describePasswordProblem, passwordProblem } from './password-policy.ts';

const EMAIL = 'asha.verma@desk.example';

test('a long, unremarkable password is accepted, in any script', () => {
  assert.equal(passwordProblem('harbour lanterns at dusk', EMAIL), null);
  assert.equal(passwordProblem('बंदरगाह की शाम रोशन है', EMAIL), null);
});

test('weak passwords are refused with the reason', () => {
  const cases: [string, string, RegExp][] = [
    ['short1', 'too-short', /at least 12 characters are needed \(it has 6\)/],
    ['x'.repeat(1025), 'too-long', /at most 1024/],
    ['Asha.Verma@Desk.Example', 'is-email', /own email address/],
    ['password1234', 'common', /most common passwords/],
    ['QwertyUiop12', 'common', /most common/],
    ['zzzzzzzzzzzzzz', 'one-character', /one character repeated/],
    ['123456789012', 'sequence', /plain run/],
    ['onmlkjihgfedcba', 'sequence', /plain run/],
  ];
  for (const [password, code, reason] of cases) {
    const problem = passwordProblem(password, EMAIL);
    assert.equal(problem?.code, code, password);
    assert.match(describePasswordProblem(problem), reason);
  }
});

test('the local part of the email alone is refused when it is long enough to pass the length rule', () => {
  assert.equal(passwordProblem('asha.verma.desk', 'asha.verma.desk@desk.example')?.code, 'is-email');
});

test('length counts characters after NFKC, not UTF-16 units or bytes', () => {
  // 11 Devanagari code points: too short although it is 33 bytes of UTF-8.
  assert.equal(passwordProblem('बंदरगाहशामक', EMAIL)?.code, 'too-short');
  // Full-width digits fold to ASCII under NFKC, so this is the common password.
  assert.equal(passwordProblem('password１２３４', EMAIL)?.code, 'common');
});
