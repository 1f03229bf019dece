/**
 * The Hindi spelling of a word the engine left in Urdu letters, chosen among
 * the words a Hindi dictionary knows (hindi-lexicon.ts) rather than guessed
 * letter by letter. Urdu leaves out what Hindi writes: short vowels, the
 * length of ی and و (ī, e or ai; ū, o or au), nukta where Hindi keeps it or
 * drops it, anusvara against न. urdu-devanagari.ts has to guess those
 * (`میلہ` → मीला); here the Urdu word becomes a pattern over a coarse
 * alphabet that keeps only what both scripts write the same way, and a
 * dictionary word whose own letters fit the pattern is taken (मेला).
 *
 * The coarse alphabet: consonants without nukta (ज़ and ज, ज़ from ز ذ ض ظ
 * alike), sibilants and t-sounds merged as Urdu's Arabic letters merge them
 * in speech (ث س ص → स), every nasal as न, `A` for ā (ا, आ, ा, ॉ), `Y` for
 * ی as ī, e, ai or y, `W` for و as ū, o, au or v, `H` for h, and `i`, `u` for
 * the short vowels Urdu leaves unwritten (or writes with ی, و).
 */
import type { HindiLexicon } from './hindi-lexicon.ts';
import { urduToDevanagari } from '../text/urdu-devanagari.ts';

const NUKTA = /\u093c/gu;
const HINDI_SYMBOL: Readonly<Record<string, string>> = {
  'ा': 'A', 'ॉ': 'A', 'ी': 'Y', 'े': 'Y', 'ै': 'Y', 'य': 'Y', 'ू': 'W', 'ो': 'W', 'ौ': 'W', 'व': 'W',
  'ि': 'i', 'ु': 'u', 'ृ': 'र', 'ह': 'H', 'ष': 'श', 'ण': 'न', 'ङ': 'न', 'ञ': 'न', 'ं': 'न', 'ँ': 'न',
  'आ': 'A', 'ऑ': 'A', 'अ': 'A', 'इ': 'i', 'उ': 'u', 'ई': 'Y', 'ए': 'Y', 'ऐ': 'Y', 'ऊ': 'W', 'ओ': 'W', 'औ': 'W', 'ऋ': 'र',
  '्': '', 'ॅ': '', 'ः': '', '\u200c': '', '\u200d': '',
};
/** A word-initial vowel letter as Urdu writes it: on an alef (آ for ā), with ی or و after it for the long ones. */
const HINDI_INITIAL: Readonly<Record<string, string>> = {
  'अ': 'A', 'आ': 'AA', 'ऑ': 'AA', 'इ': 'A', 'उ': 'A', 'ई': 'AY', 'ए': 'AY', 'ऐ': 'AY', 'ऊ': 'AW', 'ओ': 'AW', 'औ': 'AW', 'ऋ': 'Aर',
};
const CONSONANT = /[\u0915-\u0939]/u;

/** A Hindi word in the coarse alphabet. */
export function hindiShape(word: string): string {
  const letters = [...word.normalize('NFD').replace(NUKTA, '')];
  let shape = '';
  let last = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    let symbol = i === 0 ? (HINDI_INITIAL[ch] ?? HINDI_SYMBOL[ch] ?? ch) : (HINDI_SYMBOL[ch] ?? ch);
    // A doubled consonant (क्क) is one letter in Urdu, its doubling marked by a shadda that is seldom written.
    if (CONSONANT.test(ch) && letters[i - 1] === '्' && symbol === last) symbol = '';
    if (symbol !== '') last = symbol;
    shape += symbol;
  }
  return shape;
}

