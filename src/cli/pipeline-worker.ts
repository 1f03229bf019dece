/**
 * The worker thread in which `serve` runs its pipeline (pipeline-thread.ts
 * starts it; scripts/build.js compiles it as an entry of its own). It opens
 * its own store connection and runs the scheduler; what it logs and every
 * pass's results go to the serving thread as messages, and a `stop` message
 * lets the running pass finish before the thread ends. better-sqlite3 works
 * synchronously, so a pass on the serving thread held pages up for seconds:
 * here it holds up only this thread.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../pipeline/pipeline-context.ts';
import { startScheduler } from '../pipeline/scheduler.ts';
import { messageWithCauses } from '../util/error-chain.ts';
import { openAppContext } from './app-context.ts';
import { errorRecord } from './service-log.ts';
import type { PipelineThreadData, ToServing, ToPipeline } from './pipeline-thread.ts';

if (!parentPort) throw new Error('pipeline-worker: runs only as a worker thread of serve');
const port = parentPort;
const send = (message: ToServing) => port.postMessage(message);

/**
 * The pipeline yields the processor to the pages when both want it. Linux
 * keeps a nice value per thread (setpriority(2), "BUGS"), and libuv sets the
 * calling thread's, so this lowers this thread only; elsewhere it would lower
 * the whole process, pages too, so it is left alone there.
 */
const PIPELINE_NICENESS = 10;

function yieldToPages(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(PIPELINE_NICENESS);
  } catch {
    // Not permitted in this container: the thread keeps the process's priority.
  }
}

async function run(data: PipelineThreadData): Promise<void> {
  yieldToPages();
  const log: Logger = {
    info: (message) => send({ type: 'log', level: 'info', message }),
    warn: (message) => send({ type: 'log', level: 'warn', message }),
    error: (message, error) => send({ type: 'log', level: 'error', message, ...(error === undefined ? {} : { err: errorRecord(error) }) }),
  };
  const dispatcher = data.demoFixturesPort === undefined ? undefined : (await import('./demo-fixture-server.ts')).fixtureDispatcher(data.demoFixturesPort);
  // The serving thread has synced the configured sources already.
  const ctx = await openAppContext(data.config, log, dispatcher, { syncSources: false, env: process.env });
  const scheduler = startScheduler(ctx, {
    ...(data.tickMs === undefined ? {} : { tickMs: data.tickMs }),
    onSourceDone: (outcome) => send({ type: 'source', outcome }),
    onPass: (summary) => send({ type: 'pass', summary, finishedAt: ctx.now().toISOString() }),
    onBusy: (holder) => send({ type: 'busy', holder }),
  });
  await new Promise<void>((resolve) => {
    port.on('message', (message: ToPipeline) => {
      if (message.type === 'stop') resolve();
    });
  });
  try {
    await scheduler.stop();
  } finally {
    await ctx.close();
    await dispatcher?.close();
  }
  send({ type: 'stopped' });
  port.close();
}

run(workerData as PipelineThreadData).catch((error: unknown) => {
  send({ type: 'failed', message: messageWithCauses(error) });
  port.close();
});
