/**
 * Conversions between JS values and the column encodings both engines share:
 * timestamps as UTC ISO text, structured values as JSON text, counts as numbers.
 */

/**
 * UTC ISO 8601 (`2024-05-01T04:30:00.000Z`): fixed width, so text order is time
 * order on both engines. Used for the times the store itself records.
 */
export function utcTimestamp(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new Error(`store: ${what} "${value}" is not an ISO 8601 timestamp`);
  }
  return new Date(time).toISOString();
}

/**
 * A content timestamp (`published`) in UTC ISO form for ordering, or null when
 * the source gave none or gave something that is not a date.
 */
export function utcOrNull(value: string | null): string | null {
  const time = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJsonText<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new Error(`store: ${what} holds invalid JSON`, { cause });
  }
}

/** `count(*)` is int8 on PostgreSQL, which pg returns as a string. */
export function countValue(value: string | number | bigint | undefined): number {
  return value === undefined ? 0 : Number(value);
}

/** SQLite reads a negative LIMIT as "no limit" and PostgreSQL rejects it: refuse it on both. */
export function rowCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`store: ${what} must be a whole number of rows, not ${value}`);
  }
  return value;
}