const URDU_CONSONANT: Readonly<Record<string, string>> = {
  'ب': 'ब', 'پ': 'प', 'ت': 'त', 'ٹ': 'ट', 'ث': 'स', 'ج': 'ज', 'چ': 'च', 'ح': 'H', 'خ': 'ख', 'د': 'द', 'ڈ': 'ड',
  'ذ': 'ज', 'ر': 'र', 'ڑ': 'ड', 'ز': 'ज', 'ژ': 'ज', 'س': 'स', 'ش': 'श', 'ص': 'स', 'ض': 'ज', 'ط': 'त', 'ظ': 'ज',
  'غ': 'ग', 'ف': 'फ', 'ق': 'क', 'ک': 'क', 'ك': 'क', 'گ': 'ग', 'ل': 'ल', 'م': 'म', 'ن': 'न', 'ں': 'न', 'ۃ': 'त', 'ة': 'त',
};
const ASPIRATED: Readonly<Record<string, string>> = { 'ब': 'भ', 'प': 'फ', 'त': 'थ', 'ट': 'ठ', 'ज': 'झ', 'च': 'छ', 'द': 'ध', 'ड': 'ढ', 'क': 'ख', 'ग': 'घ' };
/** Letters after an initial اس that mark an English s-cluster (اسکول → स्कूल), where the alef is only a helping vowel. */
const ENGLISH_S_CLUSTER = new Set(['ٹ', 'ک', 'پ']);
const URDU_MARKS = /[\u064b-\u065f\u0670\u0654\u0655\u0621]/u;
const TANWIN_FATH = '\u064b';
/** Short vowels Urdu does not write, allowed between any two symbols. */
const SHORT = '[iu]?';
/** Symbols of a pattern piece that carry no consonant: left out of the index key. */
const SOFT = /[AYWHiu]/gu;

interface Piece {
  /** Regular-expression source over the coarse alphabet. */
  re: string;
  /** Its part of the index key: the consonants it must have. */
  key: string;
}

/** An Urdu word as a pattern over the coarse alphabet, or null for a word of letters it does not map. */
export function urduPattern(word: string): { re: RegExp; key: string } | null {
  const letters = [...word.replace(/[\u200c\u200d]/gu, '')];
  const pieces: Piece[] = [];
  const push = (re: string, key = '') => pieces.push({ re, key });
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const next = letters[i + 1];
    const initial = pieces.length === 0;
    const final = i === letters.length - 1;
    const consonant = URDU_CONSONANT[ch];
    if (ch === 'ھ') {
      const last = pieces.at(-1);
      const aspirated = last ? ASPIRATED[last.key] : undefined;
      if (last && aspirated) pieces[pieces.length - 1] = { re: aspirated, key: aspirated };
      else push('H');
    } else if (ch === TANWIN_FATH) {
      push('न', 'न');
    } else if (URDU_MARKS.test(ch)) {
      continue;
    } else if (consonant !== undefined) {
      push(consonant, consonant === 'H' ? '' : consonant);
    } else if (ch === 'ا') {
      if (next === TANWIN_FATH) continue; // فوراً: the alef only carries the tanwin.
      if (!initial) push('A');
      else if (next === 'س' && ENGLISH_S_CLUSTER.has(letters[i + 2] ?? '')) push('A?');
      else if (next === 'ی' || next === 'ي' || next === 'و') {
        push(next === 'و' ? 'AW' : 'AY');
        i++;
      } else push('A');
    } else if (ch === 'آ') {
      // Initially آ is alef with madda, ā (and the English o of آف, آکلینڈ); a plain alef there is a short vowel.
      push(initial ? 'AA' : 'A');
    } else if (ch === 'ی' || ch === 'ي' || ch === 'ى') {
      push('(?:Y|i)');
    } else if (ch === 'ے' || ch === 'ۓ') {
      push('Y');
    } else if (ch === 'و') {
      push('(?:W|u)');
    } else if (ch === 'ؤ') {
      push('W');
    } else if (ch === 'ئ') {
      // The hamza seat carries a vowel of its own (جوائن → जॉइन, not जवान); with ی or ے after it, one vowel (کئی → कई).
      push('(?:Y|i)');
      if (next === 'ی' || next === 'ي' || next === 'ے') i++;
    } else if (ch === 'ہ' || ch === 'ه' || ch === 'ۂ') {
      // Final ہ after a consonant is the vowel ā (آلہ → आला) in all but the short pronouns (یہ, وہ).
      push(final && letters.length > 2 && pieces.at(-1)?.key ? '(?:A|H)' : 'H');
    } else if (ch === 'ع') {
      if (initial) {
        push('A');
        if (next === 'ا') i++;
      } else push('A?');
    } else {
      return null;
    }
  }
  if (pieces.length === 0) return null;
  const source = pieces.map((p) => p.re).join(SHORT);
  return { re: new RegExp(`^${SHORT}${source}${SHORT}$`, 'u'), key: pieces.map((p) => p.key).join('') };
}

