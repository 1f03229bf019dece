/**
 * `wiredesk extract <file|dir|url…>`: the article in saved or live pages,
 * without a database. Each input stands alone: one that fails is reported (an
 * error object in JSON output, a line on stderr otherwise) and the others go
 * on; the exit code is 1 if any failed.
 */
import { Option, type Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import type { ExtractCommandOptions } from './extract-run.ts';

export const EXTRACT_FORMATS = ['json', 'jsonl', 'text', 'html'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export function registerExtract(program: Command, io: CliIo): void {
  program
    .command('extract')
    .description('print the article in HTML pages: files (.html, .html.gz), every page in a directory, or http(s) URLs')
    .argument('<inputs...>', 'files, directories or URLs')
    .option('--url <base>', 'the address the files were saved from, for their relative links (a URL input uses its own)')
    .addOption(new Option('--format <format>', 'output format').choices(EXTRACT_FORMATS).default('text'))
    .action(async (names: string[], options: ExtractCommandOptions) => {
      const { runExtract } = await import('./extract-run.ts');
      await runExtract(program, io, names, options);
    });
}
