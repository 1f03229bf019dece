/**
 * Which of the codings the render cache holds a request gets, from its
 * Accept-Encoding (RFC 9110 §12.5.3): the acceptable coding with the highest
 * q-value, brotli before gzip before identity when they tie.
 */

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Tie order: brotli is the smaller of the two, and either beats sending the bytes as they are. */
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

/**
 * Identity not named (and no `*`) is acceptable, but last: "gzip;q=0.5" means
 * the client takes gzip, not that it would rather have the raw bytes.
 */
const UNNAMED_IDENTITY_Q = 0.0001;

const Q_PARAM = /^q=([01](?:\.\d{0,3})?)$/i;

/** A header up to this long is read; longer ones are nonsense or abuse, and get identity. */
const MAX_HEADER_LENGTH = 1024;

export function negotiateEncoding(header: string | undefined): ContentCoding {
  // No header: any coding is acceptable (RFC 9110 §12.5.3), but a client that
  // says nothing may be a script that cannot decode; the raw bytes always work.
  if (header === undefined || header.length > MAX_HEADER_LENGTH) return 'identity';
  const q = weights(header);
  const wildcard = q.get('*');
  const weight = (coding: ContentCoding): number => {
    const named = q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined);
    if (named !== undefined) return named;
    if (wildcard !== undefined) return wildcard;
    return coding === 'identity' ? UNNAMED_IDENTITY_Q : 0;
  };
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of PREFERENCE) {
    const w = weight(coding);
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  // Nothing acceptable (`identity;q=0, *;q=0`): §12.5.3 allows answering
  // without a coding rather than 415, and a page is better than an error.
  return best;
}

/** Coding name (lowercase) to its q-value; a malformed q counts as 0. */
function weights(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      if (!/^q=/i.test(param)) continue;
      const match = Q_PARAM.exec(param);
      weight = match ? Math.min(1, Number(match[1])) : 0;
    }
    q.set(name.toLowerCase(), weight);
  }
  return q;
}
