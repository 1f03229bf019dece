/**
 * Text translation done carefully, around one engine call: each run of
 * inline content becomes text with placeholders for its markup, is cut into
 * sentences, and each sentence has its numbers, addresses, names and glossary
 * terms protected before it goes to the engine. After the engine: protected
 * spans restored, Urdu leftovers written in Devanagari (ur→hi), the quality
 * gate run per sentence, and the markup rebuilt. Pure apart from `call`.
 */
import type { Inline } from '../extract/article.ts';
import { handleLeftovers } from './engine-leftovers.ts';
import { checkGlossary, type Glossary } from './glossary.ts';
import { inlinesToText, RETURNED_PLACEHOLDER, textToInlines, type InlineText } from './inline-placeholders.ts';
import { protectTerms, restoreTerms, type ProtectedText } from './protect-terms.ts';
import { checkTranslation, type LanguagePair, type QaIssue } from './qa.ts';
import { sentenceSegments } from './sentence-segments.ts';

/** Sends texts to the engine configured for the pair; one output per text, in order. */
export type EngineCall = (texts: string[]) => Promise<string[]>;

export interface TextTranslationOptions {
  pair: LanguagePair;
  glossary: Glossary | null;
}

/** One sentence: source and output still carry the placeholders of the run's markup (`⟦1⟧`), spans refer to them. */
export interface TranslatedSentence {
  source: string;
  output: string;
  issues: QaIssue[];
  /** Source-script words the engine left and wiredesk transliterated. */
  transliterated: string[];
}

export interface TranslatedRun {
  inlines: Inline[];
  sentences: TranslatedSentence[];
  /** Markup lost on the way (placeholders the engine dropped). */
  issues: QaIssue[];
}

interface PreparedSentence {
  lead: string;
  core: string;
  trail: string;
  protectedText: ProtectedText;
  /** False for a sentence of nothing but placeholders, digits and punctuation: no engine call. */
  send: boolean;
}

interface PreparedRun {
  encoded: InlineText;
  sentences: PreparedSentence[];
}

const EDGE_SPACE = /^(\s*)([\s\S]*?)(\s*)$/u;
const TRANSLATABLE = /\p{L}/u;

/** Translates runs of inline content (paragraphs, list items, captions) with one engine call for all. */
export async function translateRuns(runs: readonly (readonly Inline[])[], call: EngineCall, options: TextTranslationOptions): Promise<TranslatedRun[]> {
  const prepared = runs.map((run) => prepareRun(run, options));
  const toSend = prepared.flatMap((run) => run.sentences.filter((s) => s.send).map((s) => s.protectedText.text));
  const outputs = toSend.length ? await call(toSend) : [];
  if (outputs.length !== toSend.length) {
    throw new Error(`translate: the engine returned ${outputs.length} texts for ${toSend.length}`);
  }
  let next = 0;
  return prepared.map((run) => finishRun(run, (s) => (s.send ? outputs[next++]! : s.protectedText.text), options));
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
    return { lead, core, trail, protectedText, send };
  });
  return { encoded, sentences };
}

function finishRun(run: PreparedRun, outputOf: (s: PreparedSentence) => string, options: TextTranslationOptions): TranslatedRun {
  const sentences = run.sentences.map((s) => finishSentence(s, outputOf(s), options));
  const joined = run.sentences.map((s, i) => s.lead + sentences[i]!.output + s.trail).join('');
  const { inlines, issues } = textToInlines(joined, run.encoded);
  return { inlines, sentences, issues };
}

function finishSentence(s: PreparedSentence, engineOutput: string, options: TextTranslationOptions): TranslatedSentence {
  const restored = restoreTerms(engineOutput, s.protectedText.spans);
  const leftovers = handleLeftovers(restored.text, options.pair);
  // Placeholders of the markup are still in: the gate checks that they all came back.
  const output = leftovers.text.replace(RETURNED_PLACEHOLDER, (_token, n: string) => `⟦${n}⟧`);
  const protectedTerms = s.protectedText.spans.map((span) => span.replacement);
  const issues = [
    ...restored.issues,
    ...checkTranslation(s.core, output, options.pair, { protectedTerms }),
    ...(options.glossary ? checkGlossary(s.core, output, options.glossary) : []),
  ];
  return { source: s.core, output, issues, transliterated: leftovers.transliterated };
}
