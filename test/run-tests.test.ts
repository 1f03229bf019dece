/**
 * scripts/run-tests.js, the runner behind `npm test`, on a small project of
 * its own: a copy of the runner and its reporter in a temp directory, with
 * test files that skip for missing tools, for other reasons and not at all.
 * The run's usual output, exit code and the closing `skipped:` line are
 * what a developer sees.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const MISSING_TOOL = pathToFileURL(path.join(ROOT, 'test', 'missing-tool.ts')).href;

const SKIPPING = `
import { describe, test } from 'node:test';
import { missing } from '${MISSING_TOOL}';

describe('in a browser', { skip: missing('chromium', '/usr/bin/chromium is not installed') }, () => {
  test('never runs', () => { throw new Error('ran'); });
});
test('keyboard', { skip: missing('chromium', '/usr/bin/chromium is not installed') }, () => {});
test('against FLORES', (t) => { t.skip(missing('../shared', '../shared/eval is absent')); });
test('not today', { skip: 'flaky on Tuesdays' }, () => {});
test('without a word', { skip: true }, () => {});
test('runs', () => {});
`;

const FAILING = `
import { test } from 'node:test';
test('fails', () => { throw new Error('as it should'); });
`;

let project: string;

before(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-run-tests-test-'));
  for (const dir of ['scripts', 'src', 'test', 'fixtures', 'eval']) await mkdir(path.join(project, dir));
  for (const script of ['run-tests.js', 'skip-summary-reporter.js']) {
    await copyFile(path.join(ROOT, 'scripts', script), path.join(project, 'scripts', script));
  }
  // The runner starts node with `--import tsx`, resolved from the project's own folder.
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  await writeFile(path.join(project, 'src', 'skipping.test.ts'), SKIPPING);
  await writeFile(path.join(project, 'test', 'failing.test.ts'), FAILING);
});

after(() => rm(project, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
}

/** This file runs under node --test, which marks its children as test files; the runner must start afresh. */
function freshEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_TEST_CONTEXT'];
  return env;
}

function runTests(filter: string): Promise<Run> {
  return new Promise((resolve) => {
    const script = path.join(project, 'scripts', 'run-tests.js');
    execFile(process.execPath, [script, filter], { cwd: project, env: freshEnv() }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout });
    });
  });
}

test('after the usual report, one line counts the skips by the tool that was missing', async () => {
  const run = await runTests('skipping');
  assert.equal(run.code, 0, run.stdout);
  const lines = run.stdout.trimEnd().split('\n');
  // Outside a terminal the usual report is TAP, as node --test gives it.
  assert.ok(lines.includes('# pass 1') && lines.includes('# skipped 4'), run.stdout);
  assert.doesNotMatch(run.stdout, /not ok/);
  assert.equal(lines.at(-1), 'skipped: 2 (chromium missing), 1 (../shared missing), 1 (no reason given), 1 (other reason)');
});

test('a failing run keeps its exit code and still ends with the line', async () => {
  const run = await runTests('failing');
  assert.equal(run.code, 1, run.stdout);
  assert.match(run.stdout, /^not ok 1 - fails$/m);
  assert.equal(run.stdout.trimEnd().split('\n').at(-1), 'skipped: 0');
});
