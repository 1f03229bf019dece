/** Running an ingest pass from the command line: progress while it runs, a summary after. */
import type { PassOptions, PassSummary } from '../pipeline/ingest-pass.ts';
import { runIngestPass } from '../pipeline/ingest-pass.ts';
import type { SourceOutcome } from '../pipeline/ingest-source.ts';
import type { PipelineContext } from '../pipeline/pipeline-context.ts';
import { startProgress, type Progress } from './console-output.ts';

export async function runPassWithProgress(
  ctx: PipelineContext,
  select: PassOptions['select'],
  stream: NodeJS.WriteStream | NodeJS.WritableStream,
): Promise<PassSummary> {
  let progress: Progress | undefined;
  try {
    return await runIngestPass(ctx, {
      select,
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
  for (const failure of summary.failed) lines.push(`  failed: ${failure.sourceId}: ${failure.error}`);
  for (const failure of summary.articles.failed) {
    lines.push(`  failed: ${failure.sourceId} entry ${failure.entryId}: ${failure.error}`);
  }
  return lines.join('\n');
}
