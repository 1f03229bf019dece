/**
 * Bytes → text for feeds. The order follows RFC 7303 §3 (XML media types): a
 * byte order mark wins, then the charset of the Content-Type, then the XML
 * declaration, then UTF-8. One correction for a common misconfiguration:
 * servers that label every response "charset=utf-8" while the file is, say,
 * ISO-8859-1 and says so in its declaration. When the bytes are not valid
 * UTF-8, the declaration is believed instead.
 *
 * Decoding uses TextDecoder, which in Node 20 (full ICU) knows the WHATWG
 * encodings: windows-125x, ISO-8859-x, KOI8, Shift_JIS, GBK, Big5 and others.
 * The text comes out in NFC.
 */

import { isAscii, isUtf8 } from 'node:buffer';
import { composeNfc } from '../text/normalize.ts';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  warnings: string[];
}

/** The declaration sits in the first line; 1 KiB is far more than it ever needs. */
const DECLARATION_WINDOW = 1024;

const XML_DECLARATION_ENCODING = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i;

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: decode(bom, bytes), encoding: bom, warnings };

  const declared = declaredEncoding(bytes);
  const labelled = contentType ? CHARSET_PARAMETER.exec(contentType)?.[1] : undefined;
  const fromLabel = labelled ? usableEncoding(labelled, warnings) : null;
  const fromDeclaration = declared ? usableEncoding(declared, warnings) : null;
  let encoding = withoutFalseUtf16(fromLabel ?? fromDeclaration ?? 'utf-8', bytes);
  const validUtf8Bytes = encoding === 'utf-8' && isUtf8(bytes);
  if (encoding === 'utf-8' && !validUtf8Bytes) {
    if (fromDeclaration && fromDeclaration !== 'utf-8') {
      warnings.push(`the body is not valid UTF-8 as its Content-Type says; decoded as ${fromDeclaration}, as its XML declaration says`);
      encoding = fromDeclaration;
    } else {
      warnings.push('the body has bytes that are not valid UTF-8; they were replaced with U+FFFD');
    }
  }
  return { text: decode(encoding, bytes, validUtf8Bytes), encoding, warnings };
}

/**
 * Node 20's TextDecoder reads windows-1252 (and its aliases iso-8859-1,
 * latin1, us-ascii) as plain ISO-8859-1, leaving bytes 0x80–0x9F as C1
 * control characters instead of € ‚ ƒ „ … – — ‘ ’ “ ” and friends. Those are
 * exactly the characters that legacy news feeds use, so they are mapped here
 * as the WHATWG windows-1252 index says. The five bytes it leaves undefined
 * stay as they are.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1_CONTROLS = /[\u0080-\u009F]/g;

/**
 * NFC on the way out, as for pages (extract/html/html-decoding.ts): every text of
 * the feed is then stored in one form, so a decomposed "é" or a Devanagari
 * consonant with a separate nukta compares equal to its precomposed form.
 */
function decode(encoding: string, bytes: Uint8Array, knownValidUtf8 = false): string {
  // ASCII reads the same in UTF-8 and Latin-1 (the faster decoder), has no BOM, and is NFC as it stands.
  if (knownValidUtf8 && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const text = knownValidUtf8 || (encoding === 'utf-8' && isUtf8(bytes)) ? validUtf8(bytes) : new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return feedNfc(text);
  return feedNfc(text.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/**
 * Whether NFC may change a feed's text: it holds a character outside a set
 * whose members no neighbour from the same set changes, or one of the four
 * pairs within it that NFC does change. The set is everything below U+0300
 * (as composeNfc knows), Devanagari without the stress signs (U+0951–U+0954)
 * and the letters NFC decomposes (U+0958–U+095F), ZWNJ and ZWJ, dashes,
 * quotes, bullets and the ellipsis (U+2010–U+2027), € and ₹. Its combining
 * marks are the nukta and the virama: the nukta composes with न, र and ळ
 * (into ऩ, ऱ, ऴ) and goes before a virama it follows; with any other letter
 * NFC leaves it apart. Hindi feeds are mostly written in this set, and such
 * a text need not go through ICU, which copies the whole feed to return it
 * unchanged (feed-decoding.test.ts checks every pair of the set against ICU).
 */
const OUTSIDE_NFC_SAFE_SET = /[^\u0000-\u02ff\u0900-\u0950\u0955-\u0957\u0960-\u097f\u200c\u200d\u2010-\u2027\u20ac\u20b9]/;
const NUKTA = '\u093c';
/** न, र, ळ and the virama: the nukta composes with the first three and goes before the fourth. */
const NUKTA_MOVERS = new Set([0x0928, 0x0930, 0x0933, 0x094d]);

/** Two checks rather than one pattern with an alternative, which the engine scans several times slower. */
export function mayChangeUnderNfc(text: string): boolean {
  if (OUTSIDE_NFC_SAFE_SET.test(text)) return true;
  for (let i = text.indexOf(NUKTA); i !== -1; i = text.indexOf(NUKTA, i + 1)) {
    if (i > 0 && NUKTA_MOVERS.has(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

function feedNfc(text: string): string {
  return mayChangeUnderNfc(text) ? composeNfc(text) : text;
}

/**
 * Valid UTF-8, the common case, read by Buffer's decoder: several times faster
 * than TextDecoder on a large feed, and the same text. Like TextDecoder, it
 * drops one byte order mark at the start.
 */
function validUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** TextDecoder removes the mark itself when it matches the encoding. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The declaration is ASCII in every encoding a feed can use without a BOM. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1').trimStart();
  return XML_DECLARATION_ENCODING.exec(head)?.[1];
}

/** Labels seen before → the encoding TextDecoder names for them; feeds use a handful of labels. */
const knownLabels = new Map<string, string>();
const MAX_KNOWN_LABELS = 64;

function usableEncoding(label: string, warnings: string[]): string | null {
  const known = knownLabels.get(label);
  if (known) return known;
  try {
    const encoding = new TextDecoder(label).encoding;
    if (knownLabels.size < MAX_KNOWN_LABELS) knownLabels.set(label, encoding);
    return encoding;
  } catch {
    warnings.push(`unknown character encoding "${label}" ignored`);
    return null;
  }
}


/**
 * A label saying UTF-16 on a body without a BOM that starts with plain ASCII
 * ("<?xml", "{") is wrong: the bytes are really UTF-8 or a superset of ASCII.
 */
function withoutFalseUtf16(encoding: string, bytes: Uint8Array): string {
  const asciiStart = bytes.length > 1 && bytes[0] !== 0 && bytes[1] !== 0;
  return encoding.startsWith('utf-16') && asciiStart ? 'utf-8' : encoding;
}
