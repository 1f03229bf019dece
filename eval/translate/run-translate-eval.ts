/**
 * `npm run eval:translate`: the FLORES-200 dev Urdu sentences (997) into
 * Hindi through a real Apertium APY, started here on a free loopback port and
 * stopped at the end. Twice: the engine's raw output, and wiredesk's text
 * translation around the same engine (sentences, protected numbers and Latin
 * names, glossary, Urdu leftovers written in Devanagari). Then the same
 * engine outputs through each Urdu→Hindi post-editing step alone and all
 * together (urdu-hindi-postedit.ts; the Hindi lexicon from apertium-hin and
 * hunspell-hi, rows skipped with a line saying so when they are absent),
 * and the spelling step with one dictionary at a time. Prints chrF against
 * the Hindi references, on all sentences and on the even and odd lines
 * apart (the steps were developed looking at the even ones only, so the odd
 * ones show over-fitting), and the quality gate's pass rate for each;
 * `-- --limit N` takes the first N sentences, `-- --show N` prints N
 * sentences side by side.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatTable } from '../../src/cli/text-table.ts';
import { loadLanguageDetector } from '../../src/text/language.ts';
import { apertiumEngine } from '../../src/translate/engines/apertium-engine.ts';
import { apyInstalled, APY_BINARY, startApy } from '../../src/translate/engines/apy-process.ts';
import type { TranslationEngine } from '../../src/translate/engines/engine.ts';
import { runEngine } from '../../src/translate/engines/engine-runner.ts';
import { parseGlossary, type Glossary } from '../../src/translate/glossary.ts';
import { HINDI_ANALYSER_FILE, HINDI_WORD_LIST_FILE, loadUrduHindiPostEdit } from '../../src/translate/hindi-lexicon-files.ts';
import { urduHindiPostEdit, type PostEditStep, type UrduHindiPostEdit } from '../../src/translate/urdu-hindi-postedit.ts';
import { checkTranslation, qaStatus, type LanguagePair } from '../../src/translate/qa.ts';
import { translateTexts } from '../../src/translate/text-translation.ts';
import { FLORES_DIR, floresAvailable, readFlores } from '../qa/flores-lines.ts';
import { corpusChrf } from './chrf.ts';

const PAIR: LanguagePair = { from: 'ur', to: 'hi' };
/** Sentences per progress line; also the size of each call, so a slow engine shows movement. */
const CHUNK = 100;
/** APY runs one pipeline per pair by default: two requests in flight keep it busy without queueing. */
const CONCURRENCY = 2;
const HINDI_FILES = { analyser: HINDI_ANALYSER_FILE, wordList: HINDI_WORD_LIST_FILE };
const ABSENT = '/nonexistent/wiredesk-eval';
const GLOSSARY_FILE = path.join(import.meta.dirname, 'testdata', 'hi-news-glossary.yaml');

interface Run {
  name: string;
  outputs: string[];
  /**
   * Per sentence, whether wiredesk's gate held it (issues found per sentence
   * in the pipeline, which also reports what post-editing changed); for the
   * raw rows the gate is run on the output.
   */
  held?: boolean[];
}

interface WiredeskOutput {
  text: string;
  held: boolean;
}

const wiredeskRun = (name: string, outputs: WiredeskOutput[]): Run => ({ name, outputs: outputs.map((o) => o.text), held: outputs.map((o) => o.held) });

async function main(): Promise<void> {
  if (!floresAvailable()) {
    console.log(`eval:translate: ${FLORES_DIR} is absent; nothing to measure (the suite lives in ../shared/eval).`);
    return;
  }
  if (!apyInstalled()) {
    console.log(`eval:translate: ${APY_BINARY} is missing; install apertium-apy and apertium-urd-hin (apt-get) to measure.`);
    return;
  }
  const limit = numberFlag('--limit') ?? Infinity;
  const flores = await readFlores();
  const sources = flores['ur']!.slice(0, limit);
  const references = flores['hi']!.slice(0, limit);
  const glossary = parseGlossary(await readFile(GLOSSARY_FILE, 'utf8'), GLOSSARY_FILE);
  await loadLanguageDetector();
  console.log(`eval:translate: starting apertium-apy…`);
  const apy = await startApy();
  try {
    const engine = remembering(runEngine(apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 60_000 }), { concurrency: CONCURRENCY, retries: 2 }));
    const raw = await inChunks('raw Apertium', sources, (chunk) => engine.translate(chunk, PAIR));
    const plain = await inChunks('wiredesk, no glossary', sources, (chunk) => throughWiredesk(engine, chunk, null, null));
    const base = await inChunks('wiredesk', sources, (chunk) => throughWiredesk(engine, chunk, glossary, null));
    const runs: Run[] = [
      { name: 'raw Apertium (markUnknown=yes)', outputs: raw },
      { name: 'raw Apertium, * # @ markers removed', outputs: raw.map(withoutMarkers) },
      wiredeskRun('wiredesk without glossary', plain),
      wiredeskRun(`wiredesk, glossary (${glossary.entries.length} terms), no post-editing`, base),
    ];
    let full = base.map((o) => o.text);
    const postEdit = await loadUrduHindiPostEdit((line) => console.log(`eval:translate: ${line}`));
    if (postEdit) {
      // The engine's outputs are remembered from the run above: these rows differ only in the post-editing.
      const variants = await postEditVariants(postEdit);
      for (const [name, variant] of variants) {
        const outputs = await inChunks(name, sources, (chunk) => throughWiredesk(engine, chunk, glossary, variant));
        runs.push(wiredeskRun(name, outputs));
        full = outputs.map((o) => o.text);
      }
    }
    report(sources, references, runs);
    showSamples(sources, references, raw, full);
  } finally {
    await apy.stop();
  }
}

