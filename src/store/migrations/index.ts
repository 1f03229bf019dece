/**
 * Every migration, in order. Names sort as they must run; a migration, once
 * released, is never edited: a change to the schema is a new file here.
 */
import type { Migration } from 'kysely';
import type { SchemaHelpers } from '../store-dialect.ts';
import { initialMigration } from './0001-initial.ts';
import { headlineLangMigration } from './0002-headline-lang.ts';

export function allMigrations(helpers: SchemaHelpers): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(helpers),
    '0002-headline-lang': headlineLangMigration,
  };
}
