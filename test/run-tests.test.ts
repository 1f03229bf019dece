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

/** Names the process it runs in, as a test's diagnostic line. */
const PID = `
import { test } from 'node:test';
test('pid', (t) => { t.diagnostic('pid ' + process.pid); });
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
  await mkdir(path.join(project, 'src', 'pids', 'deeper'), { recursive: true });
  for (const file of ['src/pids/one.test.ts', 'src/pids/deeper/two.test.ts', 'test/pids-one.test.ts', 'test/pids-two.test.ts']) {
    await writeFile(path.join(project, file), PID);
  }
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

function runTests(filter: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const script = path.join(project, 'scripts', 'run-tests.js');
    execFile(process.execPath, [script, filter], { cwd: project, env: { ...freshEnv(), ...env } }, (error, stdout) => {
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

test('the unit tests of one folder, subfolders too, share a process; each file under test/ has its own', async () => {
  const run = await runTests('pids');
  assert.equal(run.code, 0, run.stdout);
  assert.equal([...run.stdout.matchAll(/# pid (\d+)/g)].length, 4, run.stdout);
  const pids = new Set([...run.stdout.matchAll(/# pid (\d+)/g)].map((match) => match[1]));
  // src/pids/one and src/pids/deeper/two in one process, test/pids-one and test/pids-two in one each.
  assert.equal(pids.size, 3, run.stdout);

  const isolated = await runTests('pids', { WIREDESK_TEST_ISOLATE: '1' });
  assert.equal(isolated.code, 0, isolated.stdout);
  assert.equal(new Set([...isolated.stdout.matchAll(/# pid (\d+)/g)].map((match) => match[1])).size, 4, isolated.stdout);
});
