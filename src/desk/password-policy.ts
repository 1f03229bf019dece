/**
 * Which passwords the desk accepts. NIST SP 800-63B's advice, kept small:
 * a minimum length, no composition rules, and a refusal of passwords an
 * attacker tries first (the account's own email, the most common ones, one
 * character repeated, a plain run of digits or letters). Every refusal says why.
 */

/** Long enough that, with scrypt in front of it, guessing online or offline is slow. */
export const MIN_PASSWORD_LENGTH = 12;
/** Pasted passphrases fit; megabytes of "password" do not reach the hash. */
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem =
  | { code: 'too-short'; length: number }
  | { code: 'too-long' }
  | { code: 'is-email' }
  | { code: 'common' }
  | { code: 'one-character' }
  | { code: 'sequence' };

/**
 * Common passwords of the minimum length or longer, from the patterns that
 * lead every published list of leaked passwords (a word or a keyboard row
 * with digits appended); shorter ones are refused by length already.
 */
const COMMON_PASSWORDS = new Set([
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'passwordpassword',
  'passw0rd1234',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'qwertyuiopasdfgh',
  'qwerty123456',
  'qwerty1234567',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'asdfghjkl123',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'administrator',
  'administrator1',
  'admin1234567',
  'abc123abc123',
  'abcd1234abcd',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'trustno1trustno1',
  'wiredesk1234',
  'wiredesk12345',
  'newsdesk1234',
]);

/** NFKC, as NIST SP 800-63B asks: a password typed on another device's keyboard is the same password. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Null when the password may be used for the account with this (normalised) email. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const normal = normalisePassword(password);
  const chars = [...normal];
  if (chars.length < MIN_PASSWORD_LENGTH) return { code: 'too-short', length: chars.length };
  if (chars.length > MAX_PASSWORD_LENGTH) return { code: 'too-long' };
  const folded = normal.toLowerCase();
  const localPart = email.split('@')[0] ?? '';
  if (folded === email || folded === localPart) return { code: 'is-email' };
  if (COMMON_PASSWORDS.has(folded)) return { code: 'common' };
  if (new Set(chars).size === 1) return { code: 'one-character' };
  if (isRun(folded)) return { code: 'sequence' };
  return null;
}

/** The refusal in English, for the command line: `wiredesk: password refused: …`. */
export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too-short':
      return `it is too short: at least ${MIN_PASSWORD_LENGTH} characters are needed (it has ${problem.length})`;
    case 'too-long':
      return `it is too long: at most ${MAX_PASSWORD_LENGTH} characters`;
    case 'is-email':
      return 'it is the account\'s own email address';
    case 'common':
      return 'it is one of the most common passwords, the first an attacker tries';
    case 'one-character':
      return 'it is one character repeated';
    case 'sequence':
      return 'it is a plain run of digits or letters (1234…, abcd…)';
  }
}

/** Each character one after the previous, up or down (`123456789012` wraps 9 → 0). */
function isRun(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const step = (a: number, b: number) => (a === 0x39 && b === 0x30 ? 1 : a === 0x30 && b === 0x39 ? -1 : b - a);
  const first = step(codes[0]!, codes[1]!);
  if (Math.abs(first) !== 1) return false;
  return codes.every((code, i) => i === 0 || step(codes[i - 1]!, code) === first);
}
