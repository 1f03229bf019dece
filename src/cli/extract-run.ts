/**
 * What `wiredesk extract` does once its arguments are parsed (command-extract.ts
 * registers it): read or fetch each input, extract its article and print it.
 */
import { once } from 'node:events';
import { access } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { configTemplate } from '../config/config-template.ts';
import { loadConfig, parseConfig } from '../config/load-config.ts';
import type { Config } from '../config/schema.ts';
import type { Article } from '../extract/article.ts';
import { extract } from '../extract/extract.ts';
import { decodeHtml } from '../extract/html/html-decoding.ts';
import { DetectorNotLoadedError, loadLanguageDetector } from '../text/language.ts';
import { UsageError, configPath, thrownMessage, write, writeJsonLine, type CliIo } from './cli-io.ts';
import { configEnv } from './app-context.ts';
import { expandInputs, readInput, type ExtractInput } from './extract-inputs.ts';
import {
  jsonDocument,
  jsonLine,
  plainText,
  type ExtractOutcome,
} from './extract-output.ts';
import type { ExtractFormat } from './command-extract.ts';

export interface ExtractCommandOptions {
  url?: string;
  format: ExtractFormat;
}

export async function runExtract(program: Command, io: CliIo, names: string[], options: ExtractCommandOptions): Promise<void> {
  const baseUrl = options.url === undefined ? null : checkBaseUrl(options.url);
  const config = await extractConfig(program, io);
  const inputs = await expandInputs(names, io.cwd);
  if (inputs.length === 0) throw new UsageError(`no .html or .html.gz files in ${names.join(', ')}`);
  const several = inputs.length > 1;
  // Only the whole-document formats keep every article until the end; the
  // others print each as it comes and keep a count, so a folder of thousands
  // of pages does not hold them all in memory.
  const keepAll = options.format === 'json' || options.format === 'html';
  const outcomes: ExtractOutcome[] = [];
  let failed = 0;
  // The next input is read (a page fetched, a .gz unpacked) while this one is extracted.
  let reading = readOne(inputs[0]!, io.cwd, config);
  for (let i = 0; i < inputs.length; i++) {
    const read = await reading;
    if (i + 1 < inputs.length) reading = readOne(inputs[i + 1]!, io.cwd, config);
    const outcome = await extractOne(inputs[i]!, read, config, baseUrl);
    if ('error' in outcome) failed++;
    if (keepAll) outcomes.push(outcome);
    printAsItComes(io, options.format, outcome, several);
    await drained(io.stdout);
  }
  if (options.format === 'json') write(io.stdout, jsonDocument(outcomes, several));
  if (options.format === 'html') {
    const { htmlDocument } = await import('./extract-html.tsx');
    write(io.stdout, await htmlDocument(articlesOf(outcomes)));
  }
  if (failed > 0) throw new Error(`extract: ${failed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} failed`);
}

type ReadPage = Awaited<ReturnType<typeof readInput>>;

/**
 * Waits while the output stream holds more than it wants to (a pipe to a
 * slower reader). Files are read synchronously, so without this the loop
 * would never give the event loop a turn to write, and a folder's whole
 * output would wait in memory until the end.
 */
async function drained(stream: NodeJS.WritableStream): Promise<void> {
  if ((stream as Partial<Writable>).writableNeedDrain === true) await once(stream, 'drain');
}

/** The input's bytes, or why they could not be read (reported with the input, in its turn). */
function readOne(input: ExtractInput, cwd: string, config: Config): Promise<{ page: ReadPage } | { error: unknown }> {
  return readInput(input, cwd, config).then(
    (page) => ({ page }),
    (error: unknown) => ({ error }),
  );
}

async function extractOne(input: ExtractInput, read: { page: ReadPage } | { error: unknown }, config: Config, baseUrl: string | null): Promise<ExtractOutcome> {
  try {
    if ('error' in read) throw read.error;
    const { page } = read;
    const { html } = decodeHtml(page.bytes, page.contentType);
    // Bytes were checked against the limit already; characters never outnumber bytes.
    const options = { url: page.url ?? baseUrl, maxChars: config.fetch.maxBytes };
    return { input: input.name, article: await withDetectorWhenNeeded(() => extract(html, options)) };
  } catch (error) {
    return { input: input.name, error: withCauses(error) };
  }
}

/**
 * Most pages declare their language in a script their text agrees with, and
 * need no detection; the detector's database (138 MB, two seconds to load)
 * is loaded the first time a page does, and that page is extracted again.
 */
async function withDetectorWhenNeeded<T>(work: () => T): Promise<T> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DetectorNotLoadedError)) throw error;
    await loadLanguageDetector();
    return work();
  }
}

/** The message and the causes it does not already tell, as main() prints a command's error. */
function withCauses(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 3; ) {
    const message = thrownMessage(current);
    if (!parts.some((part) => part.includes(message))) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}

/**
 * JSON lines and text stream out one input at a time; JSON and HTML are one
 * document, printed at the end. Failures are in the JSON itself, on stderr
 * for the other formats.
 */
function printAsItComes(io: CliIo, format: ExtractFormat, outcome: ExtractOutcome, several: boolean): void {
  if (format === 'jsonl') {
    writeJsonLine(io.stdout, jsonLine(outcome));
    return;
  }
  if (format === 'json') return;
  if ('error' in outcome) {
    write(io.stderr, `wiredesk: ${outcome.input}: ${outcome.error}`);
    return;
  }
  if (format !== 'text') return;
  // The header tail(1) prints between files, so several pages read apart.
  write(io.stdout, several ? `==> ${outcome.input} <==\n${plainText(outcome.article)}\n` : plainText(outcome.article));
}

function articlesOf(outcomes: readonly ExtractOutcome[]): Article[] {
  return outcomes.flatMap((outcome) => ('article' in outcome ? [outcome.article] : []));
}

function checkBaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below with the rest.
  }
  throw new UsageError(`--url ${value}: expected an absolute http(s) URL such as https://example.com/news/story.html`);
}

/**
 * Fetch limits, User-Agent and the allow list come from the desk's
 * configuration when there is one (--config, default wiredesk.yaml), else
 * from a fresh configuration's defaults; either way WIREDESK_FETCH_ALLOW and
 * the other variables apply as they do for every command. A --config named
 * explicitly must exist.
 */
async function extractConfig(program: Command, io: CliIo): Promise<Config> {
  const file = configPath(program, io);
  const named = program.getOptionValueSource('config') !== 'default';
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists || named) return loadConfig(file, configEnv(io.env));
  const defaults = configTemplate({ siteName: 'wiredesk', baseUrl: 'http://localhost:8080' });
  return parseConfig(defaults, { file: null, label: 'the default configuration', env: configEnv(io.env) });
}
