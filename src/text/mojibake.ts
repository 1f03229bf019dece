/**
 * Mojibake repair: UTF-8 text that something upstream (a CMS, a feed
 * generator, a database column) read as windows-1252 or Latin-1 and wrote
 * out again as UTF-8, so that "don’t" arrives as "donâ€™t", "été" as
 * "Ã©tÃ©" and "⭐" as "â\u00ad\u0090". The bytes of the original are still
 * there, one character per byte, so reading the characters back as bytes and
 * decoding those as UTF-8 gives the text the writer meant. This is the
 * technique ftfy made known; the code and its rules for when to apply it are
 * wiredesk's own.
 *
 * What a byte is: windows-1252 as the Encoding Standard defines it, so
 * U+00A0–U+00FF stand for themselves and the 27 specials (€ ‚ ƒ „ … † ‡ ˆ ‰ Š
 * ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) for 0x80–0x9F. A C1 control U+0080–U+009F
 * stands for its own byte: that is what a decoder leaves for the five bytes
 * windows-1252 does not define (0x81 0x8D 0x8F 0x90 0x9D, so "”" arrives as
 * "â€\u009d"), and what a Latin-1 decoder leaves for all 32.
 *
 * When: a stretch of such characters is looked at only when it holds a lead
 * byte followed by its continuation bytes in well-formed UTF-8 (RFC 3629 §4:
 * no overlong forms, no surrogates, nothing above U+10FFFF). Real text in
 * Latin-script languages meets that test in a few places, since a lead byte
 * is an accented letter and a continuation byte is punctuation or a symbol:
 * German „groß“ (ß then “), French « là » with no-break spaces (à, then a
 * no-break space and »), an all-caps "PELÉ’S" or Portuguese "AMANHÃ…". Those
 * shapes are an accented letter ending a word, followed by the punctuation
 * that follows words. A stretch is repaired only when at least one sequence
 * in it does not have that shape; the rules are in `looksLikeText`, and
 * what they leave alone is listed in docs/extraction.md.
 *
 * Text that was garbled twice ("ÃƒÂ©" for "é") is repaired in two passes;
 * three layers are rare enough to leave.
 *
 * Cost: a regular expression finds the first lead letter directly followed by
 * a possible continuation; text without one, which is nearly all text, comes
 * back as the same string after that one search. Past it, every character is
 * looked at a bounded number of times, so the work is linear in the text's
 * length whatever it holds.
 */

