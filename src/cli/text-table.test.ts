import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable, terminalText } from './text-table.ts';

test('escape sequences, C1 controls, line breaks and bidi overrides never reach the terminal', () => {
  assert.equal(terminalText('red \u001b[31malert\u001b[0m'), 'red  [31malert [0m');
  assert.equal(terminalText('csi \u009b2J clear'), 'csi  2J clear');
  assert.equal(terminalText('two\nlines\tand\r\nmore'), 'two lines and more');
  assert.equal(terminalText('abc \u202Efed\u202C \u2067rtl\u2069 \u200Fmark'), 'abc  fed   rtl   mark');
  assert.equal(terminalText('हिंदी ज़\u200Dरूर'), 'हिंदी ज़\u200Dरूर', 'a zero-width joiner shapes Devanagari and stays');
  const table = formatTable(['a', 'b'], [['x\u001b]0;title\u0007', 'y']]);
  assert.ok(!/[\u0000-\u001f\u007f-\u009f]/u.test(table.replace(/\n/gu, '')));
  assert.equal(table.split('\n').length, 2);
});
