/** What `wiredesk ingest` does (command-ingest.ts registers it): one pass, alone on the desk, with progress and a summary. */
import { takePassLock } from '../pipeline/pass-lock.ts';
import { syncConfigSources } from '../pipeline/sync-sources.ts';
import type { PassOptions } from '../pipeline/ingest-pass.ts';
import type { AppContext } from './app-context.ts';
import { PartialFailure, write, type CliIo } from './cli-io.ts';
import { formatSummary, runPassWithProgress } from './pass-report.ts';

/**
 * Takes the desk's pass lease before writing or fetching anything (the
 * configured sources are synced under it), so a second ingest
 * (or serve's own pass) never runs beside this one: without `wait` it stops at
 * once, saying who is running (exit 1); with it, it waits its turn.
 */
export async function runIngest(ctx: AppContext, io: CliIo, select: PassOptions['select'], options: { wait: boolean }): Promise<void> {
  const lock = await takePassLock(ctx, {
    wait: options.wait,
    onWait: (holder) => write(io.stderr, `ingest: waiting for the pass running in pid ${holder.pid} on ${holder.host} (since ${holder.since}) to end`),
  });
  let summary;
  try {
    await syncConfigSources(ctx);
    summary = await runPassWithProgress(ctx, select, io.stderr, lock.lost);
  } finally {
    await lock.release();
  }
  write(io.stdout, formatSummary(summary));
  const failed = summary.failed.length + summary.articles.failed.length;
  if (failed > 0) {
    throw new PartialFailure(
      `ingest: ${summary.failed.length} of ${summary.sources} sources and ${summary.articles.failed.length} articles failed (exit code 3)`,
    );
  }
}
