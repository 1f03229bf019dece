/**
 * `wiredesk translations check` (list, approve and memory are in
 * command-translations-list.ts; `wiredesk translate` is a command of its own, in command-translate.ts): the translation quality gate over any pair
 * of aligned files, one sentence a line, so that any engine's output (or a
 * held-out test set) can be scored from the shell. One JSON object a line on
 * stdout, in input order.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadLanguageDetector } from '../text/language.ts';
import { isLanguageCode } from '../text/language-tag.ts';
import { checkTranslation, qaStatus, type LanguagePair } from '../translate/qa.ts';
import { UsageError, writeJsonLines, type CliIo } from './cli-io.ts';
import { registerTranslationsList } from './command-translations-list.ts';

interface CheckOptions {
  from: string;
  to: string;
}


export function registerTranslations(program: Command, io: CliIo): void {
  const translations = program.command('translations').description('machine translations and their quality gate');
  registerTranslationsList(translations, program, io);

  translations
    .command('check <source-file> <output-file>')
    .description('run the quality gate on aligned files (one sentence a line); prints one JSON verdict a line')
    .requiredOption('--from <lang>', 'language of the source file (BCP 47: en, ur)')
    .requiredOption('--to <lang>', 'language of the output file (BCP 47: hi)')
    .action((sourceFile: string, outputFile: string, options: CheckOptions) => checkFiles(io, sourceFile, outputFile, options));
}

async function checkFiles(io: CliIo, sourceFile: string, outputFile: string, options: CheckOptions): Promise<void> {
  const pair: LanguagePair = { from: languageOption('--from', options.from), to: languageOption('--to', options.to) };
  const [sources, outputs] = await Promise.all([readLines(io, sourceFile), readLines(io, outputFile)]);
  if (sources.length !== outputs.length) {
    throw new Error(
      `translations check: ${sourceFile} has ${sources.length} lines but ${outputFile} has ${outputs.length}; ` +
        'the files must be aligned, one sentence a line',
    );
  }
  await loadLanguageDetector();
  sources.forEach((source, i) => {
    const issues = checkTranslation(source, outputs[i]!, pair);
    const verdict = {
      line: i + 1,
      status: qaStatus(issues),
      issues: issues.map(({ code, message }) => ({ code, message })),
    };
    // A verdict's messages quote the files: one line each, written as they come.
    writeJsonLines(io.stdout, [verdict]);
  });
}

function languageOption(flag: string, value: string): string {
  const code = value.toLowerCase();
  if (!isLanguageCode(code)) throw new UsageError(`${flag}: "${value}" is not a language code such as hi or en`);
  return code;
}

/** Lines of a UTF-8 file; a final newline does not start another line, and CRLF reads as LF. */
async function readLines(io: CliIo, file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new Error(`translations check: cannot read ${file}`, { cause: error });
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
