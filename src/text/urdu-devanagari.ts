/**
 * Urdu (Perso-Arabic script) to Devanagari, for the words an Urdu→Hindi
 * engine leaves untranslated: mostly names and loanwords, which Hindi writes
 * as they sound. Hindi and Urdu share their sound system, so the letters map
 * one to one or nearly (the correspondence tables of Hindustani
 * transliteration, e.g. Platts' dictionary or the Unicode charts' names, with
 * the nukta letters ख़ ग़ ज़ फ़ क़ that Hindi keeps for Urdu sounds).
 *
 * What the Urdu script leaves out must be guessed: short vowels are rarely
 * written, so a consonant followed by a consonant reads with Devanagari's
 * inherent `a`, which Hindi readers drop where speech does; `و` and `ی` are
 * consonants (v, y) at the start of a word or before a long vowel and vowels
 * (o, ī) after a consonant; a word-final `ہ` after a consonant is the vowel
 * ā (`آلہ` → `आला`); `ن` before a consonant is a nasal (anusvāra).
 */

type Vowel = 'a' | 'aa' | 'i' | 'ii' | 'u' | 'uu' | 'e' | 'ai' | 'o' | 'au';

/**
 * A consonant; a vowel (`own`: written as a letter of its own even after a
 * consonant, as after the hamza seat in نئی → नई); a nasal (`ں`, noon ghunna,
 * or `ن` before a consonant); or a virama joining two consonants.
 */
type Unit = { c: string } | { v: Vowel; own?: true } | { nasal: 'ghunna' | 'anusvara' } | { virama: true };

/** Independent letter and vowel sign (mātrā) of each vowel; `a` is inherent after a consonant. */
const VOWELS: Readonly<Record<Vowel, [string, string]>> = {
  a: ['अ', ''], aa: ['आ', 'ा'], i: ['इ', 'ि'], ii: ['ई', 'ी'], u: ['उ', 'ु'],
  uu: ['ऊ', 'ू'], e: ['ए', 'े'], ai: ['ऐ', 'ै'], o: ['ओ', 'ो'], au: ['औ', 'ौ'],
};

const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'ब', 'پ': 'प', 'ت': 'त', 'ٹ': 'ट', 'ث': 'स', 'ج': 'ज', 'چ': 'च', 'ح': 'ह', 'خ': 'ख़',
  'د': 'द', 'ڈ': 'ड', 'ذ': 'ज़', 'ر': 'र', 'ڑ': 'ड़', 'ز': 'ज़', 'ژ': 'झ़', 'س': 'स', 'ش': 'श',
  'ص': 'स', 'ض': 'ज़', 'ط': 'त', 'ظ': 'ज़', 'غ': 'ग़', 'ف': 'फ़', 'ق': 'क़', 'ک': 'क', 'ك': 'क',
  'گ': 'ग', 'ل': 'ल', 'م': 'म', 'ن': 'न', 'ۃ': 'त', 'ة': 'त',
};

/** Consonant + do-chashmi he (ھ) as Devanagari's aspirated letters; others take `्ह`. */
const ASPIRATED: Readonly<Record<string, string>> = {
  'ब': 'भ', 'प': 'फ', 'त': 'थ', 'ट': 'ठ', 'ज': 'झ', 'च': 'छ', 'द': 'ध', 'ड': 'ढ', 'ड़': 'ढ़', 'क': 'ख', 'ग': 'घ',
};

/** Letters after an initial اس that mark an English loan (station, school, spring), not a native word. */
const ENGLISH_S_CLUSTER = new Set(['ٹ', 'ک', 'پ']);
const VOWEL_LETTERS = new Set(['ا', 'آ', 'و', 'ی', 'ي', 'ى', 'ے', 'ئ', 'ؤ', 'ع', 'ہ', 'ه', 'ھ']);
const ARABIC_WORD = /[\p{Script=Arabic}\u200c\u200d]+/gu;
/** Diacritics (harakat) that only exist on the previous letter, so they act on the unit before. */
const FATHA = '\u064e';
const KASRA = '\u0650';
const DAMMA = '\u064f';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
const TANWIN_FATH = '\u064b';
const SUPERSCRIPT_ALEF = '\u0670';
/** The vowel a word-initial alef writes together with the letter or sign after it (ای, او, اِ, اُ). */
const VOWEL_WITH_INITIAL_ALEF: Readonly<Record<string, Vowel>> = { 'ی': 'e', 'ي': 'e', 'و': 'o', [KASRA]: 'i', [DAMMA]: 'u' };
/** The independent vowel that ئ writes together with the vowel letter after it (ئی, ئے, ئو); alone it is i. */
const VOWEL_WITH_HAMZA_YEH: Readonly<Record<string, Vowel>> = { 'ی': 'ii', 'ي': 'ii', 'ے': 'e', 'و': 'o' };

/** Every Arabic-script word of the text written in Devanagari; everything else is left as it is. */
export function urduToDevanagari(text: string): string {
  return text.replace(ARABIC_WORD, (word) => render(unitsOf(word.replace(/[\u200c\u200d]/gu, ''))));
}

