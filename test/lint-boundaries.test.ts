/**
 * The folder boundaries of ARCHITECTURE.md, as eslint.config.js states them,
 * bite: ESLint's own API lints a one-line import placed in each folder (the
 * file need not exist) and must report a violation where the architecture
 * forbids the import, and nothing where it allows it. Only the boundary rule
 * runs, without type information, so the check takes a moment, not the
 * minutes of a full `npm run lint`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '..');

const eslint = new ESLint({
  cwd: ROOT,
  // The real eslint.config.js, with the parser's type information switched off: the boundary rule needs none.
  overrideConfig: { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The boundary messages reported for `code` placed at `file` (relative to the repository). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  assert.ok(result, `no lint result for ${file}`);
  const unexpected = result.messages.filter((m) => m.ruleId !== 'no-restricted-imports');
  assert.deepEqual(unexpected, [], `${file}: only the boundary rule may speak`);
  return result.messages.map((m) => m.message);
}

async function assertForbidden(file: string, code: string, rule: RegExp): Promise<void> {
  const messages = await violations(file, code);
  assert.equal(messages.length, 1, `${file}: \`${code}\` must be reported`);
  assert.match(messages[0]!, rule);
}

async function assertAllowed(file: string, code: string): Promise<void> {
  assert.deepEqual(await violations(file, code), [], `${file}: \`${code}\` is allowed`);
}

const STAGE_RULE = /A stage \(ingest, extract, text, stories, translate\) never imports store\/, pipeline\/, site\/, cli\/ or desk\//;
const SITE_RULE = /site\/ never imports pipeline\/ or ingest\//;
const DRIVER_RULE = /Only src\/store imports kysely, better-sqlite3 and pg/;
const UTIL_RULE = /src\/util imports nothing of wiredesk's/;

describe('stage boundaries', () => {
  for (const stage of ['ingest', 'extract', 'text', 'stories', 'translate']) {
    test(`src/${stage} may not import store, pipeline, site, cli or desk`, async () => {
      const file = `src/${stage}/boundary-probe.ts`;
      await assertForbidden(file, "import { openStore } from '../store/open-store.ts';", STAGE_RULE);
      await assertForbidden(file, "import type { Store } from '../store/store.ts';", STAGE_RULE);
      await assertForbidden(file, "import { runIngestPass } from '../pipeline/ingest-pass.ts';", STAGE_RULE);
      await assertForbidden(file, "import { createSiteApp } from '../site/site-app.tsx';", STAGE_RULE);
      await assertForbidden(file, "import { main } from '../cli/main.ts';", STAGE_RULE);
      await assertForbidden(file, "export { syndicationNotice } from '../desk/syndication-notice.ts';", STAGE_RULE);
    });

    test(`src/${stage} may import text/ and util/`, async () => {
      const file = `src/${stage}/boundary-probe.ts`;
      await assertAllowed(file, "import { normalizeText } from '../text/normalize.ts';");
      await assertAllowed(file, "import { backoffDelay } from '../util/backoff.ts';");
    });
  }

  test('the rule holds in a stage sub-folder too', async () => {
    await assertForbidden('src/translate/engines/boundary-probe.ts', "import type { Store } from '../../store/store.ts';", STAGE_RULE);
    await assertAllowed('src/translate/engines/boundary-probe.ts', "import { normalizeText } from '../../text/normalize.ts';");
  });

  test("a stage's tests may use store's record builders, but not the store itself", async () => {
    await assertAllowed('src/extract/boundary-probe.test.ts', "import { feedEntry } from '../store/test-records.ts';");
    await assertForbidden('src/extract/boundary-probe.test.ts', "import { openStore } from '../store/open-store.ts';", STAGE_RULE);
    await assertForbidden('src/stories/boundary-probe.test.ts', "import { assignStories } from '../pipeline/story-assignment.ts';", STAGE_RULE);
  });
});

describe('site boundaries', () => {
  test('src/site may not import pipeline or ingest', async () => {
    await assertForbidden('src/site/boundary-probe.tsx', "import { runIngestPass } from '../pipeline/ingest-pass.ts';", SITE_RULE);
    await assertForbidden('src/site/boundary-probe.ts', "import type { Entry } from '../ingest/entry.ts';", SITE_RULE);
    await assertForbidden('src/site/testdata/boundary-probe.ts', "import { fetchFeed } from '../../ingest/read-feed.ts';", SITE_RULE);
  });

  test('src/site may import the store facade and text', async () => {
    await assertAllowed('src/site/boundary-probe.ts', "import type { Store } from '../store/store.ts';");
    await assertAllowed('src/site/boundary-probe.ts', "import { slugify } from '../text/slug.ts';");
  });
});

describe('database drivers', () => {
  for (const file of ['src/pipeline/boundary-probe.ts', 'src/site/boundary-probe.ts', 'src/ingest/boundary-probe.ts', 'src/cli/boundary-probe.ts', 'test/e2e/boundary-probe.test.ts', 'bench/boundary-probe.ts', 'scripts/boundary-probe.js']) {
    test(`${file} may not import kysely, better-sqlite3 or pg`, async () => {
      await assertForbidden(file, "import { Kysely } from 'kysely';", DRIVER_RULE);
      if (!file.endsWith('.js')) await assertForbidden(file, "import type { Kysely } from 'kysely';", DRIVER_RULE);
      await assertForbidden(file, "import Database from 'better-sqlite3';", DRIVER_RULE);
      await assertForbidden(file, "import pg from 'pg';", DRIVER_RULE);
    });
  }

  test('src/store may import them, and a package whose name merely starts with pg is not a driver', async () => {
    await assertAllowed('src/store/boundary-probe.ts', "import { Kysely, sql } from 'kysely';");
    await assertAllowed('src/store/boundary-probe.ts', "import Database from 'better-sqlite3';");
    await assertAllowed('src/store/boundary-probe.ts', "import pg from 'pg';");
    await assertAllowed('src/pipeline/queue/boundary-probe.ts', "import PgBoss from 'pg-boss';");
    await assertForbidden('src/pipeline/queue/boundary-probe.ts', "import pg from 'pg';", DRIVER_RULE);
  });

  test('only src/pipeline/queue imports pg-boss', async () => {
    for (const file of ['src/pipeline/boundary-probe.ts', 'src/pipeline/jobs/boundary-probe.ts', 'src/cli/boundary-probe.ts', 'src/store/boundary-probe.ts']) {
      await assertForbidden(file, "import PgBoss from 'pg-boss';", /Only src\/pipeline\/queue\/ imports pg-boss/);
    }
  });
});

describe('util boundaries', () => {
  test("src/util imports nothing of wiredesk's", async () => {
    await assertForbidden('src/util/boundary-probe.ts', "import { normalizeText } from '../text/normalize.ts';", UTIL_RULE);
    await assertForbidden('src/util/boundary-probe.ts', "import type { Config } from '../config/schema.ts';", UTIL_RULE);
    await assertForbidden('src/util/boundary-probe.ts', "import { Kysely } from 'kysely';", DRIVER_RULE);
  });

  test("src/util may import Node's own modules and its own files", async () => {
    await assertAllowed('src/util/boundary-probe.ts', "import { setTimeout as delay } from 'node:timers/promises';");
    await assertAllowed('src/util/boundary-probe.ts', "import { backoffDelay } from './backoff.ts';");
  });

  test('every folder may import util', async () => {
    for (const folder of ['pipeline', 'site', 'cli', 'store', 'desk', 'config']) {
      await assertAllowed(`src/${folder}/boundary-probe.ts`, "import { concurrencyLimit } from '../util/concurrency-limit.ts';");
    }
  });
});
