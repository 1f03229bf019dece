import assert from 'node:assert/strict';
import test from 'node:test';
import { devanagariFonts, loadSiteAssets } from '../site/site-assets.ts';
import { loadDeskStylesheet } from './desk-assets.ts';

test("the desk's stylesheet brings the site's Devanagari font, so Hindi reads on machines without one", () => {
  const css = new TextDecoder().decode(loadDeskStylesheet().body);
  const urls = [...css.matchAll(/@font-face \{[^}]*font-family: 'Noto Sans Devanagari';[^}]*src: url\('([^']+)'\)/g)].map((m) => m[1]);
  const served = loadSiteAssets().fonts.map((font) => font.url);
  assert.deepEqual(urls, served, 'the same hashed URLs the site serves the font files at');
  assert.equal(devanagariFonts(), devanagariFonts(), 'the files are read once per process');
  assert.match(css, /font: [^;]*'Noto Sans Devanagari'/, 'and the desk names the family');
});
