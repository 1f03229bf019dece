import assert from 'node:assert/strict';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { test } from 'node:test';
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
