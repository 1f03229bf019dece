import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldForSearch, romanKey, romanShadow, searchTokens } from './search-fold.ts';
import { MAX_QUERY_CHARS, parseSearchQuery, wordMatchesTerm } from './search-query.ts';

test('Hindi spelling variants fold to one spelling', () => {
  assert.equal(foldForSearch('हिन्दी'), foldForSearch('हिंदी'));
  assert.equal(foldForSearch('सम्बन्ध'), 'संबंध');
  assert.equal(foldForSearch('ज़मीन'), 'जमीन');
  assert.equal(foldForSearch('\u095b\u092e\u0940\u0928'), 'जमीन', 'the precomposed nukta letter too');
  assert.equal(foldForSearch('हँसी'), 'हंसी');
  assert.equal(foldForSearch('क्\u200dष'), 'क्ष', 'a zero-width joiner goes');
  assert.equal(foldForSearch('Política'), 'política');
  assert.equal(foldForSearch('كتاب علي'), 'کتاب علی', 'Arabic kaf and yeh become the Urdu ones');
  const once = foldForSearch('तेज़ भूकम्प हिन्दी');
  assert.equal(foldForSearch(once), once, 'folding is idempotent');
});

test('a Devanagari word is one token, vowel signs and virama included', () => {
  assert.deepEqual(searchTokens('भूकंप, प्रधानमंत्री (हिंदी) "x*"'), ['भूकंप', 'प्रधानमंत्री', 'हिंदी', 'x']);
});

test('romanised spellings and the romanised Devanagari meet at one key', () => {
  const pairs: [string, string][] = [
    ['bhukamp', 'भूकंप'],
    ['bhookamp', 'भूकम्प'],
    ['modi', 'मोदी'],
    ['hindi', 'हिन्दी'],
    ['zameen', 'ज़मीन'],
    ['dilli', 'दिल्ली'],
    ['krishna', 'कृष्णा'],
    ['shahar', 'शहर'],
  ];
  for (const [latin, devanagari] of pairs) assert.equal(romanKey(latin), romanShadow(foldForSearch(devanagari)), `${latin} / ${devanagari}`);
  assert.notEqual(romanKey('modi'), romanShadow('मीडिया'));
  assert.equal(romanKey('123'), '');
  assert.equal(romanShadow('Modi और भूकंप'), 'aur bhukanp', 'Latin words are not in the shadow');
});

test('a query becomes folded terms; syntax characters are word breaks; long queries are cut', () => {
  assert.deepEqual(parseSearchQuery('"भूकम्प" NEAR(modi*) -x:').terms, [
    { text: 'भूकंप', roman: null },
    { text: 'near', roman: 'near' },
    { text: 'modi', roman: 'modi' },
    { text: 'x', roman: 'ks' },
  ]);
  assert.deepEqual(parseSearchQuery('   "*()-:  ').terms, []);
  const long = parseSearchQuery(`${'a'.repeat(MAX_QUERY_CHARS - 2)} bhukamp`);
  assert.equal(long.truncated, true);
  assert.deepEqual(long.terms.map((t) => t.text), ['a'.repeat(MAX_QUERY_CHARS - 2)], 'the word cut in half is dropped');
  assert.equal(parseSearchQuery('modi', { romanised: false }).terms[0]?.roman, null);
});

test('highlighting finds the words a term matched', () => {
  const [term] = parseSearchQuery('bhukamp').terms;
  assert.ok(wordMatchesTerm('भूकंप', term!));
  assert.ok(!wordMatchesTerm('कंपनी', term!));
  const [election] = parseSearchQuery('elections').terms;
  assert.ok(wordMatchesTerm('Election', election!));
  assert.ok(!wordMatchesTerm('elect', parseSearchQuery('electricity').terms[0]!));
});
