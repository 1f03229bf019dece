import assert from 'node:assert/strict';
import { test } from 'node:test';
import { terminalJson, terminalLines } from './terminal-text.ts';
import { terminalText } from './text-table.ts';

test('lines keep their breaks and lose escape sequences, carriage returns and C1 controls', () => {
  assert.equal(terminalLines('one \u001b]0;title\u0007\ntwo\r\nthree \u009b2J'), 'one  ]0;title \ntwo \nthree  2J');
});

test('JSON keeps every character, escaping those JSON.stringify leaves raw', () => {
  const value = { title: 'a\u0085b\u2028c\u202ed\u009be\u007f', n: 1 };
  const line = terminalJson(value);
  assert.equal(line, '{"title":"a\\u0085b\\u2028c\\u202ed\\u009be\\u007f","n":1}');
  assert.deepEqual(JSON.parse(line), value);
  const indented = terminalJson(value, 2);
  assert.deepEqual(JSON.parse(indented), value);
  assert.match(indented, /^\{\n {2}"title": "a\\u0085b/);
});

test('every character a table cell would lose, JSON writes as an escape', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (terminalText(`a${char}b`) === `a${char}b`) continue;
    const json = terminalJson(char);
    assert.ok(!json.includes(char), `U+${code.toString(16).padStart(4, '0')} stays raw in JSON`);
    assert.equal(JSON.parse(json), char);
  }
});
