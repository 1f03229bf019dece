/**
 * `npm run eval:translate`: the FLORES-200 dev Urdu sentences (997) into
 * Hindi through a real Apertium APY, started here on a free loopback port and
 * stopped at the end. Twice: the engine's raw output, and wiredesk's text
 * translation around the same engine (sentences, protected numbers and Latin
 * names, glossary, Urdu leftovers written in Devanagari). Prints chrF
 * against the Hindi references and the quality gate's pass rate for each;
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
import { checkTranslation, qaStatus, type LanguagePair } from '../../src/translate/qa.ts';
import { translateTexts } from '../../src/translate/text-translation.ts';
import { FLORES_DIR, floresAvailable, readFlores } from '../qa/flores-lines.ts';
import { corpusChrf } from './chrf.ts';

const PAIR: LanguagePair = { from: 'ur', to: 'hi' };
/** Sentences per progress line; also the size of each call, so a slow engine shows movement. */
const CHUNK = 100;
/** APY runs one pipeline per pair by default: two requests in flight keep it busy without queueing. */
const CONCURRENCY = 2;
const GLOSSARY_FILE = path.join(import.meta.dirname, 'testdata', 'hi-news-glossary.yaml');

interface Run {
  name: string;
  outputs: string[];
}

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
    const engine = runEngine(apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 60_000 }), { concurrency: CONCURRENCY, retries: 2 });
    const raw = await inChunks('raw Apertium', sources, (chunk) => engine.translate(chunk, PAIR));
    const plain = await inChunks('wiredesk, no glossary', sources, (chunk) => throughWiredesk(engine, chunk, null));
    const full = await inChunks('wiredesk', sources, (chunk) => throughWiredesk(engine, chunk, glossary));
    report(sources, references, [
      { name: 'raw Apertium (markUnknown=yes)', outputs: raw },
      { name: 'raw Apertium, * # @ markers removed', outputs: raw.map(withoutMarkers) },
      { name: 'wiredesk without glossary', outputs: plain },
      { name: `wiredesk (glossary: ${glossary.entries.length} terms)`, outputs: full },
    ]);
    showSamples(sources, references, raw, full);
  } finally {
    await apy.stop();
  }
}

async function throughWiredesk(engine: TranslationEngine, texts: string[], glossary: Glossary | null): Promise<string[]> {
  const translated = await translateTexts(texts, (batch) => engine.translate(batch, PAIR), { pair: PAIR, glossary });
  return translated.map((t) => t.text);
}

async function inChunks(name: string, sources: string[], translate: (chunk: string[]) => Promise<string[]>): Promise<string[]> {
  const outputs: string[] = [];
  const started = performance.now();
  for (let i = 0; i < sources.length; i += CHUNK) {
    outputs.push(...(await translate(sources.slice(i, i + CHUNK))));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`eval:translate: ${name}: ${outputs.length}/${sources.length} sentences (${seconds} s)`);
  }
  return outputs;
}

function report(sources: string[], references: string[], runs: Run[]): void {
  const rows = runs.map(({ name, outputs }) => {
    const passed = outputs.filter((out, i) => qaStatus(checkTranslation(sources[i]!, out, PAIR)) === 'pass').length;
    return [name, corpusChrf(outputs, references).toFixed(1), `${((100 * passed) / outputs.length).toFixed(1)} %`];
  });
  console.log(`\nFLORES-200 dev, Urdu → Hindi, ${sources.length} sentences; chrF (n = 6, β = 2) against the Hindi references\n`);
  console.log(formatTable(['output', 'chrF', 'QA gate pass'], rows));
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
