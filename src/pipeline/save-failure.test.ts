/**
 * A pass that cannot save what it read says so, with the database's own
 * reason: the source is recorded as failed (never as fetched and stored), and
 * "could not save" comes with its cause in the outcome, the stored error and
 * the pass summary, on every test engine.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { runIngestPass } from './ingest-pass.ts';
import { errorMessage, silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const TESTDATA = path.join(import.meta.dirname, 'testdata');
const NOW = new Date('2026-11-28T12:00:00Z');
/** What each engine says of a missing title: SQLite "NOT NULL constraint failed: entries.title", PostgreSQL 'null value in column "title"'. */
const NOT_NULL = /NOT NULL constraint failed: entries\.title|null value in column "title"/;

/** The real store, except that the entries it is given to save have lost their titles: the database refuses them. */
function storeRefusingEntries(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'saveEntries') {
        return (entries: Parameters<Store['saveEntries']>[0], now: string) =>
          target.saveEntries(entries.map((entry) => ({ ...entry, title: null as unknown as string })), now);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function context(store: Store): PipelineContext {
  const config = parseConfig(
    `
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
sources:
  - { id: harbour, name: Harbour, url: "${path.join(TESTDATA, 'harbour.rss')}", section: world, language: en }
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger };
}

for (const dialect of testDialects) {
  void describe(`a save that fails on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('is a failed source whose message carries the database\'s reason', async () => {
      const real = await database().open();
      const ctx = context(storeRefusingEntries(real));
      await syncConfigSources(ctx);
      const summary = await runIngestPass(ctx, { select: 'all' });

      assert.equal(summary.fetched, 0, 'nothing is reported fetched');
      assert.deepEqual(summary.entries, { inserted: 0, updated: 0, unchanged: 0 });
      const [failure] = summary.failed;
      assert.equal(failure?.sourceId, 'harbour');
      assert.match(failure?.error ?? '', /could not save \d+ entries of source harbour: .+/);
      assert.match(failure?.error ?? '', NOT_NULL);

      const source = await real.getSource('harbour');
      assert.match(source?.lastError ?? '', NOT_NULL, 'the stored error names the cause too');
      assert.equal(source?.consecutiveFailures, 1);
      assert.equal(source?.lastSuccessAt, null);
      assert.equal((await real.counts()).entries, 0);
    });
  });
}

void describe('errorMessage', () => {
  test('tells the causes after the message, each once', () => {
    const cause = new Error('SQLITE_BUSY: database is locked');
    const error = new Error('store: could not save 3 entries of source wire', { cause });
    assert.equal(errorMessage(error), 'store: could not save 3 entries of source wire: SQLITE_BUSY: database is locked');
    const repeated = new Error(`ingest: could not fetch x: ${cause.message}`, { cause });
    assert.equal(errorMessage(repeated), 'ingest: could not fetch x: SQLITE_BUSY: database is locked', 'a cause the message already tells is not told twice');
    assert.equal(errorMessage('plain'), 'plain');
  });
});
