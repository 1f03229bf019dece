/**
 * APY's life follows the desk's: a desk killed without warning (SIGKILL, an
 * OOM kill) leaves no APY server behind. Skips without the Debian packages.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { request } from 'undici';
import { APY_BINARY, apyInstalled } from './apy-process.ts';
import { missing } from '../../../test/missing-tool.ts';

const HOLDER = path.join(import.meta.dirname, 'testdata', 'apy-holder.ts');
const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-urd-hin)`);

async function answers(url: string): Promise<boolean> {
  try {
    const response = await request(`${url}/listPairs`, { signal: AbortSignal.timeout(1000) });
    await response.body.text();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

test('an APY server stops when the process that started it is killed with SIGKILL', { skip, timeout: 90_000 }, async () => {
  const holder = spawn(process.execPath, ['--import', 'tsx', HOLDER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    holder.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.match(/^(http:\/\/\S+)\n/m);
      if (line?.[1]) resolve(line[1]);
    });
    holder.once('exit', (code) => reject(new Error(`the holder exited with ${code} before APY answered`)));
  });
  assert.ok(await answers(url), 'APY answers while its desk runs');
  holder.kill('SIGKILL');
  let stillAnswering = true;
  for (let tries = 0; tries < 50 && stillAnswering; tries++) {
    await delay(200);
    stillAnswering = await answers(url);
  }
  assert.equal(stillAnswering, false, `APY at ${url} outlived its desk`);
});
