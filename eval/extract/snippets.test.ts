import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Extractor } from './extraction.ts';
import { holdsSnippet, scoreSnippets } from './snippets.ts';
import { evaluateExtractor } from './suite-eval.ts';
import type { EvalPage, PageTruth } from './suites.ts';

const STORY = 'The river ferry at Kelmore resumed service on Tuesday, after a week of repairs to its landing stage. Fares are unchanged.';

describe('snippets', () => {
  it('finds a passage by its words, whatever its punctuation and line breaks, and tells case apart', () => {
    assert.equal(holdsSnippet('resumed service on Tuesday after a week', STORY), true);
    assert.equal(holdsSnippet('Resumed service', STORY), false);
    assert.equal(holdsSnippet('ferry at Kelmore resumed\nservice…', STORY), true);
    assert.equal(holdsSnippet('ferry resumed service', STORY), false);
  });

  it('lets a passage cut at 80 characters end inside a word, and only such a passage', () => {
    const cut = STORY.slice(0, 80);
    assert.ok(cut.endsWith('repairs t'));
    assert.equal(holdsSnippet(cut, STORY), true);
    assert.equal(holdsSnippet(STORY.slice(4, 80), STORY), false);
    assert.equal(holdsSnippet('Fare', STORY), false);
  });

  it('counts passages held and passages kept out', () => {
    const score = scoreSnippets({ with: ['Fares are unchanged', 'Timetable'], without: ['Subscribe now', 'landing stage'] }, STORY);
    assert.deepEqual(score, { held: 1, heldOf: 2, left: 1, leftOf: 2 });
  });
});

describe('pages without a body text in their truth', () => {
  const page = (name: string, text: string | null): EvalPage => {
    const truth: PageTruth = { text, title: null, author: null, date: null, snippets: { with: ['Fares are unchanged'], without: [] } };
    return { suite: 'wcxb', name, url: `http://suite.invalid/${name}.html`, html: '', truth };
  };
  const copier: Extractor = { name: 'copier', run: () => ({ text: STORY, title: null, author: null, date: null, failure: null }) };

  it('are left out of precision, recall and F1, and still have their snippets checked', () => {
    const { summary, pages } = evaluateExtractor(copier, [page('0001', STORY), page('0002', null)], () => {});
    assert.equal(pages[1]!.score, null);
    assert.equal(summary.precision, 1);
    assert.equal(summary.f1, 1);
    assert.equal(summary.bodyPages, 1);
    assert.equal(summary.pages, 2);
    assert.deepEqual(summary.held, { matched: 2, of: 2 });
  });

  it('differ from a page whose truth is empty, which counts every extracted word wrong', () => {
    const { summary } = evaluateExtractor(copier, [page('0001', STORY), page('0002', '')], () => {});
    assert.equal(summary.precision, 0.5);
    assert.equal(summary.bodyPages, 2);
  });
});