/**
 * The rows of the post-editing steps: each alone on top of wiredesk with its
 * glossary, the spelling step with each dictionary alone, then all the steps
 * the installed packages allow (what the pipeline runs; printed last).
 */
async function postEditVariants(postEdit: UrduHindiPostEdit): Promise<[string, UrduHindiPostEdit][]> {
  const { lexicon, steps } = postEdit;
  const only = (step: PostEditStep, from = postEdit) => urduHindiPostEdit(from.lexicon, new Set([step]));
  const variants: [string, UrduHindiPostEdit][] = [];
  if (steps.has('spelling')) {
    variants.push([`+ spelling (${lexicon.sources.join(' + ')})`, only('spelling')]);
    if (lexicon.sources.length === 2) {
      // One dictionary at a time: the other's file is named as absent.
      for (const files of [{ ...HINDI_FILES, wordList: ABSENT }, { ...HINDI_FILES, analyser: ABSENT }]) {
        const single = await loadUrduHindiPostEdit(() => {}, files);
        if (single) variants.push([`+ spelling (${single.lexicon.sources.join('')} only)`, only('spelling', single)]);
      }
    }
  }
  if (steps.has('generator-markers')) variants.push(['+ generator markers (apertium-hin)', only('generator-markers')]);
  if (steps.has('alternatives')) variants.push(['+ one of two alternatives (apertium-hin, hunspell-hi)', only('alternatives')]);
  if (steps.has('context')) variants.push(['+ context rules (apertium-hin tags)', only('context')]);
  variants.push([`+ all ${steps.size} post-editing steps`, postEdit]);
  return variants;
}

async function throughWiredesk(engine: TranslationEngine, texts: string[], glossary: Glossary | null, postEdit: UrduHindiPostEdit | null): Promise<WiredeskOutput[]> {
  const translated = await translateTexts(texts, (batch) => engine.translate(batch, PAIR), { pair: PAIR, glossary, postEdit });
  return translated.map((t) => ({ text: t.text, held: t.sentences.some((s) => s.issues.length > 0) }));
}

/** The engine, asked once per distinct text: the post-editing rows reuse the outputs of the first wiredesk row. */
function remembering(engine: TranslationEngine): TranslationEngine {
  const seen = new Map<string, string>();
  return {
    ...engine,
    async translate(texts, pair, options) {
      const missing = [...new Set(texts.filter((t) => !seen.has(t)))];
      const outputs = missing.length ? await engine.translate(missing, pair, options) : [];
      missing.forEach((text, i) => seen.set(text, outputs[i]!));
      return texts.map((t) => seen.get(t)!);
    },
  };
}

async function inChunks<T>(name: string, sources: string[], translate: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const outputs: T[] = [];
  const started = performance.now();
  for (let i = 0; i < sources.length; i += CHUNK) {
    outputs.push(...(await translate(sources.slice(i, i + CHUNK))));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`eval:translate: ${name}: ${outputs.length}/${sources.length} sentences (${seconds} s)`);
  }
  return outputs;
}

function report(sources: string[], references: string[], runs: Run[]): void {
  const half = (lines: string[], parity: number) => lines.filter((_, i) => i % 2 === parity);
  const rows = runs.map(({ name, outputs, held }) => {
    const passed = outputs.filter((out, i) => (held ? !held[i] : qaStatus(checkTranslation(sources[i]!, out, PAIR)) === 'pass')).length;
    const chrf = (parity: number) => corpusChrf(half(outputs, parity), half(references, parity)).toFixed(2);
    return [name, corpusChrf(outputs, references).toFixed(2), chrf(0), chrf(1), `${((100 * passed) / outputs.length).toFixed(1)} %`];
  });
  console.log(`\nFLORES-200 dev, Urdu → Hindi, ${sources.length} sentences; chrF (n = 6, β = 2) against the Hindi references\n`);
  console.log(formatTable(['output', 'chrF', 'even lines', 'odd lines', 'QA gate pass'], rows));
}

function showSamples(sources: string[], references: string[], raw: string[], full: string[]): void {
  const show = numberFlag('--show') ?? 0;
  for (let i = 0; i < Math.min(show, sources.length); i++) {
    console.log(`\n#${i + 1}\n  ur:  ${sources[i]}\n  raw: ${raw[i]}\n  wd:  ${full[i]}\n  ref: ${references[i]}`);
  }
}

const MARKER = /(?<![\p{L}\p{M}\p{N}])[*#@](?=[\p{L}\p{N}])/gu;

function withoutMarkers(text: string): string {
  return text.replace(MARKER, '');
}

function numberFlag(flag: string): number | null {
  const at = process.argv.indexOf(flag);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : null;
}

await main();