function unitsOf(word: string): Unit[] {
  const letters = [...word];
  const units: Unit[] = [];
  const lastIsConsonant = () => units.length > 0 && 'c' in units.at(-1)!;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const next = letters[i + 1];
    const initial = units.length === 0;
    const final = i === letters.length - 1;
    const consonant = CONSONANTS[ch];
    if (ch === 'ن' && !initial && next !== undefined && next !== 'ن' && !VOWEL_LETTERS.has(next) && next in CONSONANTS) {
      units.push({ nasal: 'anusvara' });
    } else if (consonant !== undefined) {
      units.push({ c: consonant });
    } else if (ch === 'ا') {
      if (!initial) units.push({ v: 'aa' });
      else if (next === 'س' && ENGLISH_S_CLUSTER.has(letters[i + 2] ?? '')) {
        // اسٹیشن, اسکول, اسپرنگ: Urdu writes English s-clusters with a helping alef; Hindi writes स्ट, स्क, स्प.
        units.push({ c: 'स' }, { virama: true });
        i++;
      } else {
        const vowel = VOWEL_WITH_INITIAL_ALEF[next ?? ''];
        units.push({ v: vowel ?? 'a' });
        if (vowel) i++;
      }
    } else if (ch === 'آ' || ch === SUPERSCRIPT_ALEF) {
      units.push({ v: 'aa' });
    } else if (ch === 'و') {
      if (initial || (lastIsConsonant() && next === 'ا') || (!lastIsConsonant() && !final)) units.push({ c: 'व' });
      else units.push({ v: 'o' });
    } else if (ch === 'ی' || ch === 'ي' || ch === 'ى') {
      if (initial) units.push({ c: 'य' });
      else if (lastIsConsonant() && (next === 'ا' || next === 'و')) units.push({ v: 'i' }, { c: 'य' });
      else if (!lastIsConsonant() && (next === 'ا' || next === 'و' || next === 'ے')) units.push({ c: 'य' });
      else units.push({ v: 'ii' });
    } else if (ch === 'ے') {
      units.push({ v: 'e' });
    } else if (ch === 'ئ') {
      const vowel = VOWEL_WITH_HAMZA_YEH[next ?? ''];
      units.push({ v: vowel ?? 'i', own: true });
      if (vowel) i++;
    } else if (ch === 'ؤ') {
      units.push({ v: 'o' });
    } else if (ch === 'ہ' || ch === 'ه') {
      // Short words ending in ہ are the pronouns and particles (وہ, یہ, کہ): there it is h.
      units.push(final && lastIsConsonant() && letters.length > 2 ? { v: 'aa' } : { c: 'ह' });
    } else if (ch === 'ھ') {
      aspirate(units);
    } else if (ch === 'ع') {
      ayn(units, initial, next, letters, i);
      if (initial && (next === 'ا' || next === 'ی' || next === 'و')) i++;
    } else if (ch === 'ں') {
      units.push({ nasal: 'ghunna' });
    } else if (ch === KASRA) units.push({ v: 'i' });
    else if (ch === DAMMA) units.push({ v: 'u' });
    else if (ch === SUKUN) units.push({ virama: true });
    else if (ch === SHADDA) doubleLast(units);
    else if (ch === TANWIN_FATH) units.push({ c: 'न' });
    else if (ch === FATHA || ch === 'ء') continue;
  }
  return units;
}

/** ھ makes the consonant before it aspirated: بھ → भ, کھ → ख; after a letter without an aspirate, `्ह`. */
function aspirate(units: Unit[]): void {
  const last = units.at(-1);
  if (last && 'c' in last) {
    const aspirated = ASPIRATED[last.c];
    if (aspirated) units[units.length - 1] = { c: aspirated };
    else units.push({ virama: true }, { c: 'ह' });
  } else units.push({ c: 'ह' });
}

/**
 * ع has no sound of its own in Urdu: word-initially it carries the vowel
 * after it (عام → आम, عورت → औरत), between consonants it lengthens the vowel
 * (بعد → बाद), and elsewhere it is silent.
 */
function ayn(units: Unit[], initial: boolean, next: string | undefined, letters: string[], i: number): void {
  if (initial) {
    const vowel: Vowel = next === 'ا' ? 'aa' : next === 'ی' ? 'ii' : next === 'و' ? 'au' : 'a';
    units.push({ v: vowel });
  } else if (units.length > 0 && 'c' in units.at(-1)! && next !== undefined && next in CONSONANTS && i < letters.length - 1) {
    units.push({ v: 'aa' });
  }
}

/** Shadda doubles the consonant it sits on: the first of the two takes a virama. */
function doubleLast(units: Unit[]): void {
  const last = units.at(-1);
  if (last && 'c' in last) units.push({ virama: true }, { c: last.c });
}

function render(units: Unit[]): string {
  let out = '';
  /** A consonant waiting for its vowel (inherent `a` if none comes). */
  let pending = false;
  let lastVowel: Vowel | null = null;
  for (const unit of units) {
    if ('c' in unit) {
      out += unit.c;
      pending = true;
      lastVowel = 'a';
    } else if ('v' in unit) {
      out += pending && !unit.own ? VOWELS[unit.v][1] : VOWELS[unit.v][0];
      pending = false;
      lastVowel = unit.v;
    } else if ('virama' in unit) {
      if (pending) out += '्';
      pending = false;
    } else {
      // Noon ghunna is a chandrabindu where no vowel sign rises above the
      // headline (हाँ, ऊँट) and an anusvara elsewhere (में); ن before a consonant is an anusvara (संत).
      const low = lastVowel === 'a' || lastVowel === 'aa' || lastVowel === 'u' || lastVowel === 'uu';
      out += unit.nasal === 'ghunna' && low ? 'ँ' : 'ं';
      pending = false;
    }
  }
  return out;
}
