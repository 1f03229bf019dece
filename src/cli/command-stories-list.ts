/**
 * `wiredesk stories list`: the stored stories by trend score (or by their
 * latest article), as a table for people or JSON Lines for scripts.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { StoryRecord } from '../store/store.ts';
import { write, writeJsonLines, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';
import { formatTable } from './text-table.ts';

/** A screenful: the stories that matter now. */
const DEFAULT_LIMIT = 20;
/** Trend scores are relative; two decimals tell stories apart without noise. */
const SCORE_DECIMALS = 2;

interface ListOptions {
  format: 'table' | 'jsonl';
  sort: 'trend' | 'recent';
  limit: number;
}

export function registerStoriesList(stories: Command, program: Command, io: CliIo): void {
  stories
    .command('list')
    .description('list stored stories, highest trend score first')
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .addOption(new Option('--sort <order>', 'trend score, or latest article first').choices(['trend', 'recent']).default('trend'))
    .option('--limit <n>', `how many (default: ${DEFAULT_LIMIT})`, parseLimit, DEFAULT_LIMIT)
    .action((options: ListOptions) =>
      withAppContext(program, io, async (ctx) => {
        const list = await ctx.store.listStories({ sort: options.sort, limit: options.limit });
        if (options.format === 'jsonl') writeJsonLines(io.stdout, list);
        else write(io.stdout, storiesTable(list));
      }),
    );
}

function storiesTable(list: StoryRecord[]): string {
  if (list.length === 0) return 'no stories yet: "wiredesk ingest" fetches the sources and groups their articles';
  return formatTable(
    ['trend', 'articles', 'sources', 'independent', 'languages', 'last seen', 'id', 'title'],
    list.map((story) => [
      story.trendScore.toFixed(SCORE_DECIMALS),
      String(story.articleCount),
      String(story.sourceCount),
      String(story.independentSourceCount),
      story.languages.join(' '),
      story.lastSeen.slice(0, 16).replace('T', ' '),
      story.id,
      story.title,
    ]),
  );
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) throw new InvalidArgumentError('not a positive whole number.');
  return limit;
}
