/**
 * The pieces every hostile generator is built from: words in the languages
 * the desk reads, and the characters and references that break naive code
 * (controls, bidi overrides, surrogate halves, combining pile-ups, entity
 * tricks). Text is drawn from vocabularies rather than random code points,
 * so that a parser meets prose it recognises with the hostile parts inside.
 */
import fc from 'fast-check';

export const ENGLISH_WORDS = [
  'the', 'harbour', 'council', 'voted', 'on', 'Tuesday', 'to', 'close', 'bridge', 'after', 'storm', 'damaged',
  'its', 'pillars', 'officials', 'said', 'ferries', 'will', 'run', 'until', 'repairs', 'finish', 'minister',
  'election', 'results', 'market', 'prices', 'rose', 'percent', 'river', 'flood', 'schools', 'reopened',
] as const;

export const HINDI_WORDS = [
  'सरकार', 'ने', 'कहा', 'कि', 'बाढ़', 'के', 'बाद', 'स्कूल', 'फिर', 'खुलेंगे', 'मंत्री', 'चुनाव', 'नतीजे',
  'हिंदी', 'हिन्दी', 'संबंध', 'पुतिन', 'ऑफ़िस', 'बैंक', 'ढ़ोल', 'क़ानून', 'ज़िला', 'सियोल', 'प्रस्ताव', 'द्वारा',
  'अनुमोदित', 'किया', 'गया', 'था', '२०२६', '।', '॥', 'ऋषि', 'शहर', 'क्षेत्र', 'ज्ञान', 'श्री',
] as const;

/** Hindi as people type it in Latin letters: search queries, slugs, social posts. */
export const ROMANISED_HINDI_WORDS = [
  'sarkar', 'ne', 'kaha', 'ki', 'baadh', 'ke', 'baad', 'school', 'phir', 'khulenge', 'mantri', 'chunav',
  'natije', 'hindi', 'sambandh', 'putin', 'dilli', 'mumbai', 'kshetra', 'gyan', 'shri', 'rishi', 'shahar',
  'bhaarat', 'aaj', 'kal', 'naya', 'khabar', 'Dilli', 'MUMBAI', 'Shāh', 'rāj', 'ṛṣi', 'kṣetra',
] as const;

/** C0 and C1 controls and DEL, including the ones terminals act on (ESC, BEL, CR). */
const CONTROLS = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\x1b]0;owned\x07', '\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\', '\x1b[2J', '\r\n', '\u0085'),
);

/** Embeddings, overrides, isolates and marks: they reorder what a reader sees. */
const BIDI = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');

/** Halves of surrogate pairs on their own, and a pair in the wrong order. */
const BROKEN_SURROGATES = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\ud83d', '\ude00x');

/** Characters that change under NFC, combine with their neighbours or are invisible. */
const UNICODE_TRICKS = fc.constantFrom(
  'e\u0301', 'A\u030a', '\u212b', 'क\u093c', 'ड\u093c', 'ढ\u093c', '\u0915\u094d\u200d\u0937', '\u200b', '\u200c', '\u200d',
  '\ufeff', '\ufffe', '\uffff', '\ufffd', '\u00a0', '\u2028', '\u2029', '\u3000', '\u00ad', 'ﬁ', '\u{1f600}', '\u{1f1ee}\u{1f1f3}',
  'a' + '\u0301'.repeat(64), '\u0900', '\u0904', '\u093a', '\u094e', '\u0955', '\u0978', '\u097f', '\ua8f2',
);

/**
 * References that decode to something surprising: markup, controls, code
 * points out of range, surrogates, unknown names, double escaping.
 */
export const ENTITY_TRICKS = fc.constantFrom(
  '&amp;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&#0;', '&#x0;', '&#27;', '&#x1b;', '&#x7;', '&#13;', '&#x85;', '&#xD800;',
  '&#xdfff;', '&#1114112;', '&#x110000;', '&#99999999999;', '&#x202E;', '&#8238;', '&amp;lt;b&amp;gt;', '&amp;#60;', '&nbsp',
  '&nbsp;', '&unknown;', '&lt', '&#', '&#x;', '&quot;&apos;', '&#60;img src=x onerror=alert(1)&#62;', '&#106;avascript:',
);

/** Entity references that never decode to "<" or ">", for generators that promise text without markup. */
export const QUIET_ENTITY_TRICKS = fc.constantFrom(
  '&amp;', '&#0;', '&#27;', '&#x1b;', '&#13;', '&#x85;', '&#xD800;', '&#1114112;', '&#x202E;', '&nbsp;', '&unknown;', '&amp;amp;',
  '&#x200B;', '&#65279;', '&#x301;', '&quot;',
);

