#!/usr/bin/env node
// Runs every *.test.ts / *.test.tsx under src/, test/, fixtures/ and eval/ with node:test through tsx.
// Node 20's test runner takes no glob patterns, hence this list. Arguments narrow
// the run to files whose path contains one of them: `npm test -- src/store`.
// After the run, one line says how many tests were skipped and for want of
// what (scripts/skip-summary-reporter.js): `skipped: 14 (chromium missing)`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...processFiles(files, summaryDir)], {
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

/**
 * What node --test starts a process for. Each process costs 0.4 s of
 * processor time before its first test (tsx's loader) and then compiles every
 * module the file imports, so the unit tests of one folder (src/store,
 * src/desk/…, eval/extract) share a process: one file here that imports them
 * all. Forty files of src/text and src/extract took 50 s of processor time
 * one process each and 12 s in one. Under test/ each file keeps a process of
 * its own: the end-to-end and fuzz tests start servers, browsers and CLI
 * processes and measure processor time, and the runner's own tests run it.
 * WIREDESK_TEST_ISOLATE=1 gives every file its own process, to tell whether a
 * failure comes from a neighbour.
 */
function processFiles(testFiles, workDir) {
  if (process.env.WIREDESK_TEST_ISOLATE === '1') return testFiles;
  const groups = new Map();
  const alone = [];
  for (const file of testFiles) {
    const parts = file.split(path.sep);
    if (parts[0] === 'test') {
      alone.push(file);
      continue;
    }
    const group = parts.slice(0, Math.min(2, parts.length - 1)).join('-');
    const members = groups.get(group) ?? [];
    members.push(file);
    groups.set(group, members);
  }
  const groupDir = path.join(workDir, 'groups');
  mkdirSync(groupDir);
  const grouped = [...groups].map(([group, members]) => {
    if (members.length === 1) return members[0];
    const entry = path.join(groupDir, `${group}.test.mjs`);
    writeFileSync(entry, members.map((member) => `import ${JSON.stringify(pathToFileURL(path.join(root, member)).href)};\n`).join(''));
    return entry;
  });
  // The longest files are end-to-end ones: started first, they do not leave one core idle at the end.
  return [...alone, ...grouped];
}
