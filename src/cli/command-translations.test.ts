import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const SOURCES = [
  'On Tuesday the Sundarpur council approved the harbour plan worth 1,250 crore rupees.',
  'The ferry service will resume from next week, the harbour master said.',
  'Fishing boats were told to stay in port.',
];
const OUTPUTS = [
  'मंगलवार को सुंदरपुर परिषद ने 1,250 करोड़ रुपये की बंदरगाह योजना को मंज़ूरी दी।',
  'हार्बर मास्टर ने कहा कि फ़ेरी सेवा अगले हफ़्ते से . फिर शुरू होगी।',
  '',
];

async function files(sources: string[], outputs: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-qa-cli-'));
  await writeFile(path.join(dir, 'source.en'), `${sources.join('\n')}\n`);
  await writeFile(path.join(dir, 'output.hi'), `${outputs.join('\r\n')}\r\n`);
  return dir;
}

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', 'translations', 'check', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('translations check prints one JSON verdict a line, in order', async () => {
  const dir = await files(SOURCES, OUTPUTS);
  const { code, out, err } = await run(dir, '--from', 'en', '--to', 'hi', 'source.en', 'output.hi');
  assert.equal(code, 0, err);
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[0], '{"line":1,"status":"pass","issues":[]}');
  const second = JSON.parse(lines[1]!) as { line: number; status: string; issues: { code: string; message: string }[] };
  assert.equal(second.line, 2);
  assert.equal(second.status, 'review');
  assert.deepEqual(Object.keys(second.issues[0]!), ['code', 'message']);
  assert.ok(second.issues.some((found) => found.code === 'punctuation'));
  assert.deepEqual(JSON.parse(lines[2]!), { line: 3, status: 'review', issues: [{ code: 'empty', message: 'output is empty although the source has text' }] });
});

test('files of different lengths are refused, naming both', async () => {
  const dir = await files(SOURCES, OUTPUTS.slice(0, 2));
  const { code, out, err } = await run(dir, '--from', 'en', '--to', 'hi', 'source.en', 'output.hi');
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /source\.en has 3 lines but output\.hi has 2/);
});

test('a missing flag or a bad language code is wrong usage', async () => {
  const dir = await files(SOURCES, OUTPUTS);
  assert.equal((await run(dir, '--from', 'en', 'source.en', 'output.hi')).code, 2);
  const bad = await run(dir, '--from', 'english', '--to', 'hi', 'source.en', 'output.hi');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--from: "english" is not a language code/);
});
