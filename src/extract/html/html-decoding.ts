/**
 * Bytes → text for web pages, following the HTML Standard's encoding sniffing
 * algorithm (WHATWG HTML §13.2.3.2): a byte order mark wins, then the charset
 * of the HTTP Content-Type, then a <meta charset> or <meta http-equiv> found
 * by the prescan of the first 1024 bytes, then a default. encoding-sniffer
 * implements the steps up to the default, with the spec's corrections (a meta
 * naming UTF-16 means UTF-8; x-user-defined means windows-1252), and decodes
 * with the WHATWG encoding tables, so windows-1252 maps 0x80–0x9F to € … ”
 * as browsers do and "iso-8859-1" is read as windows-1252, as the Encoding
 * Standard says it must be.
 *
 * The default. The spec lets a user agent guess from the bytes before falling
 * back to its locale's default (step 8, "frequency analysis or other
 * algorithms"); browsers do, and so does this: bytes that form valid UTF-8 are
 * read as UTF-8, anything else as windows-1252. Pages saved to disk or served
 * without a charset are nowadays almost always UTF-8, and text in a legacy
 * encoding is very unlikely to form valid UTF-8 by chance once it has a
 * non-ASCII byte, since every such byte must then fall into a well-formed
 * multi-byte sequence. Without this, an unlabelled Hindi page would come out
 * as Latin mojibake. (Mojibake made before the bytes were sent, by a site
 * that read its own UTF-8 as windows-1252, is no decoding question: the page
 * decodes correctly to garbled text, which toNfc repairs, src/text/mojibake.ts.)
 * windows-1252 stays the fallback for everything else
 * because it is what browsers use for unlabelled legacy Western pages and
 * because it maps every byte, so nothing is lost.
 *
 * Devanagari in a legacy encoding: neither the Encoding Standard nor
 * iconv-lite has ISCII, and old Hindi sites that did not use Unicode mostly
 * used font encodings (windows-1252 bytes drawn with a Devanagari font),
 * which no charset label can describe. Unicode Devanagari arrives as UTF-8 or,
 * from old Windows tools, as UTF-16 with a BOM; both are handled here.
 */
import { isUtf8 } from 'node:buffer';
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { composeNfc } from '../../text/normalize.ts';

export interface DecodedHtml {
  html: string;
  /** The WHATWG name of the encoding used, lower case: "utf-8", "windows-1252", "shift_jis". */
  encoding: string;
}

/** The spec's prescan looks at this many bytes for a <meta> that names the encoding. */
const PRESCAN_BYTES = 1024;

/** Used when nothing names an encoding and the bytes are not valid UTF-8 (see above). */
const LEGACY_DEFAULT_ENCODING = 'windows-1252';

/** The charset parameter of a MIME type, quoted or not (RFC 9110 §8.3.1). */
const CHARSET_PARAMETER = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/iu;

/**
 * NFC on the way out, so that decomposed Devanagari (a consonant followed by
 * a separate nukta) compares equal to the precomposed form. Control
 * characters are left in place: the extractor counts them to tell binary
 * data served as HTML from a page, and the sanitiser drops them from every
 * string it returns.
 */
/**
 * The Encoding Standard's "replacement" encoding, which labels such as
 * iso-2022-kr and hz-gb-2312 name: encodings browsers stopped decoding
 * because their escapes could hide markup. Its decoder turns any input into
 * one U+FFFD, and TextDecoder refuses to be made for it.
 */
const REPLACEMENT = 'replacement';

export function decodeHtml(bytes: Uint8Array, contentType: string | null): DecodedHtml {
  const encoding = sniffEncoding(bytes, charsetOf(contentType));
  if (encoding === REPLACEMENT) return { html: bytes.length > 0 ? '\ufffd' : '', encoding };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8' && isUtf8(buffer)) return { html: composeNfc(validUtf8Text(buffer)), encoding };
  // The sniffer runs again inside decodeBuffer; passing the answer as the
  // user's choice makes it decode with exactly that (only a BOM outranks it,
  // and a BOM already decided the answer).
  const text = decodeBuffer(buffer, { userEncoding: encoding, maxBytes: PRESCAN_BYTES });
  return { html: composeNfc(text), encoding };
}

/**
 * Valid UTF-8 has one reading, so Node's own decoder gives the string the
 * WHATWG decoder would, without the second sniff and the checks decodeBuffer
 * makes on the way (a fifth of the decoding time over a folder of pages).
 * Like the WHATWG decoder, it drops a leading byte order mark.
 */
function validUtf8Text(buffer: Buffer): string {
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return buffer.toString('utf8', bom);
}

function sniffEncoding(bytes: Uint8Array, httpCharset: string | null): string {
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    ...(httpCharset ? { transportLayerEncodingLabel: httpCharset } : {}),
  });
  sniffer.write(bytes.subarray(0, PRESCAN_BYTES));
  if (sniffer.resultType !== ResultType.DEFAULT) return sniffer.encoding.toLowerCase();
  return isUtf8(bytes) ? 'utf-8' : LEGACY_DEFAULT_ENCODING;
}

/** An unknown label is passed on too: the sniffer ignores it, as the spec says, and goes on to the prescan. */
function charsetOf(contentType: string | null): string | null {
  const match = contentType ? CHARSET_PARAMETER.exec(contentType) : null;
  const label = (match?.[1] ?? match?.[2] ?? '').trim();
  return label === '' ? null : label;
}
