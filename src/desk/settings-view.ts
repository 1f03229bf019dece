/**
 * The configuration as the settings page shows it: every value in effect,
 * with secrets hidden by the one list the service log uses
 * (util/secret-values.ts): a field named like a secret reads `[redacted]`
 * whatever it holds, a URL loses its user, password and key-like query
 * parameters, and a password inside any other text is masked.
 */
import type { Config } from '../config/schema.ts';
import { isSecretField, maskUrlPasswords, REDACTED, withoutUrlCredentials } from '../util/secret-values.ts';

const HTTP_URL = /^https?:\/\//i;

export function redactedConfig(config: Config): unknown {
  return redactValue(config);
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, isSecretField(key) && inner !== null && inner !== undefined ? REDACTED : redactValue(inner)]),
    );
  }
  return value;
}

function redactText(text: string): string {
  if (HTTP_URL.test(text)) return withoutUrlCredentials(text) ?? maskUrlPasswords(text);
  return maskUrlPasswords(text);
}

/** An http(s) address as the page shows it: without credentials. */
export function shownAddress(url: string): string {
  return redactText(url);
}
