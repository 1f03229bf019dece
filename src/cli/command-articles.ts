/**
 * `wiredesk articles list|kill|restore`: the stored articles in every state
 * (published, killed, embargoed), and taking one down or bringing it back
 * from the shell, through the same functions as the desk (src/desk/), with
 * `cli:<user name>` as the actor the revision records.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { killArticle, restoreArticle } from '../desk/article-states.ts';
import { actorLabel, recordArticleChange } from '../desk/audit.ts';
import { articlePath } from '../site/editions.ts';
import type { Config } from '../config/schema.ts';
import type { ArticleStateSummary, ArticleStatus } from '../store/store.ts';
import { UsageError, write, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';
import { commandActor } from './command-actor.ts';
import { formatTable } from './text-table.ts';

/** A screenful: the latest articles, or the latest kills. */
const DEFAULT_LIMIT = 50;
const ARTICLE_ID = /^[1-9][0-9]{0,14}$/u;
const STATUSES: readonly ArticleStatus[] = ['published', 'killed', 'embargoed'];

interface ListOptions {
  status?: ArticleStatus;
  format: 'table' | 'jsonl';
  limit: number;
}

/** One line of `--format jsonl`: the keys scripts can rely on. */
export interface ArticleLine {
  id: number;
  /** Absolute, from site.baseUrl: the article's address in its own language's edition. */
  url: string;
  headline: string;
  lang: string;
  status: ArticleStatus;
  section: string;
  source: string;
  published: string | null;
  revision: number;
  killed: { at: string; by: string; reason: string } | null;
  embargoedUntil: string | null;
}

export function registerArticles(program: Command, io: CliIo): void {
  const articles = program.command('articles').description('articles in every state: list them, kill one, restore one');
  articles
    .command('list')
    .description('list stored articles, newest first, with their state')
    .addOption(new Option('--status <status>', 'only articles in this state').choices(STATUSES))
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .option('--limit <n>', `how many (default: ${DEFAULT_LIMIT})`, parseLimit, DEFAULT_LIMIT)
    .action((options: ListOptions) =>
      withAppContext(program, io, async (ctx) => {
        const at = ctx.now().toISOString();
        const list = await ctx.store.listArticleStates({ at, limit: options.limit, ...(options.status ? { status: options.status } : {}) });
        const lines = list.map((article) => articleLine(ctx.config, article));
        if (options.format === 'jsonl') io.stdout.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
        else write(io.stdout, articlesTable(lines, options.status));
      }),
    );

  articles
    .command('kill <id>')
    .description('take an article off the site (its pages answer 410 Gone), with a reason')
    .requiredOption('--reason <text>', 'why: recorded with the revision')
    .action((id: string, options: { reason: string }) =>
      withAppContext(program, io, async (ctx) => {
        const actor = commandActor(io);
        const change = await killArticle(ctx.store, articleId('kill', id), { actor: actorLabel(actor), reason: options.reason, now: ctx.now() });
        await recordArticleChange(ctx.store, actor, change);
        write(io.stdout, `article ${id} killed (revision ${change.revision}): its pages now answer 410 Gone`);
      }),
    );

  articles
    .command('restore <id>')
    .description('bring a killed article back')
    .action((id: string) =>
      withAppContext(program, io, async (ctx) => {
        const actor = commandActor(io);
        const change = await restoreArticle(ctx.store, articleId('restore', id), { actor: actorLabel(actor), now: ctx.now() });
        await recordArticleChange(ctx.store, actor, change);
        write(io.stdout, `article ${id} restored (revision ${change.revision}): it is published again`);
      }),
    );
}

export function articleLine(config: Config, article: ArticleStateSummary): ArticleLine {
  return {
    id: article.id,
    url: new URL(articlePath(config, article), config.site.baseUrl).href,
    headline: article.headline,
    lang: article.lang,
    status: article.status,
    section: article.section,
    source: article.sourceId,
    published: article.published,
    revision: article.revision,
    killed: article.killed,
    embargoedUntil: article.embargoedUntil,
  };
}

function articlesTable(lines: ArticleLine[], status: ArticleStatus | undefined): string {
  if (lines.length === 0) return status ? `no ${status} articles` : 'no articles yet: "wiredesk ingest" fetches the sources and builds them';
  return formatTable(
    ['id', 'status', 'lang', 'source', 'published', 'headline', 'why / until'],
    lines.map((line) => [
      String(line.id),
      line.status,
      line.lang,
      line.source,
      line.published ? line.published.slice(0, 16).replace('T', ' ') : '—',
      line.headline,
      line.killed ? `${line.killed.reason} (${line.killed.by})` : line.status === 'embargoed' && line.embargoedUntil ? `until ${line.embargoedUntil.slice(0, 16).replace('T', ' ')} UTC` : '',
    ]),
  );
}

function articleId(command: string, value: string): number {
  if (!ARTICLE_ID.test(value)) throw new UsageError(`articles ${command}: "${value}" is not an article id (see "wiredesk articles list")`);
  return Number(value);
}


function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) throw new InvalidArgumentError('not a positive whole number.');
  return limit;
}
