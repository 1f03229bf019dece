import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSearchQuery } from '../text/search-query.ts';
import { searchSnippet, snippetHtml } from './search-snippet.ts';

test('marks the matched words, variants and romanised matches included, and escapes the rest', () => {
  const html = snippetHtml(searchSnippet('नेपाल में <b>भूकम्प</b> & हिन्दी "खबर"', parseSearchQuery('bhukamp हिंदी').terms));
  assert.equal(html, 'नेपाल में &lt;b&gt;<mark>भूकम्प</mark>&lt;/b&gt; &amp; <mark>हिन्दी</mark> &quot;खबर&quot;');
});

test('shows a window around the first match of a long text, cut at words', () => {
  const text = `${'filler words here '.repeat(30)}the flood came ${'and more words '.repeat(30)}`;
  const parts = searchSnippet(text, parseSearchQuery('floods').terms, 120);
  const plain = parts.map((p) => p.text).join('');
  assert.ok(plain.startsWith('…') && plain.endsWith('…'), plain);
  assert.ok(plain.length <= 125, `${plain.length}`);
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ['flood']);
  assert.match(plain, /^… ?\S/);
});

test('without a match in the text, the opening of the text', () => {
  const parts = searchSnippet('Short body.', parseSearchQuery('headline').terms);
  assert.deepEqual(parts, [{ text: 'Short body.', mark: false }]);
});
