/**
 * What an Urdu→Hindi engine leaves in Urdu: Apertium copies words it does not
 * know through in the source script, marked `*word` (markUnknown). Hindi and
 * Urdu share most names and loanwords, so written in Devanagari such a word
 * reads as its Hindi form or close to it (`*سٹینفورڈ` → `सटींफ़ोरड`), where
 * the Urdu letters would be unreadable to a Hindi reader. Urdu punctuation
 * becomes its Hindi counterpart.
 *
 * Other pairs keep their markers: an unknown English word in Spanish output
 * stays marked, so the quality gate holds the sentence.
 */
import { scriptOfLanguage } from '../text/script.ts';
import type { LanguagePair } from './qa/qa-types.ts';
import { urduToDevanagari } from '../text/urdu-devanagari.ts';
import { postEditHindi, type UrduHindiPostEdit } from './urdu-hindi-postedit.ts';

/** A run of Arabic-script letters and marks (not its punctuation), with the engine's marker before it if there is one. */
const ARABIC_LEFTOVER = /[*#@]?((?:(?=\p{Script=Arabic})[\p{L}\p{M}]|[\u200c\u200d])+)/gu;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

const URDU_PUNCTUATION: Readonly<Record<string, string>> = { '۔': '।', '،': ',', '؟': '?', '؛': ';', '٪': '%' };
const URDU_PUNCTUATION_MARK = /[۔،؟؛٪]/gu;

/** Harakat the engine left on a word it did translate (`पदेनً`): debris in Devanagari. */
const STRAY_ARABIC_MARK = /(?<=[\p{Script=Devanagari}\s])[\u064b-\u065f\u0670]+/gu;
/**
 * Urdu typists often end a sentence with a hyphen for want of a ۔ key; the
 * engine copies it through, and in Hindi it reads as a dangling dash.
 */
const FINAL_HYPHEN = /([\p{L}\p{M}])\s*-$/u;

/**
 * A zero-width (non-)joiner means something in Devanagari only after a
 * virama (क्‌ष); Apertium's Hindi dictionaries leave them after whole words
 * (`पाकिस्तान‌`), where they change nothing on screen but stop a search for
 * the word from finding it.
 */
const STRAY_JOINER = /(?<!\u094d)[\u200c\u200d]/gu;

export interface Leftovers {
  text: string;
  /** The source-script words written into the target script, as the engine left them. */
  transliterated: string[];
  /** Lemmas the post-editing printed where Apertium could not inflect them (`#साल` → साल). */
  uninflected: string[];
}

/**
 * With `postEdit` (a Hindi lexicon, urdu-hindi-postedit.ts), a leftover takes
 * its dictionary spelling where one fits, and the output is post-edited.
 */
export function handleLeftovers(engineOutput: string, pair: LanguagePair, postEdit: UrduHindiPostEdit | null = null): Leftovers {
  if (scriptOfLanguage(pair.to) !== 'Devanagari') return { text: engineOutput, transliterated: [], uninflected: [] };
  const output = engineOutput.replace(STRAY_JOINER, '');
  if (scriptOfLanguage(pair.from) !== 'Arabic') return { text: output, transliterated: [], uninflected: [] };
  const transliterated: string[] = [];
  const text = output
    .replace(ARABIC_LEFTOVER, (match, word: string) => {
      if (!ARABIC_LETTER.test(word)) return match;
      transliterated.push(word);
      const guess = urduToDevanagari(word);
      return postEdit?.spell(word, guess) ?? guess;
    })
    .replace(URDU_PUNCTUATION_MARK, (mark) => URDU_PUNCTUATION[mark]!)
    .replace(STRAY_ARABIC_MARK, '')
    .replace(FINAL_HYPHEN, '$1।');
  if (!postEdit) return { text, transliterated, uninflected: [] };
  return { ...postEditHindi(text, postEdit), transliterated };
}
