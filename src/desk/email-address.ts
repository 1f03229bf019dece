/** Account emails: one spelling per account, whatever the user types. */

/** RFC 5321's limit on a forward path; longer is not an address anyone can receive mail at. */
export const MAX_EMAIL_LENGTH = 254;

/** One @, something on either side, no spaces or angle brackets: enough to catch typos, not a full RFC 5322 parser. */
const PLAUSIBLE_EMAIL = /^[^\s@<>]+@[^\s@<>]+$/u;

/** Trimmed and lowercase: `Asha@Desk.Example ` and `asha@desk.example` are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A normalised email that could be an address. */
export function isPlausibleEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && PLAUSIBLE_EMAIL.test(email);
}
