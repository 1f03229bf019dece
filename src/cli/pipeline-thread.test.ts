/**
 * serve's pipeline thread is started again when it stops by itself: a real
 * worker thread whose store cannot be opened (its data directory sits under a
 * plain file) ends at once, the crash is logged, down() says since when, and
 * the thread is started again with a growing wait; once the cause is gone, a
 * restart runs passes and down() is null again.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { startPipelineThread, type PipelineThread } from './pipeline-thread.ts';

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function until(what: string, check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a pipeline thread that crashes is started again after a backoff, logged, and reported down until it runs', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-pipeline-thread-'));
  dirs.push(dir);
  const blocker = path.join(dir, 'blocker');
  await writeFile(blocker, 'a file where the data directory should be');
  const config = parseConfig(
    `site: { name: Thread Desk, baseUrl: "http://desk.example/" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
dataDir: ./blocker/data
`,
    { file: path.join(dir, 'wiredesk.yaml'), env: {} },
  );
  const lines: string[] = [];
  let passes = 0;
  const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  const crashes = () => lines.filter((l) => l.includes('the pipeline thread stopped'));
  let thread: PipelineThread | undefined;
  try {
    thread = startPipelineThread(
      { config, tickMs: 200 },
      { log, onSourceDone: () => {}, onPass: () => passes++ },
      { restart: { firstMs: 100, maxMs: 800, jitter: 0 } },
    );
    await until('two crashes', () => crashes().length >= 2, 60_000);
    // Between a crash and its restart (the thread crashes again as soon as it starts).
    const running = thread;
    await until('the thread reported down', () => running.down() !== null, 60_000);
    const down = running.down()!;
    assert.ok(down.restarts >= 1, 'it was started again before');
    assert.ok(Date.now() - down.since.getTime() < 60_000);
    assert.match(crashes()[0]!, /ENOTDIR|not a directory/i, 'the log names the cause');
    assert.match(crashes()[0]!, /starting it again in 0\.1 s \(crash 1 in a row\)/);
    assert.match(crashes()[1]!, /starting it again in 0\.2 s \(crash 2 in a row\)/, 'the wait doubles');
    assert.ok(lines.some((l) => /the pipeline thread started again \(restart 1\)/.test(l)));
    assert.equal(passes, 0);

    // The cause goes away: the next restart opens its store and runs passes.
    await rm(blocker);
    await until('a pass after a restart', () => passes > 0, 60_000);
    assert.equal(thread.down(), null, 'up again');
  } finally {
    await thread?.stop();
  }
  const after = crashes().length;
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(crashes().length, after, 'a thread asked to stop is not started again');
});
