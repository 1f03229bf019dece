import assert from 'node:assert/strict';
import test from 'node:test';
import { loadSiteAssets } from '../site/site-assets.ts';
import { loadDeskStylesheet } from './desk-assets.ts';

test("the desk's stylesheet brings the site's Devanagari and Urdu fonts, so Hindi and Urdu read on machines without them", () => {
  const css = new TextDecoder().decode(loadDeskStylesheet().body);
  const faces = [...css.matchAll(/@font-face \{[^}]*font-family: '([^']+)';[^}]*src: url\('([^']+)'\)/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual([...new Set(faces.map(([family]) => family))], ['Noto Sans Devanagari', 'Noto Nastaliq Urdu']);
  const served = new Set(loadSiteAssets().fonts.map((font) => font.url));
  for (const [family, url] of faces) assert.ok(served.has(url!), `${family}: ${url} is a URL the site serves`);
  assert.match(css, /font: [^;]*'Noto Sans Devanagari', 'Noto Nastaliq Urdu'/, 'and the desk names both families');
});

test("the site's own stylesheet names both fonts, each limited to its script, so a page downloads only the one its text needs", () => {
  const css = new TextDecoder().decode(loadSiteAssets().stylesheet.body);
  const ranges = new Map([...css.matchAll(/@font-face \{[^}]*font-family: '([^']+)';[^}]*unicode-range: ([^;]+);/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual([...ranges.keys()], ['Noto Sans Devanagari', 'Noto Nastaliq Urdu']);
  assert.match(ranges.get('Noto Sans Devanagari') ?? '', /^U\+0900-097F/);
  assert.match(ranges.get('Noto Nastaliq Urdu') ?? '', /^U\+0600-06FF/);
  assert.match(css, /font-family: 'Noto Sans Devanagari', 'Noto Nastaliq Urdu'/);
});
