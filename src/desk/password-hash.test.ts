import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCRYPT_DEFAULTS, hashParams, hashPassword, verifyNothing, verifyPassword } from './password-hash.ts';

/** Cheap parameters for the tests that are not about cost. */
const FAST = { ...SCRYPT_DEFAULTS, logN: 10 };

test('the default hash uses OWASP\'s scrypt parameters and names them', async () => {
  const ticks = { n: 0 };
  const timer = setInterval(() => ticks.n++, 5);
  const started = performance.now();
  const hash = await hashPassword('harbour lanterns at dusk');
  const elapsed = performance.now() - started;
  clearInterval(timer);
  assert.match(hash, /^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{86}$/);
  assert.deepEqual(hashParams(hash), { logN: 17, r: 8, p: 1, keyLength: 64, saltLength: 16 });
  assert.equal((await verifyPassword('harbour lanterns at dusk', hash)).ok, true);
  // The event loop kept running while scrypt worked on the thread pool: a hash on the main thread
  // would let no timer fire at all. (How many fire depends on the machine's load, so only a few are asked for.)
  assert.ok(ticks.n >= 2, `only ${ticks.n} timer ticks in ${elapsed.toFixed(0)} ms`);
});

test('a wrong password does not verify; each hash has its own salt', async () => {
  const a = await hashPassword('harbour lanterns at dusk', FAST);
  const b = await hashPassword('harbour lanterns at dusk', FAST);
  assert.notEqual(a, b);
  assert.equal((await verifyPassword('harbour lanterns at dawn', a, FAST)).ok, false);
  assert.equal((await verifyPassword('harbour lanterns at dusk', b, FAST)).ok, true);
});

test('the password is compared after NFKC normalisation', async () => {
  const hash = await hashPassword('Café au lait 2026', FAST);
  assert.equal((await verifyPassword('Cafe\u0301 au lait 2026', hash, FAST)).ok, true);
});

test('a hash with weaker parameters than the current ones asks to be rehashed', async () => {
  const old = await hashPassword('harbour lanterns at dusk', FAST);
  assert.deepEqual(await verifyPassword('harbour lanterns at dusk', old, { ...FAST, logN: 11 }), { ok: true, needsRehash: true });
  assert.deepEqual(await verifyPassword('harbour lanterns at dusk', old, FAST), { ok: true, needsRehash: false });
});

test('a malformed or extravagant stored hash is an error, not a mismatch', async () => {
  await assert.rejects(verifyPassword('x', 'plain-text-password'), /not in the \$scrypt/);
  await assert.rejects(verifyPassword('x', '$scrypt$ln=30,r=8,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5'), /logN=30 is outside/);
});

test('verifying against nothing takes a verification\'s time and never succeeds', async () => {
  await verifyNothing('anything at all', FAST);
  const started = performance.now();
  await verifyNothing('anything at all', FAST);
  assert.ok(performance.now() - started > 0.5, 'it ran scrypt');
});
