/**
 * Password hashes: scrypt from node:crypto, memory-hard, run on libuv's thread
 * pool (the async API) so a login never blocks the event loop. A stored hash
 * names its own parameters (`$scrypt$ln=17,r=8,p=1$<salt>$<key>`, base64
 * without padding, after the PHC string format), so the defaults can be
 * raised later: old hashes still verify, and are rehashed at the next login.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normalisePassword } from './password-policy.ts';

export interface ScryptParams {
  /** log2 of the cost N. */
  logN: number;
  r: number;
  p: number;
  keyLength: number;
  saltLength: number;
}

/**
 * OWASP's Password Storage Cheat Sheet asks for at least N=2^17, r=8, p=1
 * (128 MiB of memory per hash); a 64-byte key and a 16-byte random salt.
 * Measured on the development machine (2 shared, busy cores): 0.7–1.0 s of
 * CPU per hash, so a sign-in takes about a second, once per session.
 */
export const SCRYPT_DEFAULTS: Readonly<ScryptParams> = { logN: 17, r: 8, p: 1, keyLength: 64, saltLength: 16 };

/**
 * Bounds on the parameters a stored hash may ask for: a corrupted or planted
 * hash must not make a login allocate gigabytes or spin for minutes.
 */
const LIMITS = { logN: [10, 22], r: [1, 32], p: [1, 16], keyLength: [16, 128], saltLength: [8, 64] } as const;

/**
 * Hashes computed at once, process-wide: each takes 128 × N × r bytes (128 MiB
 * at the defaults), so a burst of logins queues here instead of taking all
 * the thread pool's memory and threads.
 */
export const MAX_CONCURRENT_HASHES = 2;

const FORMAT = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export async function hashPassword(password: string, params: ScryptParams = SCRYPT_DEFAULTS): Promise<string> {
  checkParams(params);
  const salt = randomBytes(params.saltLength);
  const key = await derive(password, salt, params);
  return `$scrypt$ln=${params.logN},r=${params.r},p=${params.p}$${base64(salt)}$${base64(key)}`;
}

export interface Verification {
  ok: boolean;
  /** The hash's parameters are weaker than `current`: store a new hash now that the password is known. */
  needsRehash: boolean;
}

/** Constant-time comparison of the derived key; a malformed stored hash is an error, not a mismatch. */
export async function verifyPassword(password: string, stored: string, current: ScryptParams = SCRYPT_DEFAULTS): Promise<Verification> {
  const parsed = parseHash(stored);
  const key = await derive(password, parsed.salt, parsed.params);
  const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  const { params } = parsed;
  const needsRehash = params.logN < current.logN || params.r < current.r || params.p < current.p || params.keyLength < current.keyLength;
  return { ok, needsRehash };
}

const unmatchable = new Map<string, Promise<string>>();

/**
 * The work of a verification that cannot succeed, for a login to an account
 * that does not exist (or is disabled): it then takes as long as a wrong
 * password, so timing does not tell which accounts exist.
 */
export async function verifyNothing(password: string, params: ScryptParams = SCRYPT_DEFAULTS): Promise<void> {
  const key = JSON.stringify(params);
  let hash = unmatchable.get(key);
  if (hash === undefined) {
    hash = hashPassword(randomBytes(32).toString('base64'), params);
    unmatchable.set(key, hash);
  }
  await verifyPassword(password, await hash, params);
}

/** The parameters a stored hash was made with. */
export function hashParams(stored: string): ScryptParams {
  return parseHash(stored).params;
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } {
  const match = FORMAT.exec(stored);
  if (!match) throw new Error('desk: stored password hash is not in the $scrypt$ln=…,r=…,p=…$salt$key format');
  const salt = Buffer.from(match[4]!, 'base64');
  const key = Buffer.from(match[5]!, 'base64');
  const params = { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]), keyLength: key.length, saltLength: salt.length };
  checkParams(params);
  return { params, salt, key };
}

function checkParams(params: ScryptParams): void {
  for (const [name, [low, high]] of Object.entries(LIMITS)) {
    const value = params[name as keyof ScryptParams];
    if (!Number.isInteger(value) || value < low || value > high) {
      throw new Error(`desk: scrypt parameter ${name}=${value} is outside ${low}–${high}`);
    }
  }
}

async function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // Node refuses above maxmem (32 MiB by default); scrypt needs 128 × N × r × p bytes, plus a little.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 129 * N * params.r * params.p + 1024 * 1024 };
  const input = Buffer.from(normalisePassword(password), 'utf8');
  await hashSlots.acquire();
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      scrypt(input, salt, params.keyLength, options, (error, key) => (error ? reject(new Error('desk: scrypt failed', { cause: error })) : resolve(key)));
    });
  } finally {
    hashSlots.release();
  }
}

function base64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}

/** A counting semaphore: at most MAX_CONCURRENT_HASHES derivations at once, the rest wait in order. */
const hashSlots = (() => {
  let free = MAX_CONCURRENT_HASHES;
  const waiting: (() => void)[] = [];
  return {
    acquire(): Promise<void> {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
})();
