/**
 * `wiredesk translations list|approve|memory`: the stored machine
 * translations, approving one held for review (until the editorial desk has
 * its own screens), and the translation memory's figures.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { StoredTranslation } from '../store/store.ts';
import { UsageError, write, writeJsonLines, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';
import { formatTable } from './text-table.ts';

/** A screenful: what needs an editor now. */
const DEFAULT_LIMIT = 50;

interface ListOptions {
  status?: StoredTranslation['status'];
  format: 'table' | 'jsonl';
  limit: number;
}

export function registerTranslationsList(translations: Command, program: Command, io: CliIo): void {
  translations
    .command('list')
    .description('list stored translations, latest change first')
    .addOption(new Option('--status <status>', 'only this status').choices(['pass', 'review', 'pending', 'unavailable']))
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .option('--limit <n>', `how many (default: ${DEFAULT_LIMIT})`, parseLimit, DEFAULT_LIMIT)
    .action((options: ListOptions) =>
      withAppContext(program, io, async (ctx) => {
        const list = await ctx.store.listTranslations({ ...(options.status ? { status: options.status } : {}), limit: options.limit });
        if (options.format === 'jsonl') writeJsonLines(io.stdout, list);
        else write(io.stdout, translationsTable(list));
      }),
    );

  translations
    .command('approve <id>')
    .description('publish a translation held for review')
    .action((id: string) =>
      withAppContext(program, io, async (ctx) => {
        if (!/^\d+$/u.test(id)) throw new UsageError(`translations approve: "${id}" is not a translation id (see "wiredesk translations list")`);
        const now = ctx.now().toISOString();
        if (await ctx.store.approveTranslation(Number(id), now)) {
          write(io.stdout, `translation ${id} approved: it is now published`);
          return;
        }
        const found = await ctx.store.getTranslation(Number(id));
        if (!found) throw new Error(`translations approve: no translation ${id}`);
        if (found.approvedAt) throw new Error(`translations approve: translation ${id} was already approved at ${found.approvedAt}`);
        throw new Error(`translations approve: translation ${id} is ${found.status}, not held for review`);
      }),
    );

  translations
    .command('memory')
    .description('the translation memory: segments held and how often they were reused')
    .action(() =>
      withAppContext(program, io, async (ctx) => {
        const { segments, hits, hitRate, human } = await ctx.store.memoryStats();
        write(
          io.stdout,
          `segments: ${segments}\nhits: ${hits}\nhit rate: ${(100 * hitRate).toFixed(1)} % of segment lookups\n` +
            `human segments: ${human.segments} (reviewers' post-edits, reused ${human.hits} times)`,
        );
      }),
    );
}

function translationsTable(list: StoredTranslation[]): string {
  if (list.length === 0) return 'no translations: configure `translate: [lang]` on a source or section, and an engine for the pair';
  return formatTable(
    ['id', 'article', 'to', 'status', 'engine', 'updated', 'headline / issue'],
    list.map((t) => [
      String(t.id),
      String(t.articleId),
      t.targetLang,
      t.status === 'review' && t.approvedAt ? 'approved' : t.status,
      t.engine ?? '—',
      t.updatedAt.slice(0, 16).replace('T', ' '),
      describe(t),
    ]),
  );
}

function describe(t: StoredTranslation): string {
  if (t.status === 'pending') return `attempt ${t.attempts} failed: ${t.lastError ?? ''}; next ${t.nextAttemptAt?.slice(0, 16).replace('T', ' ') ?? ''}`;
  if (t.status === 'review') return `${t.issues.length} issue${t.issues.length === 1 ? '' : 's'}: ${[...new Set(t.issues.map((i) => i.code))].join(', ')}`;
  return t.headline ?? '';
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) throw new InvalidArgumentError('not a positive whole number.');
  return limit;
}
