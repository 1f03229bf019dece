import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scorePage, scoreSuite, tokenize } from './body-score.ts';
import { htmlToText } from './html-to-text.ts';
import { authorMatches, dateMatches, titleMatches } from './metadata-match.ts';

const STORY = 'The river ferry at Kelmore resumed service on Tuesday after a week of repairs to its landing stage.';

describe('body-score', () => {
  it('gives an exact copy precision, recall and F1 of 1', () => {
    const page = scorePage(STORY, `  ${STORY.replaceAll(' ', '\n')} `);
    assert.equal(page.precision, 1);
    assert.equal(page.recall, 1);
    assert.equal(scoreSuite([page]).f1, 1);
  });

  it('gives disjoint texts 0', () => {
    const page = scorePage(STORY, 'Subscribe to our newsletter for the latest offers and deals every week.');
    assert.equal(page.precision, 0);
    assert.equal(page.recall, 0);
    assert.equal(scoreSuite([page]).f1, 0);
  });

  it('counts shingles as a multiset: a repeated passage is matched once per time it is true', () => {
    const twice = `${STORY} ${STORY}`;
    const page = scorePage(STORY, twice);
    assert.equal(page.recall, 1);
    // 15 true shingles; the copy has 33 (15 + 3 across the join + 15), of which 15 match.
    assert.equal(page.tp, 15);
    assert.equal(page.fp, 18);
    assert.equal(page.precision, 15 / 33);
  });

  it('scores pages with fewer than four tokens on shorter n-grams', () => {
    const page = scorePage('Kelmore ferry', 'Kelmore ferry resumes');
    assert.equal(page.shingleSize, 2);
    assert.equal(page.recall, 1);
    assert.equal(page.precision, 0.5);
    assert.equal(scorePage('Kelmore', 'ferry').precision, 0);
  });

  it('leaves an empty prediction out of mean precision and counts it as 0 recall', () => {
    const suite = scoreSuite([scorePage(STORY, STORY), scorePage(STORY, '')]);
    assert.equal(suite.precision, 1);
    assert.equal(suite.recall, 0.5);
  });

  it('keeps Devanagari words whole, vowel signs included', () => {
    assert.deepEqual(tokenize('नदी पर नौका सेवा फिर शुरू हुई।'), ['नदी', 'पर', 'नौका', 'सेवा', 'फिर', 'शुरू', 'हुई']);
  });
});

describe('html-to-text', () => {
  it('separates blocks and joins inline elements', () => {
    assert.deepEqual(tokenize(htmlToText('<ul><li>one</li><li>two</li></ul><p>thr<b>ee</b><script>x()</script></p>')), ['one', 'two', 'three']);
  });

  it('numbers the items of an ordered list as the browser shows them, from its start', () => {
    assert.equal(htmlToText('<ol start="3"><li>Cut</li><li>Sand</li></ol><ol><li>Oil</li></ol><ul><li>Wax</li></ul>'), '3. Cut\n4. Sand\n1. Oil\nWax');
  });
});

describe('metadata-match', () => {
  it('matches titles after whitespace normalisation only', () => {
    assert.ok(titleMatches('Ferry  returns\nto Kelmore', ' Ferry returns to Kelmore '));
    assert.ok(!titleMatches('Ferry returns to Kelmore', 'Ferry returns to Kelmore | Kelmore Gazette'));
  });

  it('matches a byline naming the same person, not one sharing a first name', () => {
    assert.ok(authorMatches('Ann B. Lee, Staff Writer', 'By Ann B. Lee'));
    assert.ok(authorMatches('Ravi Kumar and Ann Lee', 'Ann Lee'));
    assert.ok(!authorMatches('Ann Lee', 'Ann Okafor'));
    assert.ok(!authorMatches('Ann Lee', null));
  });

  it('matches dates by calendar day as written in the page zone', () => {
    assert.ok(dateMatches('2025-03-04', '2025-03-04T23:30:00-05:00'));
    assert.ok(!dateMatches('2025-03-04', '2025-03-05T01:00:00+05:30'));
    assert.ok(dateMatches('2025-03-04', 'March 4, 2025 10:00 UTC'));
  });
});
