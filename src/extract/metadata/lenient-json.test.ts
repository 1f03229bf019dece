import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLenient } from './lenient-json.ts';

test('valid JSON-LD parses as it is, wrappers and all', () => {
  assert.deepEqual(parseLenient('{"headline": "Ferry \\"Nandi\\" returns"}'), { headline: 'Ferry "Nandi" returns' });
  assert.deepEqual(parseLenient('<!--\n{"a": 1}\n-->'), { a: 1 });
  assert.deepEqual(parseLenient('//<![CDATA[\n[{"a": 1}]\n//]]>'), [{ a: 1 }]);
});

test('common template breakage is repaired: trailing commas, raw newlines, unescaped quotes', () => {
  assert.deepEqual(parseLenient('{"keywords": ["a", "b",], "x": 1,}'), { keywords: ['a', 'b'], x: 1 });
  assert.deepEqual(parseLenient('{"headline": "Rain\n\tagain"}'), { headline: 'Rain  again' });
  assert.deepEqual(parseLenient('{"description": "झील किनारे "आकाश दीप" उत्सव नहीं होगा", "author": "सीमा"}'), {
    description: 'झील किनारे "आकाश दीप" उत्सव नहीं होगा',
    author: 'सीमा',
  });
  assert.deepEqual(parseLenient('window.ld = {"a": 1};'), { a: 1 });
});

test('hopeless input gives undefined, never an exception', () => {
  for (const text of ['', '   ', '{"headline": ', 'not json at all', '{"a": tru}', '}{']) {
    assert.equal(parseLenient(text), undefined, text);
  }
});
