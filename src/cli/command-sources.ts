/**
 * `wiredesk sources`: add, list, remove, import and export the feeds. The work
 * itself is in sources-run.ts and sources-opml-run.ts, imported when a command runs.
 */
import type { Command } from 'commander';
import { sourceFormats } from '../config/source-formats.ts';
import type { CliIo } from './cli-io.ts';
import { registerOpmlCommands } from './command-sources-opml.ts';
import { withAppContext, type AppContext } from './app-context.ts';
import type { AddOptions } from './sources-run.ts';

export function registerSources(program: Command, io: CliIo): void {
  const sources = program.command('sources').description('add, list, remove, import and export the feeds wiredesk ingests');
  const withContext = (work: (ctx: AppContext) => Promise<void>) => withAppContext(program, io, work);

  sources
    .command('add <url>')
    .description('add a feed (RSS, Atom or JSON Feed URL, or a local file); it is fetched once to check it')
    .option('--id <id>', 'short id (default: from the host name)')
    .option('--name <name>', 'display name (default: the feed\'s title)')
    .option('--section <id>', 'section its articles go to (default: the first section)')
    .option('--lang <code>', 'language of all its items (default: auto, from the feed and the text of each item)')
    .option('--mode <mode>', 'republish (licensed full text) or link (headline, summary and link)', 'republish')
    .option('--format <format>', `feed format: ${sourceFormats.join(', ')}`, 'auto')
    .option('--no-check', 'do not fetch the feed before adding it')
    .action((url: string, options: AddOptions) =>
      withContext(async (ctx) => {
        const { addSource } = await import('./sources-run.ts');
        await addSource(ctx, io, url, options);
      }),
    );

  sources
    .command('list')
    .description('list sources with their fetch health')
    .option('--json', 'print JSON instead of a table')
    .action((options: { json?: boolean }) =>
      withContext(async (ctx) => {
        const { listSources } = await import('./sources-run.ts');
        await listSources(ctx, io, options);
      }),
    );

  sources
    .command('remove <id>')
    .description('remove a source added with "sources add", with its entries and articles')
    .action((id: string) =>
      withContext(async (ctx) => {
        const { removeSource } = await import('./sources-run.ts');
        await removeSource(ctx, io, id);
      }),
    );

  sources
    .command('pause <id>')
    .description('stop fetching a source until "sources resume"; its articles stay published')
    .action((id: string) =>
      withContext(async (ctx) => {
        const { pauseOrResume } = await import('./sources-run.ts');
        await pauseOrResume(ctx, io, id, 'pause');
      }),
    );

  sources
    .command('resume <id>')
    .description('fetch a paused source again, from the next pass on')
    .action((id: string) =>
      withContext(async (ctx) => {
        const { pauseOrResume } = await import('./sources-run.ts');
        await pauseOrResume(ctx, io, id, 'resume');
      }),
    );

  registerOpmlCommands(sources, withContext, io);
}
