/**
 * The place line a wire story opens with: `SEOUL —`, `SEOUL, Nov 29 (Wire) -`,
 * `NEW DELHI:`, `सियोल:`, `नई दिल्ली, 29 नवंबर:`. Only the place is kept;
 * the date and agency are dropped, since the article carries its own date.
 *
 * Latin-script datelines are recognised by their capitals, which keeps
 * `He said: …` out. Scripts without case (Devanagari, Arabic) are matched by
 * shape (one to three words and a colon at the very start), and guarded by
 * lists of words that cannot be a place (`उन्होंने कहा:` is speech, not a place).
 */
import { HINDI_WORDS, MARATHI_WORDS, NEPALI_WORDS } from '../../text/devanagari-words.ts';

export interface Dateline {
  /** The place, without punctuation: `SEOUL`, `NEW DELHI`, `सियोल`. */
  dateline: string;
  /** The paragraph after the dateline: a suffix of the input, trimmed at its start. */
  rest: string;
}

/** One word of a capitalised place name: SEOUL, ST., PORT-AU-PRINCE, N'DJAMENA, SÃO. */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*`;
/** A token of the date/agency part after the place: Nov, 29, Calif., D.C., (Wire), 2024. */
const TAIL_TOKEN = String.raw`[\p{Lu}\d(][\p{L}\p{M}\d.'’/)-]*`;

const LATIN_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${CAPS_WORD}(?:[^\S\n]+${CAPS_WORD}){0,3})` +
    String.raw`(?:[^\S\n]*,[^\S\n]*${TAIL_TOKEN}(?:[^\S\n,]*[\s,][^\S\n]*${TAIL_TOKEN}){0,6})?` +
    String.raw`(?:[^\S\n]+\([^)\n]{1,30}\))?` +
    String.raw`[^\S\n]*(?:[—–―]|--?(?=\s|$)|:(?=\s|$))\s*`,
  'u',
);

/** One word of a place in a script without case. */
const CASELESS_WORD = String.raw`[\p{L}\p{M}]+`;

const CASELESS_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${CASELESS_WORD}(?:[^\S\n]+${CASELESS_WORD}){0,2})` +
    String.raw`(?:[^\S\n]*,[^\S\n]*[^:,\n()]{1,30})?` +
    String.raw`(?:[^\S\n]*\([^)\n]{1,30}\))?` +
    // Agency copy ends the dateline with a danda after the agency: `भोपाल, 21 मई (एजेंसी)।`.
    String.raw`[^\S\n]*(?::|(?<=\))।)(?=\s|$)\s*`,
  'u',
);

const LATIN_LETTER = /^\s*\p{Script=Latin}/u;

/** Capitalised labels that open a paragraph the way a dateline does but name no place. */
const LATIN_LABELS: ReadonlySet<string> = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO',
  'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'EXPLAINER', 'FACT CHECK', 'NOTE', "EDITOR'S NOTE",
  'EDITOR’S NOTE', 'CORRECTION', 'CLARIFICATION', 'FILE', 'READ', 'ALSO READ', 'READ MORE', 'Q', 'A',
  'FACTBOX', 'INTERVIEW', 'REVIEW', 'COMMENT', 'TIMELINE', 'URGENT', 'FLASH', 'ADVISORY', 'EMBARGOED',
  'WARNING', 'ALERT', 'SPONSORED', 'ADVERTISEMENT', 'AD', 'PROMOTED', 'I', 'WE',
]);

/** Hindi words that open speech or labels with a colon: "उन्होंने कहा:", "नोट:", "यह भी पढ़ें:". */
const HINDI_NON_PLACES: ReadonlySet<string> = new Set([
  ...HINDI_WORDS,
  'कहा', 'बताया', 'लिखा', 'पूछा', 'बोले', 'बोला', 'बोली', 'कहते', 'कहना', 'उन्होंने', 'उसने',
  'मैंने', 'हमने', 'आपने', 'इन्होंने', 'जिन्होंने', 'सवाल', 'जवाब', 'नोट', 'अपडेट', 'ब्रेकिंग',
  'लाइव', 'वीडियो', 'विश्लेषण', 'राय', 'संपादकीय', 'पढ़ें', 'देखें', 'सुधार', 'विशेष', 'खास',
  'ख़ास', 'ताज़ा', 'ताजा', 'खबर', 'ख़बर', 'सूचना', 'चेतावनी', 'शीर्षक', 'सुझाव', 'टिप्पणी',
]);

const NON_PLACES_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['hi', HINDI_NON_PLACES],
  ['mr', new Set([...MARATHI_WORDS, 'म्हणाले', 'सांगितले', 'टीप'])],
  ['ne', new Set([...NEPALI_WORDS, 'भने', 'बताए', 'नोट'])],
]);

/** For a language without its own list: every list, since a false dateline costs more than a missed one. */
const ALL_NON_PLACES: ReadonlySet<string> = new Set(
  [...NON_PLACES_BY_LANGUAGE.values()].flatMap((words) => [...words]),
);

/**
 * The dateline at the start of a first paragraph and the text after it, or
 * null when the paragraph does not open with one. `lang` chooses which words
 * rule a caseless opening out.
 */
export function splitDateline(firstParagraphText: string, lang: string): Dateline | null {
  const text = firstParagraphText;
  const match = LATIN_LETTER.test(text) ? matchLatin(text) : matchCaseless(text, lang);
  if (!match) return null;
  return { dateline: match.place, rest: text.slice(match.end).trimStart() };
}

function matchLatin(text: string): { place: string; end: number } | null {
  const match = LATIN_DATELINE.exec(text);
  const place = cleanPlace(match?.groups?.['place']);
  if (!match || !place || LATIN_LABELS.has(place)) return null;
  // At least two capital letters: a lone "A —" or "I:" opens a sentence, not a dateline.
  if ((place.match(/\p{Lu}/gu)?.length ?? 0) < 2) return null;
  return { place, end: match[0].length };
}

function matchCaseless(text: string, lang: string): { place: string; end: number } | null {
  const match = CASELESS_DATELINE.exec(text);
  const place = cleanPlace(match?.groups?.['place']);
  if (!match || !place || /\p{Script=Latin}/u.test(place)) return null;
  const nonPlaces = NON_PLACES_BY_LANGUAGE.get(lang) ?? ALL_NON_PLACES;
  if (place.split(' ').some((word) => nonPlaces.has(word))) return null;
  return { place, end: match[0].length };
}

/** The place with single spaces and no trailing punctuation ("WASHINGTON," → "WASHINGTON"). */
function cleanPlace(place: string | undefined): string | null {
  const cleaned = (place ?? '').replace(/\s+/gu, ' ').replace(/[.,'’-]+$/u, '').trim();
  return cleaned === '' ? null : cleaned;
}
