import assert from 'node:assert/strict';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { test } from 'node:test';
import { assertLinearTime } from '../../test/linear-time.ts';
import { limitNesting } from './nesting-limit.ts';

test('a page within the limit comes back unchanged', () => {
  const html = '<html><body><div><p>One</p><p>Two<br>three</p><ul><li>a<li>b</ul></div></body></html>';
  assert.equal(limitNesting(html, 4), html);
});

test('tags nested beyond the limit are dropped and their text kept', () => {
  const html = `${'<div>'.repeat(10)}deep text${'</div>'.repeat(10)}<p>after</p>`;
  const limited = limitNesting(html, 4);
  assert.equal(limited, `${'<div>'.repeat(4)}deep text${'</div>'.repeat(4)}<p>after</p>`);
});

test('unclosed paragraphs and list items do not count as nesting', () => {
  const html = `<div>${'<p>para'.repeat(50)}${'<li>item'.repeat(50)}</div>`;
  assert.equal(limitNesting(html, 2), html);
});

test('tag-like text inside a script is not counted', () => {
  const html = `<div><script>var s = "${'<div>'.repeat(20)}";</script><div><p>text</p></div></div>`;
  assert.equal(limitNesting(html, 3), html);
});

test('100,000 nested elements are flattened quickly', () => {
  const html = `${'<div>'.repeat(100_000)}<p>inside</p>${'</div>'.repeat(100_000)}`;
  const start = process.cpuUsage();
  const limited = limitNesting(html);
  assert.ok(cpuMsSince(start) < 500);
  assert.ok(limited.includes('<p>inside</p>'));
  assert.ok(limited.length < html.length / 10);
});

test('a start tag that never ends costs linear time, however long its name', () => {
  // Found by the html-bytes fuzz target (seed 20261206, case 427): a UTF-16 page cut at an odd byte decoded
  // to 90,000 characters of CJK without a ">" after "</u", whose "name" ran 64,000 characters. The tag
  // pattern tried every split of the name between the name and the attributes, each to the end of the page:
  // minutes of processor time.
  const deepEnough = '<b>'.repeat(2001);
  assertLinearTime('long name, no ">"', limitNesting, (size: number) => `${deepEnough}</u${'x'.repeat(size)}`, 5000);
});

test('many start tags without a ">" after them cost linear time', () => {
  // Each "<a" looked for its ">" to the end of the page, and there was none.
  assertLinearTime('"<a " repeated', limitNesting, (size: number) => `${'<b>'.repeat(2001)}${'<a '.repeat(size)}`, 2000);
});

test('what comes after the last ">" is kept as it was', () => {
  const tail = `<a${'x'.repeat(50)} <b`;
  const html = `${'<div>'.repeat(6)}deep${'</div>'.repeat(6)}${tail}`;
  assert.equal(limitNesting(html, 4), `${'<div>'.repeat(4)}deep${'</div>'.repeat(4)}${tail}`);
});

/** The pattern the scan follows (see nextTag), run the slow way, as the reference. */
function limitNestingByPattern(html: string, maxDepth: number): string {
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gu;
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
  const runs = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup']);
  const raw = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let rawUntil: string | null = null;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (rawUntil !== null) {
      if (closing && name === rawUntil) {
        rawUntil = null;
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (voids.has(name) || runs.has(name) || match[3] === '/') continue;
    if (!closing && raw.has(name)) rawUntil = name;
    const tooDeep = closing ? depth > maxDepth : depth >= maxDepth;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (!tooDeep || rawUntil !== null) continue;
    parts.push(html.slice(last, match.index));
    last = match.index + match[0].length;
  }
  if (last === 0) return html;
  parts.push(html.slice(last));
  return parts.join('');
}

test('the scan finds the tags the pattern finds: odd names, slashes, spaces, unclosed tags', () => {
  // Pieces chosen for the edges of the pattern: `</ x>`, `<1>`, names ending in a Unicode space, `/` before `>`.
  const pieces = ['<div>', '</div>', '<div/>', '<div />', '<br/ >', '</ div>', '<1>', '< p>', '<a<b>', '<div\u00a0x>', '<DIV\u3000>', '<span\u2028/>',
    '<script>', '</script>', '<SCRIPT type=x>', '</scriptx>', '<p>', '<li>', 'text', '>', '<', '/', '<x-y z="a/>b">', '<title>', '</TITLE >', '<img src=a/>',
    '<div', '<\ud83d\ude00>', '<a\ud83d\ude00>'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 3000; round++) {
    let html = '';
    const length = 1 + Math.floor(random() * 40);
    for (let i = 0; i < length; i++) html += pieces[Math.floor(random() * pieces.length)];
    const depth = 1 + Math.floor(random() * 4);
    assert.equal(limitNesting(html, depth), limitNestingByPattern(html, depth), `depth ${depth}: ${JSON.stringify(html)}`);
  }
});
