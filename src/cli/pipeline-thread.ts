/**
 * `serve`'s pipeline in a worker thread (pipeline-worker.ts), so the serving
 * thread's event loop only answers requests. The worker has its own store
 * connection; SQLite's WAL lets pages read while it writes. It ends with the
 * process whatever happens, and stop() lets its running pass finish first.
 *
 * A thread that ends by itself (an exception nothing caught, a store it could
 * not open) is started again after a backoff that doubles with each crash in
 * a row, and the crash is logged; while it is down, `down()` says since when
 * and why, for /readyz. A thread that has run RESTART_RESET_MS without ending
 * starts the count again.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { backoffDelay, type BackoffPolicy } from '../util/backoff.ts';
import type { Config } from '../config/schema.ts';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import type { SourceOutcome } from '../pipeline/ingest-source.ts';
import type { PassHolder } from '../pipeline/pass-lock.ts';
import type { Logger } from '../pipeline/pipeline-context.ts';

export interface PipelineThreadData {
  config: Config;
  /** The demo's fixture server, to which the worker routes the *.example hosts. */
  demoFixturesPort?: number;
  tickMs?: number;
}

export type ToPipeline = { type: 'stop' };

export type ToServing =
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; err?: Record<string, unknown> }
  | { type: 'source'; outcome: SourceOutcome }
  | { type: 'pass'; summary: PassSummary; finishedAt: string }
  | { type: 'busy'; holder: PassHolder }
  | { type: 'failed'; message: string }
  | { type: 'stopped' };

export interface PipelineThreadEvents {
  log: Logger;
  onSourceDone(outcome: SourceOutcome): void;
  onPass(summary: PassSummary, finishedAt: Date): void;
}

/** Why and since when the pipeline thread is not running, and how many times it was started again. */
export interface PipelineDown {
  since: Date;
  reason: string;
  restarts: number;
}

export interface PipelineThread {
  /** Asks the pass to start no further source and resolves when the thread has ended. */
  stop(): Promise<void>;
  /** Ends the thread at once (a pass that outlived its deadline). */
  terminate(): Promise<void>;
  /** Null while the thread runs; after a crash, until it has been started again. */
  down(): PipelineDown | null;
}

/** Waits before starting a crashed thread again: 1 s, 2 s, 4 s … up to 5 minutes, less up to a quarter. */
export const RESTART_BACKOFF: BackoffPolicy = { firstMs: 1_000, maxMs: 5 * 60_000, jitter: 0.25 };
/** A thread that ran this long before it ended counts as a fresh start: the next crash waits the first delay. */
export const RESTART_RESET_MS = 10 * 60_000;

export interface SuperviseOptions {
  restart?: BackoffPolicy;
  now?: () => Date;
}

export function startPipelineThread(data: PipelineThreadData, events: PipelineThreadEvents, options: SuperviseOptions = {}): PipelineThread {
  const policy = options.restart ?? RESTART_BACKOFF;
  const now = options.now ?? (() => new Date());
  let stopping = false;
  let crashes = 0;
  let restarts = 0;
  let down: PipelineDown | null = null;
  let timer: NodeJS.Timeout | undefined;
  let current = run();

  /** One thread, from its start to its end; a crash schedules the next. */
  function run(): { worker: Worker; ended: Promise<void> } {
    const worker = spawnWorker(data);
    const startedAt = Date.now();
    let failure: string | null = null;
    listen(worker, events, (message) => (failure = message));
    worker.on('error', (error) => {
      failure = error.message;
      events.log.error(`ingest: the pipeline thread failed: ${error.message}`, error);
    });
    const ended = new Promise<void>((resolve) =>
      worker.once('exit', (code) => {
        resolve();
        if (stopping) return;
        // It ended by itself: nothing asked it to stop.
        crashes = Date.now() - startedAt >= RESTART_RESET_MS ? 1 : crashes + 1;
        const waitMs = backoffDelay(policy, crashes, Math.random);
        const reason = failure ?? `the thread exited with code ${code}`;
        down = { since: now(), reason, restarts };
        events.log.error(`ingest: the pipeline thread stopped (${reason}); pages are still served; starting it again in ${(waitMs / 1000).toFixed(1)} s (crash ${crashes} in a row)`);
        timer = setTimeout(() => {
          if (stopping) return;
          restarts++;
          current = run();
          down = null;
          events.log.info(`ingest: the pipeline thread started again (restart ${restarts})`);
        }, waitMs);
      }),
    );
    return { worker, ended };
  }

  return {
    stop() {
      stopping = true;
      clearTimeout(timer);
      current.worker.postMessage({ type: 'stop' } satisfies ToPipeline);
      return current.ended;
    },
    async terminate() {
      stopping = true;
      clearTimeout(timer);
      await current.worker.terminate();
    },
    down: () => down,
  };
}

/** Passes the thread's messages on to the serving thread's log, metrics and heartbeat. */
function listen(worker: Worker, events: PipelineThreadEvents, onFailed: (message: string) => void): void {
  let busyTold = false;
  worker.on('message', (message: ToServing) => {
    switch (message.type) {
      case 'log':
        if (message.level === 'error') events.log.error(message.message, message.err);
        else events.log[message.level](message.message);
        break;
      case 'source':
        events.onSourceDone(message.outcome);
        break;
      case 'pass':
        busyTold = false;
        events.onPass(message.summary, new Date(message.finishedAt));
        break;
      case 'busy':
        // Said once per stretch of skipped ticks, not every minute.
        if (!busyTold) {
          const { pid, host, since } = message.holder;
          events.log.info(`ingest: another process runs a pass on this desk (pid ${pid} on ${host}, since ${since}); this one waits for the next tick`);
        }
        busyTold = true;
        break;
      case 'failed':
        onFailed(message.message);
        break;
      case 'stopped':
        break;
    }
  });
}

/**
 * The compiled build has the worker as an entry beside the chunk this code is
 * in; from the sources (tsx), the worker is a .ts file, and the thread
 * registers tsx's loader before importing it (a worker does not inherit the
 * loader the main thread registered).
 */
function spawnWorker(data: PipelineThreadData): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL('./pipeline-worker.js', import.meta.url), { workerData: data });
  const entry = new URL('./pipeline-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const tsconfig = path.resolve(import.meta.dirname, '..', '..', 'tsconfig.json');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}
