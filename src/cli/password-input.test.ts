import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { UsageError } from './cli-io.ts';
import { passwordFromStdin, promptNewPassword } from './password-input.ts';

/** A terminal stand-in: raw mode is recorded, keys are typed into it. */
function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] });
  const tty = Object.assign(stream, { setRawMode: (mode: boolean) => stream.rawModes.push(mode) });
  return tty;
}

test('the prompt asks twice, echoes nothing, honours Backspace, and leaves raw mode', async () => {
  const tty = terminal();
  const io = { ...captureIo('/'), stdin: tty };
  const asked = promptNewPassword(io, 'users add');
  tty.write('harbour lanternx\u007fs\r');
  await new Promise((resolve) => setImmediate(resolve));
  tty.write('harbour lanterns\n');
  assert.equal(await asked, 'harbour lanterns');
  assert.equal(io.err(), 'New password: \nThe same again: \n');
  assert.equal(io.out(), '');
  assert.deepEqual(tty.rawModes, [true, false, true, false]);
});

test('two different passwords at the prompt change nothing', async () => {
  const tty = terminal();
  const io = { ...captureIo('/'), stdin: tty };
  const asked = promptNewPassword(io, 'users passwd');
  tty.write('harbour lanterns\r');
  await new Promise((resolve) => setImmediate(resolve));
  tty.write('harbour lantern\r');
  await assert.rejects(asked, /users passwd: the two passwords differ; nothing was changed/);
});

test('without a terminal the prompt refuses, naming --password-stdin', async () => {
  const io = { ...captureIo('/'), stdin: new PassThrough() };
  await assert.rejects(promptNewPassword(io, 'users add'), (error: unknown) => error instanceof UsageError && /--password-stdin/.test(error.message));
});

test('standard input loses one final newline, and must not be empty', async () => {
  const input = new PassThrough();
  input.end('  spaces are kept  \r\n');
  assert.equal(await passwordFromStdin({ ...captureIo('/'), stdin: input }, 'users add'), '  spaces are kept  ');
  const empty = new PassThrough();
  empty.end('');
  await assert.rejects(passwordFromStdin({ ...captureIo('/'), stdin: empty }, 'users add'), /standard input was empty/);
});