/** The windows-1252 bytes 0x80–0x9F that are not C1 controls, and the characters they decode to. */
const WINDOWS_1252_SPECIALS: [number, string][] = [
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'],
  [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'],
  [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'],
  [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
];

/** The highest code unit that stands for a byte: ™ (U+2122). */
const LAST_BYTE_CHARACTER = 0x2122;

/**
 * Code unit → the byte it stands for, or -1: a table, since this is asked of
 * every character of a stretch (with a Map of the specials instead, a megabyte
 * of "â€™" took about a fifth longer).
 */
const BYTE_OF = buildByteTable();

function buildByteTable(): Int16Array {
  const table = new Int16Array(LAST_BYTE_CHARACTER + 1).fill(-1);
  for (let code = 0x80; code <= 0xff; code++) table[code] = code;
  for (const [byte, character] of WINDOWS_1252_SPECIALS) table[character.charCodeAt(0)] = byte;
  return table;
}

/**
 * A lead letter (U+00C2–U+00F4, the bytes that start a multi-byte sequence)
 * directly followed by a character that stands for a continuation byte
 * (0x80–0xBF): a C1 control, U+00A0–U+00BF or a windows-1252 special. Mojibake
 * cannot happen without one, so text without a match is left as it is.
 */
const LEAD_THEN_CONTINUATION =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * The continuation characters that follow a word in real text: quotation
 * marks, dashes, the ellipsis, a no-break space (French puts one before » ; :
 * ! ?), guillemets, daggers, trade marks, degrees, superscripts, the acute
 * accent typed as an apostrophe, the middle dot and the soft hyphen (German
 * CMSs hyphenate with it, as in "Fuß\u00adball"). An accented letter followed
 * only by these looks like a word ending, not like mojibake.
 */
const AFTER_A_WORD = new Set(
  [
    '\u2019', '\u2018', '\u201d', '\u201c', '\u2026', '\u2014', '\u2013', '\u00a0', '\u00bb', '\u00ab',
    '\u203a', '\u2039', '\u2020', '\u2021', '\u2022', '\u2122', '\u00ae', '\u00a9', '\u00b0', '\u00b9',
    '\u00b2', '\u00b3', '\u00b4', '\u00b7', '\u00ad',
  ].map((c) => c.charCodeAt(0)),
);

/** Of those, the ones a word may go on after: "PELÉ’S", "Fuß\u00adball". */
const INSIDE_A_WORD = new Set(['\u2019', '\u2018', '\u00ad'].map((c) => c.charCodeAt(0)));

/** Two passes undo text garbled twice; a third layer is too rare to look for. */
const MAX_PASSES = 2;

const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;

/** Text with its mojibake repaired; the same string when there is none. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES && LEAD_THEN_CONTINUATION.test(current); pass++) {
    const repaired = repairOnce(current);
    if (repaired === current) break;
    current = repaired;
  }
  return current;
}

/** The byte a character stands for when read back as windows-1252, or -1 for ASCII and anything else. */
function byteOf(code: number): number {
  return code <= LAST_BYTE_CHARACTER ? BYTE_OF[code]! : -1;
}

function repairOnce(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (byteOf(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // A stretch of byte characters is judged as a whole, then decoded or left.
    const end = stretchEnd(text, i);
    if (isMojibake(text, i, end)) {
      out += text.slice(copied, i) + decodeStretch(text, i, end);
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function stretchEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && byteOf(text.charCodeAt(end)) >= 0) end++;
  return end;
}

/**
 * Whether some well-formed sequence of the stretch does not look like text.
 * Sequences are read left to right; a byte that starts none is stepped over.
 * (No list of sequences is built: on a megabyte of mojibake, allocating one
 * object per sequence doubled the time, most of it in garbage collection.)
 */
function isMojibake(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const length = sequenceLength(text, i, end);
    if (length > 0 && !looksLikeText(text, i, length)) return true;
    i += Math.max(length, 1);
  }
  return false;
}

/** The stretch with each of its well-formed sequences decoded. */
function decodeStretch(text: string, start: number, end: number): string {
  let out = '';
  let copied = start;
  let i = start;
  while (i < end) {
    const length = sequenceLength(text, i, end);
    if (length === 0) {
      i++;
      continue;
    }
    out += text.slice(copied, i) + String.fromCodePoint(codePointOf(text, i, length));
    i += length;
    copied = i;
  }
  return out + text.slice(copied, end);
}

/**
 * The length of the well-formed UTF-8 sequence starting at `start`, or 0
 * when none does (RFC 3629 §4: the second byte's range depends on the lead,
 * which rules out overlong forms, surrogates and code points above U+10FFFF).
 */
function sequenceLength(text: string, start: number, end: number): number {
  const lead = byteOf(text.charCodeAt(start));
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else {
    return 0;
  }
  if (start + length > end) return 0;
  for (let k = 1; k < length; k++) {
    const byte = byteOf(text.charCodeAt(start + k));
    if (byte < low || byte > high) return 0;
    low = 0x80;
    high = 0xbf;
  }
  return length;
}

/** The code point of a sequence sequenceLength found well-formed. */
function codePointOf(text: string, start: number, length: number): number {
  let codePoint = byteOf(text.charCodeAt(start)) & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) codePoint = (codePoint << 6) | (byteOf(text.charCodeAt(start + k)) & 0x3f);
  return codePoint;
}

/**
 * Whether a sequence could be real text: an accented letter ending a word,
 * followed by the punctuation that follows words.
 *
 * - Â (0xC2) never ends a word in the languages that use it (French, Romanian,
 *   Portuguese, Vietnamese), and × (0xD7) is no letter: followed by a
 *   continuation, they are taken as mojibake ("Â\u00a0" for a no-break space,
 *   "Â©" for ©, "×©" for Hebrew ש).
 * - Other capitals (Ã, É, Ö…) end a word only in capitals: "AMANHÃ…",
 *   "L’ÉTÉ\u00a0:", so the letter before must be a capital too. In mojibake the
 *   lead mostly follows a small letter or starts the word ("cafÃ©", "Ã©tÃ©").
 * - ß ends German words before „…“ quotes ("groß“") and soft hyphens.
 * - Three- and four-byte leads are small letters (à–ï, ð–ô), which end words
 *   in French and Icelandic before two or three such marks ("là\u00a0»",
 *   "réglé…”"); mojibake of punctuation, symbols, CJK and emoji almost always
 *   has a continuation that no word is followed by (€ in "â€™").
 *
 * After the sequence, a letter may follow only an apostrophe or a soft hyphen:
 * "MÃ“NICA" is Mónica garbled, not a word and a quotation mark.
 */
function looksLikeText(text: string, start: number, length: number): boolean {
  const lead = text.charCodeAt(start);
  const lastIndex = start + length - 1;
  for (let k = start + 1; k <= lastIndex; k++) {
    if (!AFTER_A_WORD.has(text.charCodeAt(k))) return false;
  }
  const next = text[lastIndex + 1];
  if (next !== undefined && LETTER.test(next) && !INSIDE_A_WORD.has(text.charCodeAt(lastIndex))) return false;
  if (length > 2) return true;
  if (lead === 0xc2 || lead === 0xd7) return false;
  const previous = text[start - 1];
  if (previous === undefined) return false;
  return lead === 0xdf ? LETTER.test(previous) : UPPERCASE.test(previous);
}
