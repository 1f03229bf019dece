/**
 * One article into one language: its blocks and its headline. Nothing else
 * goes to the engine: no page furniture, no standfirst, no syndication
 * notice (the site composes that in the edition's language from
 * templates). The quality gate's issues decide between `pass` and `review`;
 * an engine that answers nothing at all is a failure the caller retries,
 * not a translation to review.
 *
 * Under the `keep` headline policy the headline is translated all the same
 * (one short sentence, usually a translation-memory hit on a re-run) but not
 * shown: story clustering reads it as evidence in the target language, which
 * is how an Urdu report, whose script has no romanisation to match on, meets
 * the Hindi story it belongs to.
 */
import type { Article, Block } from '../extract/article.ts';
import { blocksToText } from '../extract/html/block-text.ts';
import { translateBlocks } from './block-translation.ts';
import type { Glossary } from './glossary.ts';
import type { HumanLookup } from './human-segments.ts';
import { qaStatus, type LanguagePair, type QaIssue, type QaStatus } from './qa.ts';
import { isEmptyIssue } from './qa/empty-or-truncated.ts';
import { countOrigins, type SegmentOrigins } from './segment-origins.ts';
import type { UrduHindiPostEdit } from './urdu-hindi-postedit.ts';
import { translateTexts, type EngineCall, type TranslatedSentence } from './text-translation.ts';

export type HeadlinePolicy = 'keep' | 'translate';

export interface ArticleTranslationOptions {
  pair: LanguagePair;
  glossary: Glossary | null;
  headlinePolicy: HeadlinePolicy;
  /** Human segments of the pair (human-segments.ts), used before the memory's machine outputs and the engine. */
  human?: HumanLookup | null;
  /** Urdu→Hindi post-editing (urdu-hindi-postedit.ts), for that pair only. */
  postEdit?: UrduHindiPostEdit | null;
}

export interface ArticleTranslation {
  headline: string;
  /** The headline's language when it stayed in another language than the target, else null. */
  headlineLang: string | null;
  /** The headline in the target language whatever the policy, or null when it was not this pair's to translate. */
  translatedHeadline: string | null;
  blocks: Block[];
  text: string;
  status: QaStatus;
  issues: QaIssue[];
  /** Sentences sent to the engine (after protection), for progress and figures. */
  sentences: number;
  /** Where the shown headline's and each body segment's sentences came from. */
  origins: SegmentOrigins;
}

/** Every sentence came back empty: the engine is broken or overloaded, not the text. */
export class EmptyOutputError extends Error {
  override name = 'EmptyOutputError';
}

export async function translateArticle(
  article: Pick<Article, 'headline' | 'headlineLang' | 'lang' | 'blocks'>,
  call: EngineCall,
  options: ArticleTranslationOptions,
): Promise<ArticleTranslation> {
  const textOptions = { pair: options.pair, glossary: options.glossary, human: options.human ?? null, postEdit: options.postEdit ?? null };
  const body = await translateBlocks(article.blocks, call, textOptions);
  // A headline already in another language than the body (kept from the wire) is not this pair's to translate.
  const headlineFrom = article.headlineLang ?? article.lang;
  const headlineIsOurs = headlineFrom === options.pair.from;
  const translateHeadline = async () => (await translateTexts([article.headline], call, textOptions))[0]!;
  const shown = options.headlinePolicy === 'translate' && headlineIsOurs ? await translateHeadline() : null;
  const sentences = [...body.sentences, ...(shown?.sentences ?? [])];
  if (sentences.length > 0 && sentences.every(cameBackEmpty)) {
    throw new EmptyOutputError(`translate: the engine returned nothing for all ${sentences.length} sentences (${options.pair.from}→${options.pair.to})`);
  }
  // A kept headline is not shown: it is asked for once the body shows the engine answers, and its issues hold nothing for review.
  const headline = shown ?? (headlineIsOurs ? await translateHeadline() : null);
  const issues = [...body.issues, ...(shown?.sentences.flatMap((s) => s.issues) ?? [])];
  return {
    headline: shown?.text ?? article.headline,
    headlineLang: shown || headlineFrom === options.pair.to ? null : headlineFrom,
    translatedHeadline: headline && !headline.sentences.every(cameBackEmpty) ? headline.text : null,
    blocks: body.blocks,
    text: blocksToText(body.blocks),
    status: qaStatus(issues),
    issues,
    sentences: sentences.length,
    origins: { headline: shown ? countOrigins(shown.sentences.flatMap((s) => (s.origin === null ? [] : [s.origin]))) : null, segments: body.segmentOrigins },
  };
}

function cameBackEmpty(sentence: TranslatedSentence): boolean {
  return sentence.issues.some(isEmptyIssue);
}
