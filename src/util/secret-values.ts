/**
 * What counts as a secret, in one place: the service log (pino's redaction),
 * the desk's settings page and the public API's feed URLs all read it, so a
 * name added here is hidden everywhere at once.
 */

/** Field names whose values are never written or shown, wherever they appear (compared without regard to case). */
export const SECRET_FIELDS: readonly string[] = ['password', 'token', 'authorization', 'cookie', 'secret', 'databaseUrl', 'apiKey'];

/** What stands in for a hidden value. */
export const REDACTED = '[redacted]';

const SECRET_FIELD_SET = new Set(SECRET_FIELDS.map((name) => name.toLowerCase()));

export function isSecretField(name: string): boolean {
  return SECRET_FIELD_SET.has(name.toLowerCase());
}

/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi;

/** Masks the password of every URL in a text (a database URL quoted in an error message). */
export function maskUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/** Query parameters whose values are credentials more often than not (`api_key`, `access_token`, `sig`…). */
const SECRET_PARAMETER = /key|token|secret|pass|auth|sig|session|cred/i;

/**
 * An http(s) URL without its credentials: no user or password, and the values
 * of query parameters named like keys and tokens replaced by `replacement`.
 * Null when the text is not a URL.
 */
export function withoutUrlCredentials(url: string, replacement = REDACTED): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) {
    parsed.username = '';
    parsed.password = '';
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, replacement);
  }
  return parsed.href;
}
