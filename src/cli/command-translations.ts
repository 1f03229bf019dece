/**
 * `wiredesk translations check` (list, approve and memory are in
 * command-translations-list.ts; `wiredesk translate` is a command of its own, in command-translate.ts): the translation quality gate over any pair
 * of aligned files, one sentence a line, so that any engine's output (or a
 * held-out test set) can be scored from the shell. One JSON object a line on
 * stdout, in input order.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { registerTranslationsList } from './command-translations-list.ts';

export interface CheckOptions {
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
    .action(async (sourceFile: string, outputFile: string, options: CheckOptions) => {
      const { checkFiles } = await import('./translations-run.ts');
      await checkFiles(io, sourceFile, outputFile, options);
    });
}
