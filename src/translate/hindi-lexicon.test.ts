import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hindiLexicon, parseAttAnalyser, parseHunspellWords } from './hindi-lexicon.ts';

/**
 * A transducer in lt-print's AT&T form, two sections as apertium-hin's file
 * has them: punctuation, then words. मेला and मेले share a prefix; the
 * multiword `मेला लगा` must not come out as a word; state 9 loops back.
 */
const ATT = [
  '0\t1\t.\t.\t0.000000',
  '0\t1\t।\t।\t0.000000',
  '1\t2\t@0@\t<sent>\t0.000000',
  '2\t0.000000',
  '--',
  '0\t1\tम\tम\t0.000000',
  '1\t2\tे\tे\t0.000000',
  '2\t3\tल\tल\t0.000000',
  '3\t4\tा\tा\t0.000000',
  '3\t5\tे\tा\t0.000000',
  '4\t6\t@0@\t<n>\t0.000000',
  '5\t7\t@0@\t<n>\t0.000000',
  '6\t8\t@0@\t<m><sg><nom>\t0.000000',
  '7\t8\t@0@\t<m><sg><obl>\t0.000000',
  '7\t8\t@0@\t<m><pl><nom>\t0.000000',
  '4\t10\t \t \t0.000000',
  '10\t11\tल\tल\t0.000000',
  '11\t8\tग\tग\t0.000000',
  '0\t9\t१\t१\t0.000000',
  '9\t9\t१\t१\t0.000000',
  '9\t8\t@0@\t<num>\t0.000000',
  '8\t0.000000',
  '',
].join('\n');

test('the analyser text gives each single-word surface form with its analyses, across sections', () => {
  const analyses = parseAttAnalyser(ATT);
  assert.deepEqual(analyses.get('मेला'), ['मेला<n><m><sg><nom>']);
  assert.deepEqual(analyses.get('मेले'), ['मेला<n><m><sg><obl>', 'मेला<n><m><pl><nom>']);
  assert.deepEqual(analyses.get('।'), ['।<sent>']);
  assert.equal(analyses.has('मेला लग'), false, 'a multiword is no single word');
  assert.deepEqual(analyses.get('१'), ['१<num>'], 'a loop is walked without running forever');
});

test('a hunspell word list loses its count line and affix flags', () => {
  assert.deepEqual(parseHunspellWords('3\nमेला\nकैंसर/S\n\nदो शब्द\n'), ['मेला', 'कैंसर']);
  assert.deepEqual(parseHunspellWords('मेला\n'), ['मेला'], 'a list without the count line');
});

test('the lexicon knows a word from either source and lists each spelling once', () => {
  const lexicon = hindiLexicon(parseAttAnalyser(ATT), ['मेला', 'कैंसर'], ['apertium-hin', 'hunspell-hi']);
  assert.ok(lexicon.knows('मेले'));
  assert.ok(lexicon.knows('कैंसर'));
  assert.equal(lexicon.knows('मीला'), false);
  assert.deepEqual(lexicon.analyses('कैंसर'), [], 'the word list has no tags');
  const words = [...lexicon.words()];
  assert.equal(words.filter((w) => w === 'मेला').length, 1);
  assert.ok(words.includes('कैंसर') && words.includes('मेले'));
});
