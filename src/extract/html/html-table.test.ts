import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, TableCell } from '../article.ts';
import { blocksToText } from './block-text.ts';
import { htmlToBlocks } from './html-sanitizer.ts';
import { inlinesToText } from './inline-normalize.ts';

const BASE = 'https://news.example/2026/results.html';

function onlyTable(html: string): Extract<Block, { type: 'table' }> {
  const blocks = htmlToBlocks(html, { baseUrl: BASE });
  const tables = blocks.filter((block) => block.type === 'table');
  assert.equal(tables.length, 1, `expected one table in ${JSON.stringify(blocks)}`);
  return tables[0] as Extract<Block, { type: 'table' }>;
}

const cellTexts = (row: TableCell[]) => row.map((cell) => inlinesToText(cell.content));

test('a results table keeps its caption, head, rows and spans', () => {
  const table = onlyTable(`
    <table>
      <caption>Vote share by party</caption>
      <thead><tr><th>Party</th><th colspan="2">Seats 2026</th></tr></thead>
      <tbody>
        <tr><td>Janata Front</td><td>112</td><td>+<b>14</b></td></tr>
        <tr><th>Lok Manch</th><td rowspan="9999">87</td><td>−3</td></tr>
      </tbody>
    </table>`);
  assert.equal(inlinesToText(table.caption), 'Vote share by party');
  assert.deepEqual(table.rows.map(cellTexts), [['Party', 'Seats 2026'], ['Janata Front', '112', '+14'], ['Lok Manch', '87', '−3']]);
  assert.deepEqual(table.rows[0]!.map((cell) => cell.header), [true, true]);
  assert.equal(table.rows[0]![1]!.colspan, 2);
  assert.equal(table.rows[2]![0]!.header, true, 'a <th> in the body is a row header');
  assert.equal(table.rows[2]![1]!.rowspan, 50, 'absurd spans are capped');
});

test('links in cells are made absolute; scripts and handlers in cells vanish', () => {
  const table = onlyTable(
    '<table><tr><td><a href="/teams/rovers" onclick="steal()">Rovers</a></td><td><script>alert(1)</script>3</td></tr></table>',
  );
  assert.deepEqual(table.rows[0]![0]!.content, [{ kind: 'link', href: 'https://news.example/teams/rovers', children: [{ kind: 'text', text: 'Rovers' }] }]);
  assert.equal(inlinesToText(table.rows[0]![1]!.content), '3');
});

test('the plain text has a row a line', () => {
  const blocks = htmlToBlocks('<p>Before.</p><table><tr><th>दल</th><th>सीटें</th></tr><tr><td>क</td><td>12</td></tr></table>', { baseUrl: null });
  assert.equal(blocksToText(blocks), 'Before.\n\nदल | सीटें\nक | 12');
});

test('presentational and single-column tables are layout: their text reads as paragraphs', () => {
  for (const html of [
    '<table role="presentation"><tr><td>Left</td><td>Right</td></tr></table>',
    '<table><tr><td>One box</td></tr><tr><td>Another box</td></tr></table>',
  ]) {
    const blocks = htmlToBlocks(html, { baseUrl: null });
    assert.deepEqual(blocks.map((block) => block.type), ['paragraph', 'paragraph'], html);
  }
});

test('a table holding a table is layout; the inner data table is kept', () => {
  const html = '<table><tr><td><table><tr><td>Inner</td><td>cell</td></tr></table></td><td>Outer</td></tr></table>';
  const blocks = htmlToBlocks(html, { baseUrl: null });
  assert.deepEqual(blocks.map((block) => block.type), ['table', 'paragraph']);
  assert.equal(blocksToText(blocks), 'Inner | cell\n\nOuter');
});

test('an image in a cell follows the table as a figure', () => {
  const blocks = htmlToBlocks('<table><tr><td>Crest</td><td><img src="/crest.png" width="300" height="200"></td></tr></table>', { baseUrl: BASE });
  assert.deepEqual(blocks.map((block) => block.type), ['table', 'figure']);
});

test('empty tables vanish', () => {
  assert.deepEqual(htmlToBlocks('<table><tr><td> </td><td></td></tr><tr><td></td><td></td></tr></table>', { baseUrl: null }), []);
});
