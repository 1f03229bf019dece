import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictsLanguage, dominantScript } from './script.ts';

test('the dominant script is the one with the most letters', () => {
  assert.equal(dominantScript('मुंबई में Metro की नई लाइन शुरू हुई'), 'Devanagari');
  assert.equal(dominantScript('The Pune–Mumbai line opens (पुणे)'), 'Latin');
  assert.equal(dominantScript('دریا پر نیا پل کھل گیا'), 'Arabic');
  assert.equal(dominantScript('2026 — 14:45'), null);
});

test('a declared language contradicts text in another script only', () => {
  assert.equal(contradictsLanguage('तटीय ज़िलों में भारी बारिश की चेतावनी', 'en'), true);
  assert.equal(contradictsLanguage('तटीय ज़िलों में भारी बारिश की चेतावनी', 'mr'), false, 'same script: the declaration stands');
  assert.equal(contradictsLanguage('Harbour opens a second terminal', 'en'), false);
  assert.equal(contradictsLanguage('Harbour opens a second terminal', 'hi'), true);
  assert.equal(contradictsLanguage('Harbour opens a second terminal', 'xx'), false, 'unknown languages are trusted');
});

/** The patterns counted one script at a time over the text: the definition the single pass must agree with. */
function dominantScriptByPatterns(text: string): string | null {
  const scripts = ['Latin', 'Devanagari', 'Arabic', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Cyrillic', 'Han'];
  const sample = text.slice(0, 4000);
  let best: string | null = null;
  let bestCount = 0;
  for (const script of scripts) {
    const count = sample.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

test('the single pass names the script the patterns name, ties and surrogates included', () => {
  // Letters of each script, marks and digits of none (Inherited, Common), Han and Latin beyond the BMP, lone surrogate halves.
  const pieces = ['a', 'Z', 'é', 'ſ', 'ﬀ', 'क', 'ि', '्', '।', '१', 'ب', '٣', 'ক', 'ਕ', 'ક', 'க', 'ж', '中', '𠀀', '𝐀', '\u{1DF00}', '\ud800', '\udc00', ' ', '1', '\u0301', 'ـ'];
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const length = Math.floor(random() * 30);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    assert.equal(dominantScript(text), dominantScriptByPatterns(text), JSON.stringify(text));
  }
  const long = `${'क'.repeat(3999)}𠀀${'中'.repeat(10)}`;
  assert.equal(dominantScript(long), dominantScriptByPatterns(long), 'a pair cut in two by the sample');
});
