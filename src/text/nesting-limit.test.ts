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
