#!/usr/bin/env node
// Compiles the CLI from src/ to JavaScript under dist/, so a start runs plain
// JavaScript instead of compiling TypeScript through tsx's loader (2 s before
// `wiredesk --help` printed a line). npm runs it at install (`prepare`);
// bin/wiredesk.js runs it again when src/ has changed since.
//
// Each build goes to its own directory and dist/current.json is switched to it
// in one rename, so processes that start while another rebuilds never load
// half a build. Commands import what they need when they run (code splitting),
// so `wiredesk --help` loads commander and little else.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { inputsStamp } from './build-stamp.js';

/** Builds older than this are removed; a running process may still load chunks from a recent one. */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/**
 * The eld language databases copied as JSON beside the compiled code, which
 * reads them far faster than eld's own modules (src/text/language-database.ts):
 * the size src/text/language.ts loads.
 */
const LANGUAGE_DATABASES = ['medium'];

/**
 * Packages compiled into dist/ instead of imported from node_modules at run
 * time: the HTML parser and the DOM it builds, with what they import, so that
 * every chunk shares one copy of the DOM's classes.
 */
const BUNDLED_PACKAGES = ['htmlparser2', 'domhandler', 'domelementtype', 'domutils', 'dom-serializer', 'entities'];

/** A bare specifier's package name: "entities/decode" → "entities", "@scope/name/x" → "@scope/name". */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Every package is imported at run time except BUNDLED_PACKAGES. domhandler's
 * node classes declare their fields as class fields, which V8 (Node 20)
 * initialises through a separate initialiser on every node made: nearly a
 * third of the parse of a folder of pages went there. Compiled as assignments in the
 * constructors, the parse of the 329 pages of the extract bench took about
 * a third less CPU. The classes have no accessor that shares a field's name,
 * so assigning gives the objects the same properties as defining.
 */
const dependencies = {
  name: 'wiredesk-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !BUNDLED_PACKAGES.includes(packageName(args.path))) return { path: args.path, external: true };
      return undefined;
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]domhandler[\\/].*\.js$/ }, async (args) => {
      const { transform } = await import('esbuild');
      const source = readFileSync(args.path, 'utf8');
      const { code } = await transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: args.path,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
      });
      return { contents: code, loader: 'js' };
    });
  },
};

export async function build(root = path.resolve(import.meta.dirname, '..')) {
  const { build: esbuild } = await import('esbuild');
  const stamp = inputsStamp(root);
  const dir = `build-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const outdir = path.join(root, 'dist', dir);
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild({
    absWorkingDir: root,
    // The pipeline's worker thread is an entry of its own, beside main.js (cli/pipeline-thread.ts).
    entryPoints: { main: 'src/cli/main.ts', 'pipeline-worker': 'src/cli/pipeline-worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [dependencies],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  await writeLanguageDatabases(path.join(root, 'dist'), outdir);
  const pointer = path.join(root, 'dist', `current.json.${dir}`);
  writeFileSync(pointer, `${JSON.stringify({ dir, stamp })}\n`);
  renameSync(pointer, path.join(root, 'dist', 'current.json'));
  removeOldBuilds(path.join(root, 'dist'), dir);
  return { dir: outdir, metafile: result.metafile };
}

/**
 * The packages a start loads before any command runs: everything the entry
 * chunk reaches through static imports, whether imported from node_modules
 * or compiled into a chunk (BUNDLED_PACKAGES). A test keeps heavy ones (the
 * store, the site, the parsers) out of this set.
 */
export function packagesLoadedAtStart(metafile, entry) {
  const seen = new Set();
  const packages = new Set();
  const visit = (output) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const input of Object.keys(metafile.outputs[output]?.inputs ?? {})) {
      const bundled = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(input);
      if (bundled) packages.add(bundled[1].replace('\\', '/'));
    }
    for (const { path: target, kind, external } of metafile.outputs[output]?.imports ?? []) {
      if (kind !== 'import-statement') continue;
      if (external) packages.add(target);
      else visit(target);
    }
  };
  visit(entry);
  return [...packages].sort();
}

/**
 * Each database as JSON, named as src/text/language-database.ts expects
 * (eld-<size>-<eld version>.json). Taken from the current build when it has
 * the same file: making it afresh takes half a second, copying it nothing.
 */
async function writeLanguageDatabases(distDir, outdir) {
  const entry = import.meta.resolve('eld');
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8'));
  const previous = currentBuildDir(distDir);
  for (const size of LANGUAGE_DATABASES) {
    const name = `eld-${size}-${version}.json`;
    const copy = previous === null ? null : path.join(previous, name);
    if (copy !== null && existsSync(copy)) {
      copyFileSync(copy, path.join(outdir, name));
      continue;
    }
    const { ngramsData } = await import(new URL(`../ngrams/${size}.js`, entry).href);
    const file = path.join(outdir, name);
    writeFileSync(`${file}.tmp`, JSON.stringify(ngramsData));
    renameSync(`${file}.tmp`, file);
  }
}

function currentBuildDir(distDir) {
  try {
    const { dir } = JSON.parse(readFileSync(path.join(distDir, 'current.json'), 'utf8'));
    return typeof dir === 'string' ? path.join(distDir, dir) : null;
  } catch {
    return null;
  }
}

function removeOldBuilds(distDir, keep) {
  for (const name of readdirSync(distDir)) {
    if (!name.startsWith('build-') || name === keep) continue;
    const full = path.join(distDir, name);
    if (Date.now() - statSync(full).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(full, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = performance.now();
  const { dir } = await build();
  console.log(`wiredesk: compiled src/ to ${path.relative(process.cwd(), dir) || dir} in ${Math.round(performance.now() - started)} ms`);
}
