/**
 * The compiled CLI under dist/ (scripts/build.js): what a start loads, when a
 * build counts as stale, and that the command a user runs is the compiled one.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { build, packagesLoadedAtStart } from '../scripts/build.js';
import { freshEntry, inputsStamp } from '../scripts/build-stamp.js';
import { databaseFileName, eldVersion } from '../src/text/language-database.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

test('a start loads commander and picocolors and no other package: the store, the site and the parsers wait for the command that needs them', async () => {
  const { dir, metafile } = await build(ROOT);
  const entry = path.relative(ROOT, path.join(dir, 'main.js'));
  const packages = packagesLoadedAtStart(metafile, entry).filter((name) => !name.startsWith('node:'));
  assert.deepEqual(packages, ['commander', 'picocolors']);
});

test('a build writes the language database beside the compiled code, as JSON under the name the detector looks for', async () => {
  const { dir } = await build(ROOT);
  const copy = JSON.parse(await readFile(path.join(dir, databaseFileName('medium', await eldVersion())), 'utf8')) as { type: string; languages: Record<string, string> };
  const { ngramsData } = (await import(new URL('../ngrams/medium.js', import.meta.resolve('eld')).href)) as { ngramsData: { type: string; languages: Record<string, string> } };
  assert.equal(copy.type, ngramsData.type);
  assert.deepEqual(copy.languages, ngramsData.languages);
});

test('bin/wiredesk.js runs the compiled CLI: --version answers the package version, --help lists the commands', async () => {
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const env = { ...process.env, WIREDESK_FROM_SOURCE: '' };
  const shown = await run(process.execPath, [path.join(ROOT, 'bin', 'wiredesk.js'), '--version'], { env });
  assert.equal(shown.stdout.trim(), version);
  const help = await run(process.execPath, [path.join(ROOT, 'bin', 'wiredesk.js'), '--help'], { env });
  for (const command of ['sources', 'ingest', 'serve', 'extract', 'users', 'articles']) assert.match(help.stdout, new RegExp(`\\n  ${command}\\b`));
  assert.ok(freshEntry(ROOT), 'the run left a current build');
});

describe('a build is stale when its sources change, and only then', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-build-'));
    for (const dir of ['src/cli', 'src/site/testdata', 'scripts', 'dist/build-x']) await mkdir(path.join(root, dir), { recursive: true });
    for (const file of ['package.json', 'tsconfig.json', 'scripts/build.js', 'src/cli/main.ts', 'src/site/page.tsx']) {
      await writeFile(path.join(root, file), '');
      await utimes(path.join(root, file), 1_000_000, 1_000_000);
    }
    await writeFile(path.join(root, 'dist', 'current.json'), JSON.stringify({ dir: 'build-x', stamp: inputsStamp(root) }));
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('fresh: the entry of the current build', () => {
    assert.equal(freshEntry(root), path.join(root, 'dist', 'build-x', 'main.js'));
  });

  test('a new test file or test data does not make it stale', async () => {
    await writeFile(path.join(root, 'src', 'cli', 'main.test.ts'), '');
    await writeFile(path.join(root, 'src', 'site', 'testdata', 'fixture.ts'), '');
    assert.ok(freshEntry(root));
  });

  test('an edited source, a new source or a deleted one does', async () => {
    await utimes(path.join(root, 'src', 'site', 'page.tsx'), 2_000_000, 2_000_000);
    assert.equal(freshEntry(root), null);
    await writeFile(path.join(root, 'dist', 'current.json'), JSON.stringify({ dir: 'build-x', stamp: inputsStamp(root) }));
    await writeFile(path.join(root, 'src', 'cli', 'extra.ts'), '');
    await utimes(path.join(root, 'src', 'cli', 'extra.ts'), 1_000_000, 1_000_000);
    assert.equal(freshEntry(root), null, 'one more file');
    await rm(path.join(root, 'src', 'cli', 'extra.ts'));
    assert.ok(freshEntry(root));
    await rm(path.join(root, 'src', 'cli', 'main.ts'));
    assert.equal(freshEntry(root), null, 'one file fewer');
  });

  test('no build at all', async () => {
    await rm(path.join(root, 'dist', 'current.json'));
    assert.equal(freshEntry(root), null);
  });
});

test('extract loads the language database only for a page that needs it, and still names the language of one that declares none', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-extract-'));
  try {
    const paragraph = (text: string) => `<p>${text}</p>`.repeat(6);
    const hindi = 'किसानों ने इस साल गेहूं की बुवाई समय पर पूरी की और मंडी में दाम अच्छे रहने की उम्मीद जताई है।';
    const english = 'Farmers finished sowing wheat on time this year and expect prices at the market to hold up well.';
    await writeFile(path.join(dir, 'declared.html'), `<html lang="en"><head><title>Wheat sowing ends</title></head><body><article><h1>Wheat sowing ends</h1>${paragraph(english)}</article></body></html>`);
    await writeFile(path.join(dir, 'undeclared.html'), `<html><head><title>गेहूं की बुवाई पूरी</title></head><body><article><h1>गेहूं की बुवाई पूरी</h1>${paragraph(hindi)}</article></body></html>`);
    const bin = path.join(ROOT, 'bin', 'wiredesk.js');
    const languageOf = async (file: string) => {
      const { stdout } = await run(process.execPath, [bin, 'extract', '--format', 'json', path.join(dir, file)], { cwd: dir });
      return (JSON.parse(stdout) as { lang: string }).lang;
    };
    assert.equal(await languageOf('declared.html'), 'en');
    assert.equal(await languageOf('undeclared.html'), 'hi');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
