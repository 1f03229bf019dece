/**
 * `wiredesk sources import FILE` and `wiredesk sources export`: the source list
 * as OPML 2.0, the format every feed reader reads and writes. Imported feeds
 * become `cli` sources, exactly as if each had been added with `sources add
 * --no-check` (they are fetched by the next ingest, not one by one here).
 */
import type { Command } from 'commander';
import type { SourceConfig } from '../config/schema.ts';
import type { CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';

export type WithAppContext = (work: (ctx: AppContext) => Promise<void>) => Promise<void>;

export interface ImportOptions {
  section?: string;
  mode: SourceConfig['mode'];
  pinLang?: boolean;
  dryRun?: boolean;
}

export function registerOpmlCommands(sources: Command, withContext: WithAppContext, io: CliIo): void {
  sources
    .command('import <file>')
    .description('add the feeds of an OPML file (as feed readers export them); feeds already present are skipped')
    .option('--section <id>', 'section for feeds whose folders name none (default: the first section)')
    .option('--mode <mode>', 'republish (licensed full text) or link (headline, summary and link)', 'republish')
    .option('--pin-lang', "pin each feed's language to the OPML's language attribute (default: auto, per item)")
    .option('--dry-run', 'show what would be added, and add nothing')
    .action(async (file: string, options: ImportOptions) => {
      const { importOpmlFile } = await import('./sources-opml-run.ts');
      await importOpmlFile(withContext, io, file, options);
    });

  sources
    .command('export')
    .description('print the sources as OPML 2.0, one folder per section')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action((options: { output?: string }) =>
      withContext(async (ctx) => {
        const { exportSources } = await import('./sources-opml-run.ts');
        await exportSources(ctx, io, options);
      }),
    );
}
