/**
 * Human segments: what a reviewer wrote in place of the machine's text,
 * remembered so that the next article with the same source sentence gets the
 * reviewer's version instead of the engine's (text-translation.ts asks for
 * them before anything goes to the memory's machine outputs or the engine).
 *
 * A human segment is keyed by language pair and the plain source sentence:
 * NFC with whitespace collapsed, inline markup left out, and nothing else
 * changed. Unlike a machine segment (translation-memory.ts), numbers and
 * names are not replaced by placeholders: the reviewer's text is final text,
 * with the numbers and names they wrote, so it fits only the same sentence.
 *
 * The desk edits a paragraph-like segment as a whole. When the source
 * paragraph and the reviewer's text have as many sentences, each sentence the
 * reviewer changed becomes a human segment of its own, so a recurring sentence
 * is found inside another paragraph; otherwise the whole paragraph is one,
 * found only as a whole paragraph.
 */
import { createHash } from 'node:crypto';
import type { Inline } from '../extract/article.ts';
import { normalizeText } from '../text/normalize.ts';
import { inlinesToText, RETURNED_PLACEHOLDER } from './inline-placeholders.ts';
import type { LanguagePair } from './qa.ts';
import { sentenceSegments } from './sentence-segments.ts';

/** A source text and the reviewer's target for it. */
export interface HumanSegment {
  key: string;
  source: string;
  output: string;
}

/** Human outputs by key, for the keys of one language pair the memory holds. */
export type HumanLookup = (keys: readonly string[]) => Promise<Map<string, string>>;

const TRANSLATABLE = /\p{L}/u;

/** A source text as human segments are keyed on: markup placeholders out, NFC, whitespace collapsed. */
export function plainSource(text: string): string {
  return normalizeText(text.replace(RETURNED_PLACEHOLDER, ''));
}

export function humanKey(plain: string): string {
  return createHash('sha256').update(plain).digest('hex');
}

/** Whether a source text has anything to translate (a sentence of only numbers and marks is copied, never looked up). */
export function isTranslatable(plain: string): boolean {
  return TRANSLATABLE.test(plain);
}

/** The run's plain text and its sentences' plain texts, cut as text-translation.ts cuts them for the engine. */
export function plainSentences(run: readonly Inline[], lang: string): { whole: string; sentences: string[] } {
  const { text } = inlinesToText(run);
  return { whole: plainSource(text), sentences: sentenceSegments(text, lang).map(plainSource) };
}

function segment(source: string, output: string): HumanSegment {
  return { key: humanKey(source), source, output };
}

function targetSentences(text: string, lang: string): string[] {
  return sentenceSegments(text, lang)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The human segments a reviewer's edit of one segment gives: `run` is the
 * source's inline content, `machine` the target they were shown, `edited`
 * what they approved. Sentence by sentence where the sentences line up (only
 * those they changed), else the whole segment. None when nothing changed.
 */
export function humanSegmentsFromEdit(run: readonly Inline[], machine: string, edited: string, pair: LanguagePair): HumanSegment[] {
  const output = edited.trim();
  if (output === machine.trim() || output === '') return [];
  const source = plainSentences(run, pair.from);
  const after = targetSentences(output, pair.to);
  if (source.sentences.length > 1 && after.length === source.sentences.length) {
    const before = targetSentences(machine, pair.to);
    const aligned = before.length === after.length;
    return source.sentences.flatMap((sentence, i) =>
      isTranslatable(sentence) && !(aligned && before[i] === after[i]) ? [segment(sentence, after[i]!)] : [],
    );
  }
  return isTranslatable(source.whole) ? [segment(source.whole, output)] : [];
}

/** The human segment of an edited headline (one run of plain text). */
export function humanHeadlineSegments(source: string, machine: string, edited: string, pair: LanguagePair): HumanSegment[] {
  return humanSegmentsFromEdit([{ kind: 'text', text: source }], machine, edited, pair);
}
