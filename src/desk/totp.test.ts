import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base32Decode, base32Encode, hotp, isTotpSecret, matchTotp, newTotpSecret, otpauthUri, totpStep } from './totp.ts';

/** RFC 6238 Appendix B's SHA-1 key, "12345678901234567890". */
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');

test('RFC 6238 Appendix B: the SHA-1 test vectors, at 8 digits and at the desk\'s 6', () => {
  const vectors: [seconds: number, code: string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  for (const [seconds, code] of vectors) {
    const step = totpStep(new Date(seconds * 1000));
    assert.equal(hotp(RFC_KEY, step, 8), code, `T = ${seconds}`);
    assert.equal(hotp(RFC_KEY, step), code.slice(2), `T = ${seconds}, 6 digits`);
  }
});

test('RFC 4226 Appendix D: the HOTP values of counters 0 to 9', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  assert.deepEqual(expected.map((_, counter) => hotp(RFC_KEY, counter)), expected);
});

test('base32 as RFC 4648 spells it, both ways', () => {
  assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
  assert.equal(base32Decode('MZXW6YTBOI======').toString(), 'foobar');
  assert.equal(base32Encode(RFC_KEY), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  const secret = newTotpSecret();
  assert.ok(isTotpSecret(secret));
  assert.equal(base32Decode(secret).length, 20);
  assert.notEqual(newTotpSecret(), secret);
  assert.throws(() => base32Decode('not base32!'), /not base32/);
});

test('a code matches one step either side of now, and no further', () => {
  const secret = base32Encode(RFC_KEY);
  const now = new Date(1_111_111_111_000);
  const step = totpStep(now);
  assert.equal(matchTotp(secret, hotp(RFC_KEY, step), now), step);
  assert.equal(matchTotp(secret, hotp(RFC_KEY, step - 1), now), step - 1);
  assert.equal(matchTotp(secret, ` ${hotp(RFC_KEY, step + 1).slice(0, 3)} ${hotp(RFC_KEY, step + 1).slice(3)} `, now), step + 1, 'spaces as apps show them');
  assert.equal(matchTotp(secret, hotp(RFC_KEY, step - 2), now), null);
  assert.equal(matchTotp(secret, hotp(RFC_KEY, step + 2), now), null);
  assert.equal(matchTotp(secret, '12345', now), null);
  assert.equal(matchTotp(secret, 'abcdef', now), null);
});

test('the otpauth URI names the issuer, the account and the parameters', () => {
  const uri = otpauthUri('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'asha@desk.example', 'संगम समाचार');
  assert.match(uri, /^otpauth:\/\/totp\/%E0%A4%B8[^:]*:asha%40desk\.example\?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=/);
  assert.match(uri, /&algorithm=SHA1&digits=6&period=30$/);
});
