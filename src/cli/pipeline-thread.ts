/**
 * `serve`'s pipeline in a worker thread (pipeline-worker.ts), so the serving
 * thread's event loop only answers requests. The worker has its own store
 * connection; SQLite's WAL lets pages read while it writes. It ends with the
 * process whatever happens, and stop() lets its running pass finish first.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

export interface PipelineThread {
  /** Asks the pass to start no further source and resolves when the thread has ended. */
  stop(): Promise<void>;
  /** Ends the thread at once (a pass that outlived its deadline). */
  terminate(): Promise<void>;
}

export function startPipelineThread(data: PipelineThreadData, events: PipelineThreadEvents): PipelineThread {
  const worker = spawnWorker(data);
  let busyTold = false;
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
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
        events.log.error(`ingest: the pipeline thread stopped: ${message.message}; pages are still served, passes are not`);
        break;
      case 'stopped':
        break;
    }
  });
  worker.on('error', (error) => events.log.error(`ingest: the pipeline thread failed: ${error.message}; pages are still served, passes are not`, error));
  return {
    stop() {
      worker.postMessage({ type: 'stop' } satisfies ToPipeline);
      return ended;
    },
    async terminate() {
      await worker.terminate();
    },
  };
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
