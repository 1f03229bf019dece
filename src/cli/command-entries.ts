/**
 * `wiredesk entries list`: the stored entries as the feeds delivered them, for
 * people debugging a feed (a table) and for scripts (JSON Lines).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { StoredEntry } from '../store/store.ts';
import { UsageError, write, writeJsonLines, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';
import { formatTable } from './text-table.ts';

/** A screenful and a bit: enough to see what a feed delivered lately. */
const DEFAULT_LIMIT = 50;

/** The fields printed, in this order in both formats, so scripts can rely on the keys. */
export interface EntryLine {
  source: string;
  guid: string;
  url: string | null;
  title: string;
  published: string | null;
  dateline: string | null;
  byline: string | null;
  language: string | null;
  authors: string[];
  subjects: string[];
}

interface ListOptions {
  source?: string;
  format: 'table' | 'jsonl';
  limit: number;
}

export function registerEntries(program: Command, io: CliIo): void {
  const entries = program.command('entries').description('look at the stored entries, as the feeds delivered them');
  entries
    .command('list')
    .description('list stored entries, newest first')
    .option('--source <id>', 'only the entries of this source')
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .option('--limit <n>', `how many (default: ${DEFAULT_LIMIT})`, parseLimit, DEFAULT_LIMIT)
    .action((options: ListOptions) =>
      withAppContext(program, io, async (ctx) => {
        if (options.source !== undefined && !(await ctx.store.getSource(options.source))) {
          throw new UsageError(`--source: no source with id "${options.source}" (see "wiredesk sources list")`);
        }
        const query = { limit: options.limit, ...(options.source === undefined ? {} : { sourceId: options.source }) };
        const lines = (await ctx.store.listEntries(query)).map(entryLine);
        if (options.format === 'jsonl') writeJsonLines(io.stdout, lines);
        else write(io.stdout, entriesTable(lines));
      }),
    );
}

export function entryLine(entry: StoredEntry): EntryLine {
  return {
    source: entry.sourceId,
    guid: entry.guid,
    url: entry.url,
    title: entry.title,
    published: entry.published,
    dateline: entry.dateline,
    byline: entry.byline,
    language: entry.language,
    authors: entry.authors,
    subjects: entry.subjects,
  };
}

function entriesTable(lines: EntryLine[]): string {
  if (lines.length === 0) return 'no entries stored yet: "wiredesk ingest" fetches the sources';
  return formatTable(
    ['published', 'source', 'lang', 'title', 'dateline', 'byline', 'authors', 'subjects', 'guid', 'url'],
    lines.map((line) => [
      line.published ? line.published.slice(0, 16).replace('T', ' ') : '—',
      line.source,
      line.language ?? '',
      line.title,
      line.dateline ?? '',
      line.byline ?? '',
      line.authors.join(', '),
      line.subjects.join(' '),
      line.guid,
      line.url ?? '',
    ]),
  );
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) throw new InvalidArgumentError('not a positive whole number.');
  return limit;
}
