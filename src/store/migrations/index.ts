/**
 * Every migration, in order. Names sort as they must run; a migration, once
 * released, is never edited: a change to the schema is a new file here.
 */
import type { Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';
import { initialMigration } from './0001-initial.ts';
import { headlineLangMigration } from './0002-headline-lang.ts';
import { entryWireFieldsMigration } from './0003-entry-wire-fields.ts';
import { sourceDefinedUrlMigration } from './0004-source-defined-url.ts';
import { storiesMigration } from './0005-stories.ts';
import { translationsMigration } from './0006-translations.ts';
import { articleVersionsMigration } from './0007-article-versions.ts';
import { translatedHeadlineMigration } from './0008-translated-headline.ts';
import { deskAccountsMigration } from './0009-desk-accounts.ts';
import { articleStatesMigration } from './0010-article-states.ts';
import { sourceErrorKindMigration } from './0011-source-error-kind.ts';
import { humanMemoryMigration } from './0012-human-memory-and-stale-translations.ts';
import { auditLogObjectMigration } from './0013-audit-log-object.ts';
import { fetchHostsMigration } from './0014-fetch-hosts.ts';
import { passLeaseMigration } from './0015-pass-lease.ts';
import { searchIndexMigration } from './0016-search-index.ts';
import { contentGenerationMigration } from './0017-content-generation.ts';
import { deskAdminMigration } from './0018-desk-admin.ts';

export function allMigrations(helpers: SchemaHelpers): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(helpers),
    '0002-headline-lang': headlineLangMigration,
    '0003-entry-wire-fields': entryWireFieldsMigration,
    '0004-source-defined-url': sourceDefinedUrlMigration,
    '0005-stories': storiesMigration,
    '0006-translations': translationsMigration(helpers),
    '0007-article-versions': articleVersionsMigration,
    '0008-translated-headline': translatedHeadlineMigration,
    '0009-desk-accounts': deskAccountsMigration(helpers),
    '0010-article-states': articleStatesMigration(helpers),
    '0011-source-error-kind': sourceErrorKindMigration,
    '0012-human-memory-and-stale-translations': humanMemoryMigration,
    '0013-audit-log-object': auditLogObjectMigration,
    '0014-fetch-hosts': fetchHostsMigration,
    '0015-pass-lease': passLeaseMigration,
    '0016-search-index': searchIndexMigration(helpers),
    '0017-content-generation': contentGenerationMigration(helpers),
    '0018-desk-admin': deskAdminMigration,
  };
}
