import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GROWTH_WINDOW_HOURS, HALF_LIFE_HOURS, independentSourceTimes, trendOf, type TrendArticle } from './trend-score.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');

function article(sourceId: string, hoursAgo: number, copyGroup = `${sourceId}-${hoursAgo}`): TrendArticle {
  return { sourceId, time: NOW - hoursAgo * HOUR, copyGroup };
}

describe('trend score', () => {
  it('counts syndicated copies of one text as one source', () => {
    const copies = [article('wire', 3, 'g'), article('post', 2, 'g'), article('ledger', 2, 'g')];
    assert.equal(trendOf(copies, NOW).independentSources, 1);
    const ownWords = [article('wire', 3), article('post', 2), article('ledger', 2)];
    assert.equal(trendOf(ownWords, NOW).independentSources, 3);
    assert.ok(trendOf(ownWords, NOW).score > trendOf(copies, NOW).score);
  });

  it('credits a group of copies to the source that published it first', () => {
    const times = independentSourceTimes([article('post', 1, 'g'), article('wire', 5, 'g')]);
    assert.deepEqual([...times.keys()], ['wire']);
  });

  it('ranks a story spreading now above one that spread as widely a day ago', () => {
    const spreading = ['a', 'b', 'c'].map((s, i) => article(s, i + 1));
    const spread = ['a', 'b', 'c', 'd'].map((s, i) => article(s, 30 + i));
    const now = trendOf(spreading, NOW);
    assert.equal(now.recentSources, 3);
    assert.equal(trendOf(spread, NOW).recentSources, 0);
    assert.ok(now.score > trendOf(spread, NOW).score);
  });

  it('counts growth only inside the growth window', () => {
    const edge = [article('a', GROWTH_WINDOW_HOURS - 0.5), article('b', GROWTH_WINDOW_HOURS + 0.5)];
    assert.equal(trendOf(edge, NOW).recentSources, 1);
  });

  it('halves after each half-life with no new article', () => {
    const story = [article('a', 30), article('b', 30)];
    const later = trendOf(story, NOW + HALF_LIFE_HOURS * HOUR).score;
    assert.ok(Math.abs(later - trendOf(story, NOW).score / 2) < 1e-9);
  });

  it('gives nothing for no articles, and a future date the score of a fresh one', () => {
    assert.equal(trendOf([], NOW).score, 0);
    assert.equal(trendOf([article('a', -5)], NOW).score, trendOf([article('a', 0)], NOW).score);
  });
});
