/**
 * Starts Apertium APY (`apertium-apy -p PORT MODES_DIR`) on a free loopback
 * port and waits until `/listPairs` answers, for the tests, the eval and a
 * demo on a machine with the Debian packages installed. APY loads each
 * pair's pipeline on first use, so it is ready in a second or two; the first
 * translation of a pair takes a few more.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { request } from 'undici';

export const APY_BINARY = '/usr/bin/apertium-apy';
export const APERTIUM_MODES = '/usr/share/apertium/modes';

/** APY starts in about a second on a quiet machine; a busy one with 8 builds running may need far more. */
const START_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

/**
 * APY runs under a shell that ends its process group when this process is
 * gone, even by SIGKILL, so a crashed desk leaves no APY behind. The shell
 * keeps this process's pipe as fd 3 and a subshell reads it (a background
 * job's own stdin would be /dev/null, POSIX 2.9.3): the read ends only
 * when every writer has exited. The shell waits for APY itself, so an APY
 * that fails to start still ends the shell with its exit code.
 */
const WATCHDOG = 'exec 3<&0; "$@" </dev/null & apy=$!; (cat <&3 >/dev/null; kill -TERM -$$) & wait $apy';

export interface ApyServer {
  url: string;
  /** The shell that runs APY: APY and the pipelines it starts are under it (a bench reads their processor time). */
  pid: number;
  stop(): Promise<void>;
}

export function apyInstalled(): boolean {
  return existsSync(APY_BINARY) && existsSync(APERTIUM_MODES);
}

export async function startApy(modesDir = APERTIUM_MODES): Promise<ApyServer> {
  const port = await freePort();
  // Its own process group, so stopping it also stops the pipelines (lt-proc, apertium-transfer…) it spawned.
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'apy-watchdog', APY_BINARY, '-p', String(port), modesDir], {
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
  // Nothing is ever written: the pipe is only held open (see WATCHDOG).
  child.stdin?.on('error', () => {});
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(url, child);
  } catch (error) {
    await stop();
    throw new Error(`apertium: APY on port ${port} did not start: ${stderr.trim().split('\n').at(-1) ?? ''}`, { cause: error });
  }
  return { url, pid: child.pid!, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`apertium-apy exited with code ${child.exitCode}`);
    try {
      const response = await request(`${url}/listPairs`, { signal: AbortSignal.timeout(2000) });
      await response.body.text();
      if (response.statusCode === 200) return;
    } catch {
      // Not listening yet.
    }
    await delay(POLL_MS);
  }
  throw new Error(`no answer from ${url}/listPairs within ${START_TIMEOUT_MS} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}

/** A port the kernel just gave out and took back: free for the child, barring a race nobody here runs. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
