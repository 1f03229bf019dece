import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import test from 'node:test';
import { colourWanted } from './colour.ts';

const terminal = Object.assign(new PassThrough(), { isTTY: true });
const pipe = new PassThrough();

test('colour on a terminal, none in a pipe or a file, whatever CI says', () => {
  assert.equal(colourWanted(terminal, {}), true);
  assert.equal(colourWanted(pipe, {}), false);
  assert.equal(colourWanted(pipe, { CI: 'true' }), false);
  assert.equal(colourWanted(terminal, { TERM: 'dumb' }), false);
});

test('NO_COLOR turns it off, FORCE_COLOR on, NO_COLOR winning', () => {
  assert.equal(colourWanted(terminal, { NO_COLOR: '1' }), false);
  assert.equal(colourWanted(terminal, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset, as no-color.org says');
  assert.equal(colourWanted(pipe, { FORCE_COLOR: '1' }), true);
  assert.equal(colourWanted(terminal, { FORCE_COLOR: '0' }), false);
  assert.equal(colourWanted(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
});

test('on a CI machine, an error read through a pipe is plain text', async () => {
  const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'wiredesk.js');
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  const child = spawn(process.execPath, [bin, 'articles', 'kill', 'not-a-number', '--reason', 'x'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.notEqual(code, 0);
  assert.match(err, /^wiredesk: /, `no escape codes before the label:\n${JSON.stringify(err)}`);
  assert.doesNotMatch(err, /\u001b/);
});
