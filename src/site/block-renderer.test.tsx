import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block } from '../extract/article.ts';
import { ArticleBody, outlineLevels } from './block-renderer.tsx';

const heading = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, content: [{ kind: 'text', text }] });
const paragraph: Block = { type: 'paragraph', content: [{ kind: 'text', text: 'पाठ' }] };

test('body headings start at h2 and never skip a level under the headline', () => {
  const blocks = [paragraph, heading(3, 'ऐसे हुए गोल'), paragraph, heading(4, 'दूसरा हाफ़'), heading(2, 'आगे क्या'), heading(4, 'टिकट')];
  const levels = [...outlineLevels(blocks).values()];
  assert.deepEqual(levels, [2, 3, 2, 3]);
});

test('an outline that is already right is kept', () => {
  const blocks = [heading(2, 'a'), heading(3, 'b'), heading(3, 'c'), heading(2, 'd')];
  assert.deepEqual([...outlineLevels(blocks).values()], [2, 3, 3, 2]);
});

test('a table renders with its caption, a head of header rows, spans and escaped text', async () => {
  const cell = (text: string, header = false, colspan = 1) => ({ header, content: [{ kind: 'text' as const, text }], colspan, rowspan: 1 });
  const table: Block = {
    type: 'table',
    caption: [{ kind: 'text', text: 'Seats' }],
    rows: [[cell('Party', true), cell('2026', true, 2)], [cell('<script>x</script>'), cell('12'), cell('+3')]],
  };
  const html = String(await (<ArticleBody blocks={[table]} dateline={null} />));
  assert.match(html, /<caption>Seats<\/caption>/u);
  assert.match(html, /<thead><tr><th scope="col">Party<\/th><th scope="col" colspan="2">2026<\/th><\/tr><\/thead>/u);
  assert.match(html, /<tbody><tr><td>&lt;script&gt;x&lt;\/script&gt;<\/td><td>12<\/td><td>\+3<\/td><\/tr><\/tbody>/u);
});

test('an ordered list that starts past 1 keeps its first number; one from 1 has no start', async () => {
  const items = [[{ kind: 'text' as const, text: 'Sand' }]];
  const html = String(await (<ArticleBody blocks={[{ type: 'list', ordered: true, start: 4, items }, { type: 'list', ordered: true, items }]} dateline={null} />));
  assert.match(html, /<ol start="4"><li>Sand<\/li><\/ol><ol><li>Sand<\/li><\/ol>/u);
});

test('a nested list renders inside its item, numbered on its own; the outer list goes on counting after it', async () => {
  const item = (text: string) => [{ kind: 'text' as const, text }];
  const list: Block = {
    type: 'list',
    ordered: true,
    items: [item('Cut'), item('rough'), item('Sand'), item('fine'), item('Oil')],
    places: [
      { depth: 0, number: 1 },
      { depth: 1, number: null },
      { depth: 0, number: 2 },
      { depth: 1, number: 5 },
      { depth: 0, number: 9 },
    ],
  };
  const html = String(await (<ArticleBody blocks={[list]} dateline={null} />));
  assert.match(html, /<ol><li>Cut<ul><li>rough<\/li><\/ul><\/li><li>Sand<ol start="5"><li>fine<\/li><\/ol><\/li><li value="9">Oil<\/li><\/ol>/u);
});

test('a list nested in an item without text of its own hangs from an empty item', async () => {
  const item = (text: string) => [{ kind: 'text' as const, text }];
  const list: Block = { type: 'list', ordered: true, items: [item('note'), item('Sand')], places: [{ depth: 1, number: null }, { depth: 0, number: 2 }] };
  const html = String(await (<ArticleBody blocks={[list]} dateline={null} />));
  assert.match(html, /<ol><li><ul><li>note<\/li><\/ul><\/li><li>Sand<\/li><\/ol>/u);
});

void describe('the dateline', () => {
  const figure: Block = { type: 'figure', src: 'https://img.example/a.jpg', alt: 'Harbour', caption: [], credit: null };
  const lead: Block = { type: 'paragraph', content: [{ kind: 'text', text: 'A magnitude 6.4 earthquake struck.' }] };

  void test('runs into the first paragraph, also past a picture that opens the body', async () => {
    for (const blocks of [[lead], [figure, lead]]) {
      const html = String(await (<ArticleBody blocks={blocks} dateline="TOKYO" />));
      assert.match(html, /<p><strong class="dateline">TOKYO:<\/strong> A magnitude 6\.4 earthquake struck\.<\/p>/u);
      assert.ok(!html.includes('dateline-line'), 'not on a line of its own');
    }
  });

  void test('stands on its own line only when the text opens with something else', async () => {
    const html = String(await (<ArticleBody blocks={[heading(2, 'Live'), lead]} dateline="सियोल" />));
    assert.match(html, /^<div class="article-body"><p class="dateline-line"><strong class="dateline">सियोल:<\/strong><\/p><h2>Live<\/h2><p>A magnitude/u);
  });
});
