#!/usr/bin/env node
// Runs every *.test.ts / *.test.tsx under src/, test/, fixtures/ and eval/ with node:test through tsx.
// Node 20's test runner takes no glob patterns, hence this list. Arguments narrow
// the run to files whose path contains one of them: `npm test -- src/store`.
// After the run, one line says how many tests were skipped and for want of
// what (scripts/skip-summary-reporter.js): `skipped: 14 (chromium missing)`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const files = ['src', 'test', 'fixtures', 'eval']
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true }).map((f) => path.join(dir, String(f))))
  .filter((f) => /\.test\.tsx?$/.test(f) && !f.split(path.sep).includes('node_modules'))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();

// The end-to-end tests run bin/wiredesk.js, which runs the build under dist/.
// Bring it up to date once here rather than in every test's first process.
if (existsSync(path.join(root, 'bin', 'wiredesk.js'))) {
  const { freshEntry } = await import('./build-stamp.js');
  if (!freshEntry(root)) await (await import('./build.js')).build(root);
}

if (files.length === 0) {
  console.error(`run-tests: no test files match ${filters.join(', ')}`);
  process.exit(2);
}

// Naming a second reporter replaces Node 20's default, so the default is named
// too: spec on a terminal, TAP otherwise, as before.
const usual = process.stdout.isTTY ? 'spec' : 'tap';
const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'wiredesk-run-tests-'));
const summaryFile = path.join(summaryDir, 'skipped.txt');
const reporters = [
  `--test-reporter=${usual}`,
  '--test-reporter-destination=stdout',
  `--test-reporter=${path.join(root, 'scripts', 'skip-summary-reporter.js')}`,
  `--test-reporter-destination=${summaryFile}`,
];
// Work the test files share, made once per run and removed with it: one `wiredesk demo --once`
// that several end-to-end tests copy (test/e2e/demo-once.ts).
const sharedDir = path.join(summaryDir, 'shared');
mkdirSync(sharedDir);
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WIREDESK_TEST_SHARED_DIR: sharedDir },
});
child.on('exit', (code, signal) => {
  // An interrupted run may not have written it.
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : '';
  rmSync(summaryDir, { recursive: true, force: true });
  if (summary) console.log(summary);
  process.exit(signal ? 1 : (code ?? 1));
});

