#!/usr/bin/env node
// Runs the CLI compiled under dist/ (scripts/build.js, run by npm at install).
// When src/ has changed since that build, it compiles again first (a third of
// a second), so a checkout never runs stale code. WIREDESK_FROM_SOURCE=1 runs
// the TypeScript sources through tsx's loader instead, as the tests do; so
// does a machine where the compiler cannot run.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshEntry } from '../scripts/build-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function compiledEntry() {
  if (process.env.WIREDESK_FROM_SOURCE === '1') return null;
  const entry = freshEntry(root);
  if (entry) return entry;
  try {
    const { build } = await import('../scripts/build.js');
    return path.join((await build(root)).dir, 'main.js');
  } catch (error) {
    process.stderr.write(`wiredesk: could not compile src/ (${error instanceof Error ? error.message : String(error)}); running the sources through tsx\n`);
    return null;
  }
}

async function sourceEntry() {
  // tsx is pointed at the package's own tsconfig: it would otherwise look in the
  // directory wiredesk is run from, and compile the site's JSX for React.
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: path.join(root, 'tsconfig.json') });
  return path.join(root, 'src', 'cli', 'main.ts');
}

const entry = (await compiledEntry()) ?? (await sourceEntry());
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);
