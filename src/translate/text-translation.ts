/**
 * Text translation done carefully, around one engine call: each run of
 * inline content becomes text with placeholders for its markup, is cut into
 * sentences, and each sentence has its numbers, addresses, names and glossary
 * terms protected before it goes to the engine. After the engine: protected
 * spans restored, Urdu leftovers written in Devanagari (ur→hi), the quality
 * gate run per sentence, and the markup rebuilt. Pure apart from `call`
 * and `human`.
 *
 * Before any of that, when the caller gives a lookup of human segments
 * (human-segments.ts), a run or sentence a reviewer has translated before
 * takes the reviewer's text: it is not sent, and the memory's machine output
 * for it is not asked for, so a human segment always ranks above a machine
 * one. A run that takes a human sentence containing markup (a link, emphasis)
 * loses that run's markup, as the desk's own edits do: the reviewer's text
 * says nothing about where the markup would go.
 */
import type { Inline } from '../extract/article.ts';
import { handleLeftovers } from './engine-leftovers.ts';
import { checkGlossary, type Glossary } from './glossary.ts';
import { inlinesToText, RETURNED_PLACEHOLDER, textToInlines, type InlineText } from './inline-placeholders.ts';
import { protectTerms, restoreTerms, type ProtectedText } from './protect-terms.ts';
import { humanKey, isTranslatable, plainSource, type HumanLookup } from './human-segments.ts';
import { checkTranslation, type LanguagePair, type QaIssue } from './qa.ts';
import { issue } from './qa/qa-types.ts';
import { UNKNOWN_WORD } from './qa/unknown-word-markers.ts';
import { countOrigins, type OriginCounts, type SegmentOrigin } from './segment-origins.ts';
import { sentenceSegments } from './sentence-segments.ts';
import type { UrduHindiPostEdit } from './urdu-hindi-postedit.ts';

/** An output the translation memory answered with, instead of the engine (translation-memory.ts). */
export interface RememberedOutput {
  text: string;
  remembered: true;
}

/** Sends texts to the engine configured for the pair; one output per text, in order. */
export type EngineCall = (texts: string[]) => Promise<(string | RememberedOutput)[]>;

export function outputText(output: string | RememberedOutput): string {
  return typeof output === 'string' ? output : output.text;
}

export interface TextTranslationOptions {
  pair: LanguagePair;
  glossary: Glossary | null;
  /** Human segments of the pair, asked first; none when absent. */
  human?: HumanLookup | null;
  /** Urdu→Hindi post-editing with a Hindi lexicon (urdu-hindi-postedit.ts); none when absent. */
  postEdit?: UrduHindiPostEdit | null;
}

/** One sentence: source and output still carry the placeholders of the run's markup (`⟦1⟧`), spans refer to them. */
export interface TranslatedSentence {
  source: string;
  output: string;
  issues: QaIssue[];
  /** Source-script words the engine left and wiredesk transliterated. */
  transliterated: string[];
  /** Null for a sentence of nothing to translate (numbers, marks), copied as it was. */
  origin: SegmentOrigin | null;
}

export interface TranslatedRun {
  inlines: Inline[];
  sentences: TranslatedSentence[];
  /** Markup lost on the way (placeholders the engine dropped). */
  issues: QaIssue[];
  /** Its sentences by origin. */
  origins: OriginCounts;
}

interface PreparedSentence {
  lead: string;
  core: string;
  trail: string;
  protectedText: ProtectedText;
  /** False for a sentence of nothing but placeholders, digits and punctuation: no engine call. */
  send: boolean;
  /** The sentence as human segments are keyed on. */
  plain: string;
  /** A reviewer's text for this sentence, from the human segments. */
  human: string | null;
}

interface PreparedRun {
  encoded: InlineText;
  sentences: PreparedSentence[];
  plain: string;
  /** A reviewer's text for the whole run, from the human segments. */
  human: string | null;
}

interface SentenceOutput {
  text: string;
  origin: SegmentOrigin;
}

const EDGE_SPACE = /^(\s*)([\s\S]*?)(\s*)$/u;
const TRANSLATABLE = /\p{L}/u;

/** Translates runs of inline content (paragraphs, list items, captions) with one engine call for all. */
export async function translateRuns(runs: readonly (readonly Inline[])[], call: EngineCall, options: TextTranslationOptions): Promise<TranslatedRun[]> {
  const prepared = runs.map((run) => prepareRun(run, options));
  if (options.human) await applyHumanSegments(prepared, options.human);
  const sent = (s: PreparedSentence) => s.send && s.human === null;
  const toSend = prepared.flatMap((run) => (run.human !== null ? [] : run.sentences.filter(sent).map((s) => s.protectedText.text)));
  const outputs = toSend.length ? await call(toSend) : [];
  if (outputs.length !== toSend.length) {
    throw new Error(`translate: the engine returned ${outputs.length} texts for ${toSend.length}`);
  }
  let next = 0;
  const outputOf = (s: PreparedSentence): SentenceOutput | null => {
    if (!sent(s)) return null;
    const output = outputs[next++]!;
    return { text: outputText(output), origin: typeof output === 'string' ? 'engine' : 'memory' };
  };
  return prepared.map((run) => (run.human !== null ? humanRun(run, run.human, options) : finishRun(run, outputOf, options)));
}