/** Markup-ish strings that must stay text when they arrive escaped, and must be removed when they arrive raw. */
export const INJECTIONS = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '"><script>alert(1)</script>',
  "'-alert(1)-'", 'javascript:alert(1)', ']]>', '<![CDATA[', '-->', '<!--', '<?xml version="1.0"?>', '</channel>', '</item>',
  '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;', '{"', '"}', '\\u0000', '${7*7}', '{{7*7}}', '<\u0000script>', '<scr<script>ipt>',
);

export function words(list: readonly string[], max = 12): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...list), { minLength: 1, maxLength: max }).map((parts) => parts.join(' '));
}

/** A sentence or a few, in English, Hindi or romanised Hindi. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.oneof(words(ENGLISH_WORDS, 16), words(HINDI_WORDS, 16), words(ROMANISED_HINDI_WORDS, 10)), { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.map((sentence) => `${sentence}.`).join(' '));

/** Raw characters that break naive code, without any markup. */
export const hostileCharacters: fc.Arbitrary<string> = fc.oneof(CONTROLS, BIDI, BROKEN_SURROGATES, UNICODE_TRICKS);

/** A long run of one piece: huge attributes, endless titles, padding before a root element. */
export function longRun(piece: fc.Arbitrary<string>, maxRepeats: number): fc.Arbitrary<string> {
  return fc.tuple(piece, fc.integer({ min: 1, max: maxRepeats })).map(([text, count]) => text.repeat(count));
}

/**
 * Text a field of a feed or page might hold: prose with hostile characters
 * inside, now and then long. Contains no "<", ">" or "&" of its own; callers
 * escape it for where it goes or add references on purpose.
 */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: prose }, { weight: 3, arbitrary: hostileCharacters }, { weight: 1, arbitrary: longRun(fc.constantFrom('x', 'क्ष', ' ', '\u0301', 'ab '), 2000) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** hostileText with entity references inside: for places where the text is written as markup. */
export const hostileMarkupText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: hostileText.map(escapeMarkup) }, { weight: 2, arbitrary: ENTITY_TRICKS }, { weight: 1, arbitrary: INJECTIONS }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/** Escaped text with references that never decode to "<" or ">". */
export const quietMarkupText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: hostileText.map(escapeMarkup) }, { weight: 2, arbitrary: QUIET_ENTITY_TRICKS }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** URLs a hostile item links to: schemes hidden by case, whitespace, entities and controls, private hosts, relative forms. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://news.example.org/2026/11/29/story', 'http://wire.example/a?b=1&amp;c=2', '/relative/path', '../up', '//proto.example/x',
    '?q=1', '#top', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x',
    '\u0001javascript:alert(1)', '&#106;avascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=', 'file:///etc/passwd', 'mailto:desk@example.org', 'ftp://old.example/f', 'blob:https://x/y',
    'http://169.254.169.254/latest/meta-data', 'http://127.0.0.1:22/', 'http://[::1]/', 'http://0x7f.1/', 'https://user:pw@host.example/',
    'http://%', 'http://', 'https://exa mple.org/', 'https://xn--e1afmkfd.example/', 'https://पुस्तक.example/हिंदी', '\u202ehttps://evil.example',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

/** A string cut, spliced or repeated somewhere: how real bodies arrive truncated, doubled or tampered with. */
export function mutated(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(source, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, steps]) => steps.reduce((out, step) => step(out), text));
}

type Mutation = (text: string) => string;

/** What one duplication may add: enough for a doubled body, not for mutations that compound into gigabytes. */
const MAX_DUPLICATED_CHARS = 200_000;

/**
 * A position as a fraction of the text, so one mutation fits texts of any
 * length; uniform (fc.double would crowd near 0, where most doubles are).
 */
export const position: fc.Arbitrary<number> = fc.noBias(fc.integer({ min: 0, max: 10_000 })).map((n) => n / 10_000);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((at): Mutation => (text) => text.slice(0, Math.floor(text.length * at))),
  fc.tuple(position, fc.oneof(INJECTIONS, ENTITY_TRICKS, hostileCharacters)).map(([at, piece]): Mutation => (text) => {
    const i = Math.floor(text.length * at);
    return text.slice(0, i) + piece + text.slice(i);
  }),
  fc.tuple(position, position, fc.integer({ min: 2, max: 50 })).map(([from, to, times]): Mutation => (text) => {
    const [a, b] = [Math.floor(text.length * Math.min(from, to)), Math.floor(text.length * Math.max(from, to))];
    const copies = Math.min(times - 1, Math.floor(MAX_DUPLICATED_CHARS / Math.max(1, b - a)));
    return text.slice(0, b) + text.slice(a, b).repeat(copies) + text.slice(b);
  }),
  fc.tuple(position, position).map(([from, to]): Mutation => (text) => {
    const [a, b] = [Math.floor(text.length * Math.min(from, to)), Math.floor(text.length * Math.max(from, to))];
    return text.slice(0, a) + text.slice(b);
  }),
);
