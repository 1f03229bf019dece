/**
 * Stories depend on the articles, not on the order they arrived in nor on how
 * often a pass was cut short. One corpus whose reports all carry the same
 * publication time (as a wire dump does, and as the 10,028 articles of issue
 * 15 did) is stored in three arrival orders, so its article ids differ, and
 * once more in instalments with a clustering pass after each, as a desk that
 * was stopped and started again would: every run must end with the same
 * stories, the same titles and the same canonical copies.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntheticArticle } from '../../bench/stories-corpus.ts';
import { seededRandom } from '../../eval/seeded-random.ts';
import { parseConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { testDialects } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { assignStories } from './story-assignment.ts';

/** Enough reports for a few dozen events with copies and cross-language reports; few enough for a quick test. */
const CORPUS_SIZE = 240;
const SOURCES = ['wire', 'post', 'ledger', 'samachar', 'herald'];
const PUBLISHED = '2026-11-24T06:00:00.000Z';
const NOW = new Date('2026-11-24T10:00:00Z');

interface Report {
  sourceId: string;
  guid: string;
  lang: string;
  headline: string;
  text: string;
}

/** Every 7th report of the benchmark's stream (four hours of it, some 40 events), all at one time, each from one of five sources. */
const STRIDE = 7;
const CORPUS: Report[] = Array.from({ length: CORPUS_SIZE }, (_, i) => {
  const article = syntheticArticle(i * STRIDE);
  return { sourceId: SOURCES[i % SOURCES.length]!, guid: `g-${i}`, lang: article.lang, headline: article.headline, text: article.text };
});

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function contextFor(store: Store): PipelineContext {
  const config = parseConfig(
    'site: { name: Test, baseUrl: "http://localhost" }\neditions: [{ lang: en, path: / }, { lang: hi, path: /hi/ }]\nsections: [{ id: world, title: World }]\n',
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger };
}

/** Stores the reports as the pipeline would, in the order given (entry ids and article ids follow it); notes each article's guid. */
async function arrive(store: Store, reports: readonly Report[], guidOf: Map<number, string>): Promise<void> {
  for (const sourceId of SOURCES) await store.upsertSource(sourceDefinition(sourceId), 'config', NOW.toISOString());
  await store.saveEntries(
    reports.map((r) => feedEntry(r.sourceId, r.guid, { title: r.headline, published: PUBLISHED, language: r.lang })),
    NOW.toISOString(),
  );
  const entryIds = new Map((await store.listEntries({ limit: 10 * CORPUS_SIZE })).map((e) => [`${e.sourceId}/${e.guid}`, e.id]));
  for (const r of reports) {
    const entryId = entryIds.get(`${r.sourceId}/${r.guid}`);
    assert.ok(entryId !== undefined);
    const blocks = [{ type: 'paragraph' as const, content: [{ kind: 'text' as const, text: r.text }] }];
    const article = cleanArticle(r.headline, { lang: r.lang, text: r.text, blocks, published: PUBLISHED });
    guidOf.set(await store.saveArticle(article, { entryId, sourceId: r.sourceId, section: 'world', slug: r.guid }, NOW.toISOString()), r.guid);
  }
}

/** The stories as sets of guids, each with its title and each article's canonical copy, in an order of their own. */
async function outcome(store: Store, guidOf: ReadonlyMap<number, string>): Promise<string[]> {
  assert.equal(guidOf.size, CORPUS_SIZE);
  const memberships = await store.storyMemberships([...guidOf.keys()]);
  assert.equal(memberships.size, CORPUS_SIZE, 'every article is in a story');
  const byStory = new Map<string, string[]>();
  for (const membership of memberships.values()) {
    const guid = guidOf.get(membership.articleId)!;
    const canonical = guidOf.get(membership.canonicalId)!;
    const list = byStory.get(membership.storyId) ?? [];
    list.push(guid === canonical ? guid : `${guid}→${canonical}`);
    byStory.set(membership.storyId, list);
  }
  const lines: string[] = [];
  for (const [storyId, members] of byStory) {
    const story = await store.getStory(storyId);
    lines.push(`${story?.title ?? '?'} [${story?.articleCount ?? 0}]: ${members.sort().join(' ')}`);
  }
  return lines.sort();
}

/** The stories one run ends with: the reports stored in `instalments`, a clustering pass after each. */
async function run(dialect: (typeof testDialects)[number], instalments: readonly (readonly Report[])[]): Promise<string[]> {
  const database = await dialect.create();
  try {
    const store = await database.open();
    const guidOf = new Map<number, string>();
    for (const reports of instalments) {
      await arrive(store, reports, guidOf);
      await assignStories(contextFor(store));
    }
    return await outcome(store, guidOf);
  } finally {
    await database.destroy();
  }
}

for (const dialect of testDialects) {
  void describe(`deterministic stories on ${dialect.name}`, () => {
    test('three arrival orders, and a run in instalments, end with the same stories, titles and canonical copies', async () => {
      const clean = await run(dialect, [CORPUS]);
      assert.ok(clean.length > 10 && clean.length < CORPUS_SIZE / 2, `a corpus of stories, not of singletons (${clean.length} stories)`);
      assert.deepEqual(await run(dialect, [[...CORPUS].reverse()]), clean, 'arrived in reverse');
      assert.deepEqual(await run(dialect, [shuffled(CORPUS, 15)]), clean, 'arrived shuffled');

      // Stopped twice and started again: each part is clustered before the next arrives, in another order again.
      const order = shuffled(CORPUS, 42);
      const thirds = [order.slice(0, 80), order.slice(80, 160), order.slice(160)];
      assert.deepEqual(await run(dialect, thirds), clean, 'in three instalments');
    });
  });
}