/** Plain texts (one paragraph each), for callers without markup: `wiredesk translate` on a text file, the eval. */
export async function translateTexts(texts: readonly string[], call: EngineCall, options: TextTranslationOptions): Promise<{ text: string; sentences: TranslatedSentence[] }[]> {
  const runs = await translateRuns(texts.map((text) => [{ kind: 'text', text }]), call, options);
  return runs.map((run) => ({ text: run.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''), sentences: run.sentences }));
}

function prepareRun(run: readonly Inline[], options: TextTranslationOptions): PreparedRun {
  const encoded = inlinesToText(run);
  let nextNumber = encoded.nextNumber;
  const sentences = sentenceSegments(encoded.text, options.pair.from).map((piece) => {
    const [, lead = '', core = '', trail = ''] = EDGE_SPACE.exec(piece)!;
    const protectedText = protectTerms(core, options.pair, options.glossary, nextNumber);
    nextNumber = protectedText.nextNumber;
    const send = TRANSLATABLE.test(protectedText.text.replace(RETURNED_PLACEHOLDER, ''));
    return { lead, core, trail, protectedText, send, plain: plainSource(core), human: null };
  });
  return { encoded, sentences, plain: plainSource(encoded.text), human: null };
}

/** Fills in the reviewers' texts: for a whole run when one was remembered for it, else sentence by sentence. */
async function applyHumanSegments(runs: PreparedRun[], lookup: HumanLookup): Promise<void> {
  const keys = new Set<string>();
  for (const run of runs) {
    if (isTranslatable(run.plain)) keys.add(humanKey(run.plain));
    for (const s of run.sentences) if (s.send) keys.add(humanKey(s.plain));
  }
  if (keys.size === 0) return;
  const found = await lookup([...keys]);
  if (found.size === 0) return;
  for (const run of runs) {
    run.human = isTranslatable(run.plain) ? (found.get(humanKey(run.plain)) ?? null) : null;
    if (run.human !== null) continue;
    for (const s of run.sentences) s.human = s.send ? (found.get(humanKey(s.plain)) ?? null) : null;
  }
}

/** A run a reviewer translated as a whole: their text, checked by the gate like any other. */
function humanRun(run: PreparedRun, output: string, options: TextTranslationOptions): TranslatedRun {
  const sentence: TranslatedSentence = { source: run.plain, output, issues: humanIssues(run.plain, output, options), transliterated: [], origin: 'human-memory' };
  const sentences = Math.max(1, run.sentences.filter((s) => s.send).length);
  return { inlines: plainInlines(output), sentences: [sentence], issues: [], origins: { 'human-memory': sentences } };
}

function humanIssues(source: string, output: string, options: TextTranslationOptions): QaIssue[] {
  return [...checkTranslation(source, output, options.pair), ...(options.glossary ? checkGlossary(source, output, options.glossary) : [])];
}

/** Text as inline content, its line breaks as breaks (the desk's edited segments are stored the same way). */
function plainInlines(text: string): Inline[] {
  return text.split('\n').flatMap((line, i): Inline[] => (i === 0 ? [{ kind: 'text', text: line }] : [{ kind: 'break' }, { kind: 'text', text: line }]));
}

function hasPlaceholder(text: string): boolean {
  return text.search(RETURNED_PLACEHOLDER) >= 0;
}

function finishRun(run: PreparedRun, outputOf: (s: PreparedSentence) => SentenceOutput | null, options: TextTranslationOptions): TranslatedRun {
  const sentences = run.sentences.map((s) => {
    if (s.human !== null) return { source: s.plain, output: s.human, issues: humanIssues(s.plain, s.human, options), transliterated: [], origin: 'human-memory' as const };
    const output = outputOf(s);
    return finishSentence(s, output?.text ?? s.protectedText.text, output?.origin ?? null, options);
  });
  const origins = countOrigins(sentences.flatMap((s) => (s.origin === null ? [] : [s.origin])));
  const joined = run.sentences.map((s, i) => s.lead + sentences[i]!.output + s.trail).join('');
  // A reviewer's sentence has no placeholders for the markup its source had: the run keeps its words, not its markup.
  if (run.sentences.some((s) => s.human !== null && hasPlaceholder(s.core))) {
    return { inlines: plainInlines(joined.replace(RETURNED_PLACEHOLDER, '')), sentences, issues: [], origins };
  }
  const { inlines, issues } = textToInlines(joined, run.encoded);
  return { inlines, sentences, issues, origins };
}

function finishSentence(s: PreparedSentence, engineOutput: string, origin: SegmentOrigin | null, options: TextTranslationOptions): TranslatedSentence {
  const restored = restoreTerms(engineOutput, s.protectedText.spans);
  const leftovers = handleLeftovers(restored.text, options.pair, options.postEdit ?? null);
  // Placeholders of the markup are still in: the gate checks that they all came back.
  const output = leftovers.text.replace(RETURNED_PLACEHOLDER, (_token, n: string) => `⟦${n}⟧`);
  const protectedTerms = s.protectedText.spans.map((span) => span.replacement);
  const issues = [
    ...restored.issues,
    ...leftovers.uninflected.map((lemma) => issue(UNKNOWN_WORD, { kind: 'uninflected-lemma', lemma })),
    ...checkTranslation(s.core, output, options.pair, { protectedTerms }),
    ...(options.glossary ? checkGlossary(s.core, output, options.glossary) : []),
  ];
  return { source: s.core, output, issues, transliterated: leftovers.transliterated, origin };
}
