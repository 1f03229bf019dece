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