interface Entry {
  word: string;
  shape: string;
  /** Nouns, names and adjectives first: an Urdu word Apertium's Urdu analyser did not know is rarely a verb form. */
  nominal: boolean;
}

export interface SpellingIndex {
  /** Dictionary words by the consonants of their shape. */
  byKey: Map<string, Entry[]>;
}

const NOMINAL = /<(?:n|np|adj)>/u;
/**
 * How far a dictionary word may be from the letter-by-letter reading: two
 * edits, or half the reading's letters for a longer word. Filling in short
 * vowels, a virama or a vowel's length takes one or two; a dictionary word
 * further away fits the consonants by chance (ایر "air" against अय्यर).
 */
const MIN_EDITS = 2;
const MAX_EDIT_SHARE = 0.5;

export function spellingIndex(lexicon: HindiLexicon): SpellingIndex {
  const byKey = new Map<string, Entry[]>();
  for (const word of lexicon.words()) {
    if (!/^[\u0900-\u097f\u200c\u200d]+$/u.test(word)) continue;
    const shape = hindiShape(word);
    const key = shape.replace(SOFT, '');
    const analyses = lexicon.analyses(word);
    const entry = { word, shape, nominal: analyses.length === 0 || analyses.some((a) => NOMINAL.test(a)) };
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  return { byKey };
}

/**
 * The dictionary's spelling of an Urdu word, or null when no dictionary word
 * fits (a name, or a word neither dictionary has). Among several that fit:
 * the one closest to the letter-by-letter reading `guess` (and not too far
 * from it), then a noun or
 * adjective over other parts of speech, then the first found.
 */
export function hindiSpelling(urduWord: string, guess: string, index: SpellingIndex): string | null {
  return wholeWordSpelling(urduWord, guess, index) ?? inflectedSpelling(urduWord, index);
}

/**
 * Plural endings Urdu adds to a loanword the way Hindi does, with the Hindi
 * ending: oblique -on (وں → ों), -en (یں → ें), and the English plural of a
 * loan (ز → ्स, ٹس → ट्स), as in پوائنٹس, ڈالرز. A word list holds few
 * inflected forms, so the stem is looked up instead. Only a stem ending in a
 * consonant takes the ending as it is (a stem ending in a vowel changes it:
 * लड़का, लड़कों), and a final س only after ٹ, since names end in s often
 * (نکلاس, اٹلس) and English -ts seldom.
 */
const PLURAL_ENDINGS: readonly [urdu: string, hindi: string, keep: string][] = [
  ['وں', 'ों', ''],
  ['یں', 'ें', ''],
  ['ز', '्स', ''],
  ['ٹس', '्स', 'ٹ'],
];
/** Shorter stems fit too many dictionary words by chance. */
const MIN_STEM_LETTERS = 3;
const ENDS_IN_CONSONANT = /[क-हक़-य़]$/u;

function inflectedSpelling(urduWord: string, index: SpellingIndex): string | null {
  for (const [ending, hindi, keep] of PLURAL_ENDINGS) {
    if (!urduWord.endsWith(ending)) continue;
    const stem = urduWord.slice(0, -ending.length) + keep;
    if ([...stem].length < MIN_STEM_LETTERS) continue;
    const spelled = wholeWordSpelling(stem, urduToDevanagari(stem), index);
    if (spelled !== null && ENDS_IN_CONSONANT.test(spelled)) return spelled + hindi;
  }
  return null;
}

function wholeWordSpelling(urduWord: string, guess: string, index: SpellingIndex): string | null {
  const pattern = urduPattern(urduWord);
  if (!pattern || pattern.key === '') return null;
  let best: Entry | null = null;
  let bestCost = Infinity;
  const allowed = Math.max(MIN_EDITS, Math.ceil([...guess].length * MAX_EDIT_SHARE));
  for (const entry of index.byKey.get(pattern.key) ?? []) {
    if (!pattern.re.test(entry.shape)) continue;
    const distance = editDistance(entry.word, guess);
    if (distance > allowed) continue;
    const cost = distance * 2 + (entry.nominal ? 0 : 1);
    if (cost < bestCost) {
      best = entry;
      bestCost = cost;
    }
  }
  return best?.word ?? null;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}
