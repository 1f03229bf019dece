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

test("the site's own stylesheet names only the Devanagari font: readers never download the Urdu one", () => {
  const css = new TextDecoder().decode(loadSiteAssets().stylesheet.body);
  assert.match(css, /font-family: 'Noto Sans Devanagari'/);
  assert.doesNotMatch(css, /Nastaliq/);
});
