/** What `wiredesk translate` does (command-translate.ts registers it). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../extract/article.ts';
import { textToBlocks } from '../extract/html/block-text.ts';
import { memoisedEngine, translateAndSave, translateThroughMemory, type MemoisedEngine } from '../pipeline/article-translator.ts';
import { translationLicences } from '../pipeline/translation-licences.ts';
import { detectLanguage, loadLanguageDetector } from '../text/language.ts';
import { isLanguageCode } from '../text/language-tag.ts';
import type { ArticleTranslation } from '../translate/article-translation.ts';
import { engineForPair } from '../translate/engines/configured-engines.ts';
import { pairLabel, type EnginePair, type TranslationEngine } from '../translate/engines/engine.ts';
import type { Glossary } from '../translate/glossary.ts';
import type { EngineCall } from '../translate/text-translation.ts';
import { UsageError, write, type CliIo } from './cli-io.ts';
import { startProgress } from './console-output.ts';
import type { AppContext } from './app-context.ts';
import type { TranslateOptions } from './command-translate.ts';

/** Sentences per engine request from the command: small enough for the bar to move on a long article. */
const SENTENCES_PER_TICK = 8;
const ARTICLE_ID = /^\d{1,15}$/u;

export async function runTranslate(ctx: AppContext, io: CliIo, input: string, options: TranslateOptions): Promise<void> {
  const to = languageOption('--to', options.to);
  if (ARTICLE_ID.test(input)) await translateStoredArticle(ctx, io, Number(input), to, options.engine);
  else await translateFile(ctx, io, input, to, options);
}

async function translateStoredArticle(ctx: AppContext, io: CliIo, id: number, to: string, engineId: string | undefined): Promise<void> {
  const article = await ctx.store.getArticle(id);
  if (!article) throw new Error(`translate: no article ${id}`);
  if (article.lang === to) throw new UsageError(`translate: article ${id} is already in ${to}`);
  if (article.killed) throw new Error(`translate: article ${id} is killed (${article.killed.reason}); restore it first`);
  const licences = await translationLicences(ctx.store);
  if (licences.forbidden.includes(article.sourceId)) throw new Error(`translate: the licence of source "${article.sourceId}" forbids machine translation of its articles`);
  const headlinePolicy = ctx.config.editions.find((e) => e.lang === to)?.headline ?? 'translate';
  const memo = await engineWithProgress(ctx, io, { from: article.lang, to }, engineId);
  const postEdit = (await ctx.translation?.postEdit?.({ from: article.lang, to })) ?? null;
  const target = { articleVersion: article.updatedAt, headlinePolicy, glossary: glossaryFor(ctx, to), postEdit, attempts: 1, licenceReview: licences.reviewed.get(article.sourceId) ?? null };
  const { id: saved, translation: done } = await translateAndSave(ctx.store, memo, article, target, ctx.now().toISOString());
  reportMemory(io, memo);
  const { headline, text, status, issues } = done;
  write(io.stdout, `translation ${saved} of article ${id} into ${to}: ${status}${issues.length ? ` (${issueCodes(done)})` : ''}\n\n${headline}\n\n${text}`);
}

async function translateFile(ctx: AppContext, io: CliIo, file: string, to: string, options: TranslateOptions): Promise<void> {
  let source: string;
  try {
    source = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new Error(`translate: cannot read ${file}`, { cause: error });
  }
  const blocks = textToBlocks(source.replace(/^\uFEFF/u, ''));
  if (blocks.length === 0) throw new Error(`translate: ${file} has no text`);
  const from = options.from ? languageOption('--from', options.from) : await detectedLanguage(source, file);
  const article: Pick<Article, 'headline' | 'headlineLang' | 'lang' | 'blocks'> = { headline: '', headlineLang: null, lang: from, blocks };
  const memo = await engineWithProgress(ctx, io, { from, to }, options.engine);
  const postEdit = (await ctx.translation?.postEdit?.({ from, to })) ?? null;
  const done = await translateThroughMemory(memo, article, { headlinePolicy: 'keep', glossary: glossaryFor(ctx, to), postEdit });
  reportMemory(io, memo);
  write(io.stdout, done.text);
  write(io.stderr, `${pairLabel({ from, to })}: ${done.status}${done.issues.length ? ` (${issueCodes(done)})` : ''}`);
}

/** The engine for the pair, with the memory in front of it and a progress bar over the sentences sent. */
async function engineWithProgress(ctx: AppContext, io: CliIo, pair: EnginePair, engineId: string | undefined): Promise<MemoisedEngine> {
  const engine = chooseEngine(ctx, pair, engineId);
  await loadLanguageDetector();
  const send: EngineCall = async (texts) => {
    const progress = startProgress(`translate ${pairLabel(pair)}`, texts.length, io.stderr);
    const out: string[] = [];
    try {
      for (let i = 0; i < texts.length; i += SENTENCES_PER_TICK) {
        const chunk = texts.slice(i, i + SENTENCES_PER_TICK);
        out.push(...(await engine.translate(chunk, pair)));
        for (const text of chunk) progress.tick(text.slice(0, 40));
      }
    } finally {
      progress.stop();
    }
    return out;
  };
  return memoisedEngine(ctx.store, engine, pair, ctx.now, send);
}

function glossaryFor(ctx: AppContext, lang: string): Glossary | null {
  return ctx.translation?.glossaries.get(lang) ?? null;
}

function reportMemory(io: CliIo, memo: MemoisedEngine): void {
  const { hits, misses, human } = memo.counts;
  const humanNote = human > 0 ? `, ${human} from reviewers' edits` : '';
  if (hits + human > 0) write(io.stderr, `translation memory: ${hits + human} of ${hits + misses + human} sentences${humanNote}`);
}

function chooseEngine(ctx: AppContext, pair: EnginePair, engineId: string | undefined): TranslationEngine {
  const engines = ctx.translation?.engines ?? [];
  if (engineId !== undefined) {
    const named = engines.find((e) => e.config.id === engineId);
    if (!named) throw new UsageError(`translate: no engine "${engineId}" in translation.engines (${engines.map((e) => e.config.id).join(', ') || 'none'})`);
    return named.engine;
  }
  const engine = engineForPair(engines, pair);
  if (!engine) throw new UsageError(`translate: no engine configured for ${pairLabel(pair)}; add it to translation.pairs or pass --engine`);
  return engine;
}

async function detectedLanguage(text: string, file: string): Promise<string> {
  await loadLanguageDetector();
  const lang = detectLanguage(text);
  if (!lang) throw new UsageError(`translate: cannot tell the language of ${file}; pass --from`);
  return lang;
}

function languageOption(flag: string, value: string): string {
  const code = value.toLowerCase();
  if (!isLanguageCode(code)) throw new UsageError(`${flag}: "${value}" is not a language code such as hi or en`);
  return code;
}

function issueCodes(done: Pick<ArticleTranslation, 'issues'>): string {
  return [...new Set(done.issues.map((i) => i.code))].join(', ');
}
