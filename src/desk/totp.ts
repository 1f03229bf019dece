/**
 * Time-based one-time passwords for two-factor sign-in (RFC 6238 over the
 * HOTP of RFC 4226), with node:crypto only: HMAC-SHA-1, 6 digits, 30-second
 * steps, the parameters every authenticator app assumes from an otpauth://
 * URI that names none. A code is accepted one step either side of the
 * server's clock (RFC 6238 §5.2, for clock drift and typing time), and each
 * step is accepted once: the caller records the step it matched
 * (`Store.claimTotpStep`), so a code seen over a shoulder is worth nothing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 4226 §4 asks for at least 128 bits and recommends 160: the length of an HMAC-SHA-1 key. */
const SECRET_BYTES = 20;
export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** Steps accepted on either side of the current one. */
export const TOTP_WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE32_TEXT = /^[A-Z2-7]+$/;

/** A new secret, as the base32 text (RFC 4648 §6, no padding) that apps read. */
export function newTotpSecret(random: (size: number) => Buffer = randomBytes): string {
  return base32Encode(random(SECRET_BYTES));
}

/** True for the base32 text of a secret of the length this desk makes. */
export function isTotpSecret(text: string): boolean {
  return text.length === Math.ceil((SECRET_BYTES * 8) / 5) && BASE32_TEXT.test(text);
}

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  if (!BASE32_TEXT.test(clean)) throw new Error('totp: the secret is not base32 text');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 §5.3: HMAC-SHA-1 of the 8-byte counter, dynamically truncated to `digits` decimal digits. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** RFC 6238 §4.2: the number of whole steps since the Unix epoch. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/**
 * The step whose code `code` is, within the window around `now`, or null.
 * Every candidate is computed and compared in constant time, so the answer's
 * timing says nothing about which one matched.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const typed = code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(typed)) return null;
  const key = base32Decode(secret);
  const current = totpStep(now);
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(typed)) && matched === null) matched = step;
  }
  return matched;
}

/** The otpauth:// URI that authenticator apps read (Key Uri Format): issuer and account in the label and as a parameter. */
export function otpauthUri(secret: string, account: string, issuer: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS) });
  return `otpauth://totp/${label}?${query.toString()}`;
}
