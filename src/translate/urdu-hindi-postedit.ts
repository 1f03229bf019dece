/**
 * Post-editing of Apertium's Urdu→Hindi output with a Hindi lexicon
 * (hindi-lexicon.ts), in four steps that can be turned on one at a time so
 * that `npm run eval:translate` measures each:
 *
 * - `spelling`: an Urdu word the engine left untranslated takes the spelling
 *   of the Hindi dictionary word that fits its letters (hindi-spelling.ts),
 *   instead of a letter-by-letter reading; names and words no dictionary
 *   knows keep the letter-by-letter reading.
 * - `generator-markers`: `#word` is Apertium's mark for a Hindi lemma it
 *   chose but could not inflect (its generator lacks the form asked for).
 *   When the analyser knows the lemma as a Hindi word, the lemma is printed
 *   without the mark: the right word, perhaps not in the right form, reads
 *   better than a hash and a stem. An unknown lemma keeps its mark, so the
 *   quality gate still holds the sentence. A printed lemma is reported (see
 *   `uninflected`), and the translation step holds its sentence as
 *   `unknown-word` as the mark would have: readers never see a form the
 *   engine could not make unless a reviewer passed it.
 * - `alternatives`: where Apertium's Hindi dictionary has two forms of a
 *   word it prints both, `जाय/जाए`, `हूं/हूँ`, `जिसमे/जिसमें`. One is kept:
 *   the one more sources know (the word list is of standard spellings),
 *   the second on a tie (in the pairs seen while developing this on half of
 *   FLORES dev, the second was the standard spelling: जाए, हूँ, जिसमें).
 *   Only variants of one word (a lemma in common, or two edits apart at
 *   most): `किलोमीटर/घंटा` is the source's own slash.
 * - `context`: the ambiguous short words (hindi-context-rules.ts).
 */
import { applyContextRules } from './hindi-context-rules.ts';
import type { HindiLexicon } from './hindi-lexicon.ts';
import { editDistance, hindiSpelling, spellingIndex, type SpellingIndex } from './hindi-spelling.ts';

export const POST_EDIT_STEPS = ['spelling', 'generator-markers', 'alternatives', 'context'] as const;
export type PostEditStep = (typeof POST_EDIT_STEPS)[number];

export interface UrduHindiPostEdit {
  lexicon: HindiLexicon;
  steps: ReadonlySet<PostEditStep>;
  /** The Urdu word's Hindi spelling, or null; null when the step is off. */
  spell(urduWord: string, guess: string): string | null;
}

/** Two Devanagari words joined by a slash: the generator's alternatives (जाय/जाए), or a slash of the source's (किलोमीटर/घंटा). */
const ALTERNATIVES = /(?<![\p{L}\p{M}\p{N}/])([\p{Script=Devanagari}\u200c\u200d]+)\/([\p{Script=Devanagari}\u200c\u200d]+)(?![\p{L}\p{M}\p{N}/])/gu;
/** Alternatives this close are spellings or forms of one word; a source's `A/B` names two different things. */
const MAX_VARIANT_EDITS = 2;

/**
 * Spellings remembered per Urdu word; past this many the memory starts over,
 * so a desk that runs for a year holds no more than a few megabytes of them.
 */
const MAX_REMEMBERED_SPELLINGS = 50_000;

/** `#` then a Devanagari word: Apertium's generator could not inflect the lemma. */
const GENERATOR_MARKER = /(?<![\p{L}\p{M}\p{N}])#([\p{Script=Devanagari}\u200c\u200d]+)/gu;

export function urduHindiPostEdit(lexicon: HindiLexicon, steps: ReadonlySet<PostEditStep> = new Set(POST_EDIT_STEPS)): UrduHindiPostEdit {
  let index: SpellingIndex | null = null;
  const cache = new Map<string, string | null>();
  return {
    lexicon,
    steps,
    spell(urduWord, guess) {
      if (!steps.has('spelling')) return null;
      // Built on first use: a desk that never sees an Urdu leftover does not pay for it.
      index ??= spellingIndex(lexicon);
      if (!cache.has(urduWord)) {
        if (cache.size >= MAX_REMEMBERED_SPELLINGS) cache.clear();
        cache.set(urduWord, hindiSpelling(urduWord, guess, index));
      }
      return cache.get(urduWord)!;
    },
  };
}

export interface PostEdited {
  text: string;
  /** Lemmas printed without the generator's `#`, in the form Apertium could not inflect. */
  uninflected: string[];
}

/** The steps after the leftovers are in Devanagari: generator markers, then the context rules. */
export function postEditHindi(text: string, postEdit: UrduHindiPostEdit): PostEdited {
  let out = text;
  const uninflected: string[] = [];
  if (postEdit.steps.has('generator-markers')) {
    out = out.replace(GENERATOR_MARKER, (match, lemma: string) => {
      if (!postEdit.lexicon.knows(lemma)) return match;
      uninflected.push(lemma);
      return lemma;
    });
  }
  if (postEdit.steps.has('alternatives')) out = out.replace(ALTERNATIVES, (match, a: string, b: string) => chooseAlternative(a, b, postEdit.lexicon) ?? match);
  if (postEdit.steps.has('context')) out = applyContextRules(out, postEdit.lexicon).text;
  return { text: out, uninflected };
}

/** The alternative to print, or null when `a/b` is not two forms of one word. */
function chooseAlternative(a: string, b: string, lexicon: HindiLexicon): string | null {
  const lemmas = (word: string) => new Set(lexicon.analyses(word).map((x) => x.slice(0, x.indexOf('<'))));
  const shared = [...lemmas(a)].some((lemma) => lemmas(b).has(lemma));
  if (!shared && editDistance(a, b) > MAX_VARIANT_EDITS) return null;
  const support = (word: string) => (lexicon.analyses(word).length > 0 ? 1 : 0) + (lexicon.listed(word) ? 1 : 0);
  return support(b) >= support(a) ? b : a;
}
