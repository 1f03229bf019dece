/**
 * `wiredesk translate <article-id|file> --to LANG [--engine NAME]`: one
 * article of the store (the translation is stored, as a pass would) or a
 * plain-text file (paragraphs separated by blank lines; the translation is
 * printed) through the pipeline's own sequence (pipeline/article-translator.ts:
 * memory, engine, gate, store), with a progress bar over the sentences sent to the engine.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

export interface TranslateOptions {
  to: string;
  from?: string;
  engine?: string;
}

export function registerTranslate(program: Command, io: CliIo): void {
  program
    .command('translate <article-id|file>')
    .description('translate a stored article (stored as a translation) or a text file (printed) through the configured engine')
    .requiredOption('--to <lang>', 'target language (BCP 47: hi, es)')
    .option('--from <lang>', "a file's language, when detection should not decide")
    .option('--engine <id>', 'engine id from translation.engines, instead of the one configured for the pair')
    .action((input: string, options: TranslateOptions) =>
      withAppContext(program, io, async (ctx) => {
        const { runTranslate } = await import('./translate-run.ts');
        await runTranslate(ctx, io, input, options);
      }),
    );
}
