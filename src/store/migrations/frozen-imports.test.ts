/**
 * Migrations are frozen: a released one must build the same schema and write
 * the same values on every database, whenever it runs. Code it imported from
 * elsewhere could change under it, so a migration may import Kysely and
 * files of this folder only (a copy of what it needs, as 0003 holds its link
 * normaliser).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const FOLDER = import.meta.dirname;
const ALLOWED_PACKAGES = new Set(['kysely']);

/** Every module a file imports or re-exports, type-only and dynamic imports included. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** What is wrong with one import of a migration file, or null when it is allowed. */
function forbiddenImport(specifier: string): string | null {
  if (ALLOWED_PACKAGES.has(specifier)) return null;
  if (!specifier.startsWith('.')) return `package ${specifier}`;
  const resolved = path.resolve(FOLDER, specifier);
  return path.dirname(resolved) === FOLDER ? null : `${specifier}, outside src/store/migrations/`;
}

const migrationFiles = readdirSync(FOLDER).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

test('every migration file imports only Kysely and files of its own folder', () => {
  assert.ok(migrationFiles.includes('0003-entry-wire-fields.ts'), `no migrations found in ${FOLDER}`);
  const found = migrationFiles.flatMap((file) =>
    importsOf(path.join(FOLDER, file)).flatMap((specifier) => {
      const problem = forbiddenImport(specifier);
      return problem === null ? [] : [`${file}: ${problem}`];
    }),
  );
  assert.deepEqual(found, []);
});

test('the check refuses imports from elsewhere in the store, other stages and other packages', () => {
  assert.equal(forbiddenImport('./0001-initial.ts'), null);
  assert.equal(forbiddenImport('kysely'), null);
  assert.match(forbiddenImport('../store-dialect.ts') ?? '', /outside/);
  assert.match(forbiddenImport('../../ingest/link-normalize.ts') ?? '', /outside/);
  assert.match(forbiddenImport('./sub/helper.ts') ?? '', /outside/);
  assert.match(forbiddenImport('zod') ?? '', /package zod/);
});
