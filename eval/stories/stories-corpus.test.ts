import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { clusterErrors, errorSummary, eventSummary } from './cluster-errors.ts';
import { sameHeadlineBaseline } from './clusterings.ts';
import { readCorpus, type CorpusArticle } from './stories-corpus.ts';

const HOUR_MS = 3_600_000;
const DEVANAGARI_DIGIT = /[\u0966-\u096F]/u;
const words = (text: string) => new Set(text.toLowerCase().split(/\s+/u));

test('the bundled corpus is as large and as varied as issue 6 asks, and consistently labelled', async () => {
  const { articles, hardNegatives } = await readCorpus();
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.ok(articles.length >= 220, `${articles.length} articles`);
  assert.ok(new Set(articles.map((a) => a.event)).size >= 32);
  assert.deepEqual([...new Set(articles.map((a) => a.lang))].sort(), ['en', 'hi']);
  assert.ok(hardNegatives.size >= 10, `${hardNegatives.size} hard-negative events`);
  for (const article of articles) {
    const count = article.text.split(/\s+/u).length;
    assert.ok(count >= 60 && count <= 150, `${article.id} has ${count} words`);
    // Hindi papers print Western digits; the translations follow them.
    assert.doesNotMatch(article.text, DEVANAGARI_DIGIT, article.id);
    if (!article.copyOf) continue;
    const original = byId.get(article.copyOf)!;
    assert.equal(original.event, article.event, `${article.id} copies another event`);
    assert.equal(original.lang, article.lang, `${article.id} is a copy in another language`);
    // A copy keeps nearly all of its original's words (a credit line or house style aside).
    const kept = [...words(original.text)].filter((w) => words(article.text).has(w)).length / words(original.text).size;
    assert.ok(kept > 0.8, `${article.id} keeps only ${kept.toFixed(2)} of ${original.id}`);
  }
  const times = articles.map((a) => Date.parse(a.published));
  const spanHours = (Math.max(...times) - Math.min(...times)) / HOUR_MS;
  assert.ok(spanHours > 72 && spanHours <= 5 * 24, `${spanHours} hours`);
});

test('a corpus with an unlabelled article is refused with the file named', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wiredesk-stories-'));
  await mkdir(path.join(dir, 'articles'));
  const article = { headline: 'h', text: 't', lang: 'en', published: '2026-11-02T10:00:00Z', source: 's' };
  await writeFile(path.join(dir, 'articles', '001.json'), JSON.stringify(article));
  await writeFile(path.join(dir, 'labels.json'), JSON.stringify({ articles: {} }));
  await assert.rejects(readCorpus(dir), /001\.json has no entry/);
});

function article(id: string, event: string, headline: string, extra: Partial<CorpusArticle> = {}): CorpusArticle {
  return { id, event, headline, text: '', lang: 'en', published: '2026-11-02T10:00:00Z', source: 's', kind: 'original', copyOf: null, ...extra };
}

test('the same-headline baseline ignores case and punctuation but not wording', () => {
  const articles = [
    article('1', 'a', 'Fire guts 12 shops in Indore'),
    article('2', 'a', 'fire guts 12 shops, in Indore!'),
    article('3', 'a', 'Indore market fire guts 12 shops'),
  ];
  const { story } = sameHeadlineBaseline(articles);
  assert.equal(story.get('1'), story.get('2'));
  assert.notEqual(story.get('1'), story.get('3'));
});

test('errors name the wrongly merged and wrongly split pairs and sum them by kind', () => {
  const articles = [
    article('1', 'a', 'x'),
    article('2', 'a', 'y', { kind: 'translation', lang: 'hi' }),
    article('3', 'b', 'z'),
  ];
  // 1 and 3 put together (different events), 2 left alone (split from 1).
  const errors = clusterErrors(articles, { story: new Map([['1', 's'], ['2', 't'], ['3', 's']]), canonical: new Map() });
  assert.deepEqual(errors.merged.map(({ a, b }) => [a.id, b.id]), [['1', '3']]);
  assert.deepEqual(errors.split.map(({ a, b }) => [a.id, b.id]), [['1', '2']]);
  assert.deepEqual(errorSummary(errors.split), [['original/en ↔ translation/hi', 1]]);
  assert.deepEqual(eventSummary(errors.merged), [['a ↔ b', 1]]);
  assert.deepEqual(eventSummary(errors.split), [['a', 1]]);
});
