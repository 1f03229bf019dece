/** Running an ingest pass from the command line: progress while it runs, a summary after. */
import type { PassOptions, PassSummary } from '../pipeline/ingest-pass.ts';
import type { TranslationPassResult } from '../pipeline/translation-step.ts';
import { runIngestPass } from '../pipeline/ingest-pass.ts';
import type { SourceOutcome } from '../pipeline/ingest-source.ts';
import type { PipelineContext } from '../pipeline/pipeline-context.ts';
import { startProgress, type Progress } from './console-output.ts';
import { terminalText } from './text-table.ts';

export async function runPassWithProgress(
  ctx: PipelineContext,
  select: PassOptions['select'],
  stream: NodeJS.WriteStream | NodeJS.WritableStream,
  signal?: AbortSignal,
): Promise<PassSummary> {
  let progress: Progress | undefined;
  try {
    return await runIngestPass(ctx, {
      select,
      ...(signal ? { signal } : {}),
      onStart: (total) => (progress = startProgress('ingest', total, stream)),
      onSourceDone: (outcome) => progress?.tick(describeOutcome(outcome)),
    });
  } finally {
    progress?.stop();
  }
}

function describeOutcome(outcome: SourceOutcome): string {
  switch (outcome.status) {
    case 'ok':
      return `${outcome.sourceId}: ${outcome.entries.inserted} new, ${outcome.entries.updated} updated`;
    case 'not-modified':
      return `${outcome.sourceId}: not modified`;
    case 'failed':
      return `${outcome.sourceId}: failed`;
  }
}

export function formatSummary(summary: PassSummary): string {
  const lines = [
    `sources: ${summary.sources} (${summary.fetched} fetched, ${summary.notModified} not modified, ${summary.failed.length} failed)`,
    `entries: ${summary.entries.inserted} new, ${summary.entries.updated} updated, ${summary.entries.unchanged} unchanged`,
    `articles: ${summary.articles.built} built, ${summary.articles.failed.length} failed`,
  ];
  if (summary.stories) lines.push(`stories: ${summary.stories.stories} updated from ${summary.stories.articles} articles in the window`);
  if (summary.translations) lines.push(...formatTranslations(summary.translations));
  // Errors quote feeds and pages: each stays on its own line.
  for (const failure of summary.failed) lines.push(`  failed: ${failure.sourceId}: ${terminalText(failure.error)}`);
  for (const failure of summary.articles.failed) {
    lines.push(`  failed: ${failure.sourceId} entry ${failure.entryId}: ${terminalText(failure.error)}`);
  }
  return lines.join('\n');
}

/**
 * The translation step's lines: counts by status and the memory's share of
 * the sentences, of which those reviewers post-edited before; no lines when
 * nothing was translated.
 */
export function formatTranslations(t: TranslationPassResult): string[] {
  const lines: string[] = [];
  const remembered = t.memory.hits + t.memory.human;
  const lookups = remembered + t.memory.misses;
  const human = t.memory.human ? `; ${t.memory.human} from reviewers' edits` : '';
  const rate = lookups ? ` (memory: ${remembered} of ${lookups} sentences, ${Math.round((100 * remembered) / lookups)} %${human})` : '';
  if (t.pass + t.review + t.pending.length > 0) lines.push(`translations: ${t.pass} pass, ${t.review} review, ${t.pending.length} pending${rate}`);
  if (t.unavailable.length) lines.push(`translations: no engine for ${t.unavailable.join(', ')}`);
  return lines;
}
