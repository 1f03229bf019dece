import assert from 'node:assert/strict';
import { test } from 'node:test';
import render from 'dom-serializer';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { assertLinearTime } from '../../test/linear-time.ts';
import { parseHtml, parseHtmlWith } from './nesting-limit.ts';

/** The deepest element's depth, counted without recursion (the trees here are deep). */
function depthOf(nodes: readonly AnyNode[]): number {
  let deepest = 0;
  const stack: Array<[AnyNode, number]> = nodes.map((node) => [node, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    deepest = Math.max(deepest, depth);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function elementsNamed(nodes: readonly AnyNode[], name: string): Element[] {
  const found: Element[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === name) found.push(node);
    stack.push(...node.children);
  }
  return found;
}

test('a page within the limit parses exactly as htmlparser2 parses it', () => {
  const html =
    '<!DOCTYPE html><html><head><title>A &amp; B</title><script>if (a < b) x("<div>")</script></head><body><div><p>One<p>Two<br>three</p>' +
    '<ul><li>a<li>b</ul><svg><title>t</title><circle/></svg><form><form><input name=q></form><table><tr><td>c<td>d</table></div></body></html>';
  assert.equal(render(parseHtml(html, 8)), render(parseDocument(html, { decodeEntities: true })));
});

test('elements nested beyond the limit are not opened, and their text is kept', () => {
  const html = `${'<div>'.repeat(10)}deep text${'</div>'.repeat(10)}<p>after</p>`;
  const document = parseHtml(html, 4);
  assert.equal(depthOf(document.children), 4);
  assert.equal(textContent(document), 'deep textafter');
  // The end tags of the elements never opened close the ones that were: what follows is back at the top.
  const [after] = elementsNamed(document.children, 'p');
  assert.equal(after?.parent, document);
});

test('100,000 nested elements parse quickly, at the limit of 2,000', () => {
  const html = `${'<div>'.repeat(100_000)}<span>inside</span>${'</div>'.repeat(100_000)}`;
  const start = process.cpuUsage();
  const document = parseHtml(html);
  assert.ok(cpuMsSince(start) < 1000);
  assert.equal(depthOf(document.children), 2000);
  assert.equal(textContent(document), 'inside');
});

// Each of these got past the scan that used to guess the depth ahead of the parser: the first was found by
// the extract fuzz target (seed 20261206, case 35: 64,399 <ul>s after an <xmp> inside an <svg>, 5 s of
// processor time on a busy machine), the other two by reading the parser's rules.
const DEEP_SHAPES: Record<string, (size: number) => string> = {
  'a self-closing <div/>, which HTML does not close': (size) => `<body>${'<div/>'.repeat(size)}x</body>`,
  'a run of <li><dt><td><option>, none of which closes another': (size) => `<body>${'<li><dt><td><option>'.repeat(size / 4)}x</body>`,
  'tags after an <xmp> inside an <svg>, where it holds no raw text': (size) => `<body><svg><p><xmp></svg>${'<ul>'.repeat(size)}x</body>`,
};

for (const [shape, makeHtml] of Object.entries(DEEP_SHAPES)) {
  test(`nesting through ${shape} is limited too, in linear time`, () => {
    const document = parseHtml(makeHtml(20_000));
    assert.ok(depthOf(document.children) <= 2000);
    assert.ok(textContent(document).endsWith('x'));
    assertLinearTime(shape, parseHtml, makeHtml, 4000);
  });
}

test('a script beyond the limit is still a script: its text never becomes the page text', () => {
  const html = `${'<div>'.repeat(10)}<script>secret()</script><style>p{}</style><title>t</title>words${'</div>'.repeat(10)}`;
  const document = parseHtml(html, 4);
  assert.equal(elementsNamed(document.children, 'script').length, 1);
  assert.equal(elementsNamed(document.children, 'style').length, 1);
  const shallowText = elementsNamed(document.children, 'div').flatMap((div) => div.children).filter((node) => isText(node));
  assert.deepEqual(shallowText.map((node) => textContent(node)), ['words']);
});

test('inside an <svg>, a <script> is an ordinary element and cannot nest past the limit', () => {
  const document = parseHtml(`<svg>${'<script>'.repeat(5000)}x</svg>`);
  assert.ok(depthOf(document.children) <= 2000);
});

test('images and line breaks beyond the limit are kept', () => {
  const document = parseHtml(`${'<div>'.repeat(10)}<img src="a.jpg">one<br>two${'</div>'.repeat(10)}`, 4);
  assert.equal(elementsNamed(document.children, 'img').length, 1);
  assert.equal(elementsNamed(document.children, 'br').length, 1);
});

test('callbacks see the same limited parse', () => {
  let opened = 0;
  let text = '';
  parseHtmlWith(`${'<b>'.repeat(50)}&amp; deep${'</b>'.repeat(50)}`, { onopentag: () => opened++, ontext: (chunk) => (text += chunk) }, 10);
  assert.equal(opened, 10);
  assert.equal(text, '& deep');
});
