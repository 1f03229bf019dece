/**
 * One `wiredesk demo --once` per test run, shared by the end-to-end tests that
 * need the bundled sites ingested and translated but not a first run of
 * their own: each gets a copy of its data directory. A whole demo run is
 * 10 s of a quiet machine and 25–50 s of a busy one, and six test files
 * each ran one.
 *
 * `npm test` (scripts/run-tests.js) names a directory the test files share in
 * WIREDESK_TEST_SHARED_DIR. The first file to ask runs the demo there; the
 * others wait for its result, which is written last and renamed into place.
 * A test file run on its own, outside `npm test`, makes its own run.
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCli, servingUrl, type CliProcess } from './cli-process.ts';

export interface DemoOnce {
  /** A data directory of this caller's own, holding what the run stored. */
  dataDir: string;
  /** What the run printed. */
  out: string;
  err: string;
  exitCode: number | null;
}

interface Result {
  out: string;
  err: string;
  exitCode: number | null;
}

/** Longer than a demo run takes on the busiest machine seen (50 s), short enough to end a run whose maker died. */
const WAIT_MS = 5 * 60_000;

let ownRun: Promise<string> | null = null;

/** A copy of the shared run's data directory and its output. */
export async function demoOnce(): Promise<DemoOnce> {
  ownRun ??= sharedRun();
  const home = await ownRun;
  const result = JSON.parse(await readFile(path.join(home, 'result.json'), 'utf8')) as Result;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-demo-copy-'));
  if (result.exitCode === 0) await cp(path.join(home, 'data'), dataDir, { recursive: true });
  return { dataDir, ...result };
}

export interface ServedDemo {
  cli: CliProcess;
  /** The address the demo serves on, ending in a slash. */
  base: string;
  /** Ctrl-C, then the copy of the data is removed. */
  stop: () => Promise<void>;
}

/**
 * `wiredesk demo --port 0`, with `flags`, on a copy of the shared run's data:
 * the bundled sites already ingested, served after a pass that finds nothing
 * new. Resolves once it serves.
 */
export async function serveDemoCopy(flags: string[] = []): Promise<ServedDemo> {
  const { dataDir } = await demoOnce();
  const cli = runCli(['demo', '--port', '0', ...flags], { env: { WIREDESK_DATA_DIR: dataDir, PORT: '' } });
  const stop = async () => {
    await cli.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    return { cli, base: await servingUrl(cli), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The directory holding the run's data and result.json, once the result is there. */
async function sharedRun(): Promise<string> {
  const shared = process.env['WIREDESK_TEST_SHARED_DIR'];
  const home = shared ? path.join(shared, 'demo-once') : await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-demo-once-'));
  const mine = shared ? await claim(home) : true;
  if (mine) await run(home);
  else await waitForResult(home);
  return home;
}

/** True when this process made the directory, and so runs the demo. */
async function claim(home: string): Promise<boolean> {
  try {
    await mkdir(home);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function run(home: string): Promise<void> {
  const demo = runCli(['demo', '--once'], { env: { WIREDESK_DATA_DIR: path.join(home, 'data') } });
  const exitCode = await demo.exit;
  const result: Result = { out: demo.out(), err: demo.err(), exitCode };
  await writeFile(path.join(home, 'result.partial'), JSON.stringify(result));
  await rename(path.join(home, 'result.partial'), path.join(home, 'result.json'));
}

async function waitForResult(home: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      await readFile(path.join(home, 'result.json'));
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`demo-once: no result in ${home} after ${WAIT_MS / 1000} s; the test file running it may have died`);
      await sleep(250);
    }
  }
}
