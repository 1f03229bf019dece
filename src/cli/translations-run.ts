/** What `wiredesk translations check` does (command-translations.ts registers it). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLanguageDetector } from '../text/language.ts';
import { isLanguageCode } from '../text/language-tag.ts';
import { checkTranslation, qaStatus, type LanguagePair } from '../translate/qa.ts';
import { UsageError, writeJsonLines, type CliIo } from './cli-io.ts';
import type { CheckOptions } from './command-translations.ts';

export async function checkFiles(io: CliIo, sourceFile: string, outputFile: string, options: CheckOptions): Promise<void> {
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
