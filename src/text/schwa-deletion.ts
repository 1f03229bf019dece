/**
 * Hindi does not pronounce every inherent vowel that Devanagari implies:
 * पुतिन is "putin", कमला is "kamla", सरकार is "sarkar". A strict
 * transliteration writes them all ("putina", "kamalā", "sarakāra"). This marks
 * the silent ones with a virama, so any transliterator then leaves them out.
 *
 * Rules, after Ohala's account of Hindi schwa deletion, applied right to left:
 * - the inherent vowel of a word's last syllable is silent, unless the word
 *   is one syllable (न "na"), ends in a conjunct with य/र/व (मित्र "mitra",
 *   राज्य "rajya"), or ends in य after an i-vowel (भारतीय "bhartiya");
 * - inside a word, an inherent vowel is silent between a vowel and a
 *   consonant that carries a vowel (V C _ C V), when it stands after a single
 *   consonant, a single consonant follows it, and neither it nor the syllable
 *   before it is nasalised. Before a conjunct (V C _ CC V) it is said:
 *   deleting it would leave three consonants in a row, which Hindi avoids
 *   (कबड्डी "kabaddi", not "kabddi"; यूनिवर्सिटी "yunivarsiti").
 * It is a heuristic: compounds and Sanskrit loanwords break it now and then.
 */

const VIRAMA = '\u094d';
const NUKTA = '\u093c';
const CONSONANT = /[\u0915-\u0939\u0958-\u095f]/u;
const VOWEL_SIGN = /[\u093a\u093b\u093e-\u094c\u094e\u094f\u0955-\u0957\u0962\u0963]/u;
const INDEPENDENT_VOWEL = /[\u0904-\u0914\u0960\u0961\u0972-\u0977]/u;
const NASAL_OR_VISARGA = /[\u0900-\u0903]/u;

/** Final consonants after which a conjunct keeps its vowel: य, र, व. */
const SEMIVOWELS = new Set(['\u092f', '\u0930', '\u0935']);
const I_VOWEL_SIGNS = new Set(['\u093f', '\u0940']);
const YA = '\u092f';

interface Syllable {
  /** Consonant cluster with its viramas and nuktas; empty for a vowel letter or another sign. */
  onset: string;
  consonants: number;
  /** Vowel sign or independent vowel; empty when the vowel is inherent or absent. */
  vowel: string;
  /** The syllable ends in a consonant with the inherent vowel. */
  inherent: boolean;
  /** Anusvara, candrabindu or visarga after the vowel. */
  coda: string;
  silent: boolean;
}

/** The word with a virama after every consonant whose inherent vowel Hindi leaves silent. */
export function markSilentSchwas(word: string): string {
  const syllables = splitSyllables([...word]);
  const letters = syllables.filter((s) => s.consonants > 0 || s.vowel !== '');
  if (letters.length < 2) return word;
  const last = syllables.length - 1;
  if (finalSchwaIsSilent(syllables)) syllables[last]!.silent = true;
  for (let k = last - 1; k >= 1; k--) {
    if (medialSchwaIsSilent(syllables[k - 1]!, syllables[k]!, syllables[k + 1]!)) syllables[k]!.silent = true;
  }
  return syllables.map((s) => s.onset + (s.silent ? VIRAMA : '') + s.vowel + s.coda).join('');
}

function finalSchwaIsSilent(syllables: Syllable[]): boolean {
  const last = syllables.at(-1)!;
  if (!last.inherent || last.coda !== '') return false;
  const lastConsonant = [...last.onset].filter((c) => CONSONANT.test(c)).at(-1) ?? '';
  if (last.consonants > 1 && SEMIVOWELS.has(lastConsonant)) return false;
  const before = syllables.at(-2);
  if (last.onset === YA && before && I_VOWEL_SIGNS.has(before.vowel)) return false;
  return true;
}

function medialSchwaIsSilent(before: Syllable, current: Syllable, after: Syllable): boolean {
  const beforeHasVowel = (before.inherent && !before.silent) || before.vowel !== '';
  const afterHasVowel = (after.inherent && !after.silent) || after.vowel !== '';
  return (
    current.inherent &&
    current.consonants === 1 &&
    current.coda === '' &&
    beforeHasVowel &&
    before.coda === '' &&
    after.consonants === 1 &&
    afterHasVowel
  );
}

function splitSyllables(chars: string[]): Syllable[] {
  const syllables: Syllable[] = [];
  let i = 0;
  while (i < chars.length) {
    const syllable: Syllable = { onset: '', consonants: 0, vowel: '', inherent: false, coda: '', silent: false };
    const c = chars[i]!;
    if (CONSONANT.test(c)) {
      i = readCluster(chars, i, syllable);
      if (VOWEL_SIGN.test(chars[i] ?? '')) syllable.vowel = chars[i++]!;
      else syllable.inherent = !syllable.onset.endsWith(VIRAMA);
    } else if (INDEPENDENT_VOWEL.test(c)) {
      syllable.vowel = c;
      i++;
    } else {
      // Any other sign (avagraha, a stray mark) stands alone and blocks both rules.
      syllable.onset = c;
      i++;
    }
    while (NASAL_OR_VISARGA.test(chars[i] ?? '')) syllable.coda += chars[i++]!;
    syllables.push(syllable);
  }
  return syllables;
}

/** Reads consonant (nukta)? (virama consonant (nukta)?)* and a trailing virama, if any. */
function readCluster(chars: string[], start: number, syllable: Syllable): number {
  let i = start;
  for (;;) {
    syllable.onset += chars[i++]!;
    syllable.consonants++;
    if (chars[i] === NUKTA) syllable.onset += chars[i++]!;
    if (chars[i] !== VIRAMA) return i;
    syllable.onset += chars[i++]!;
    if (!CONSONANT.test(chars[i] ?? '')) return i;
  }
}
