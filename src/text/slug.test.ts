import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from './slug.ts';

test('English headlines: lowercase words joined by dashes, punctuation gone', () => {
  assert.equal(slugify('Seoul: Parliament Passes the Budget — at Last!', 'en'), 'seoul-parliament-passes-the-budget-at-last');
  assert.equal(slugify("Minister's U-turn on 5% tax", 'en'), 'ministers-u-turn-on-5-tax');
});

test('Latin diacritics are folded to ASCII', () => {
  assert.equal(slugify('Zürich and São Paulo sign Łódź accord; Straße closed', 'en'), 'zurich-and-sao-paulo-sign-lodz-accord-strasse-closed');
});

test('Hindi headlines are romanised without the final inherent vowel', () => {
  assert.equal(slugify('पुतिन ने कहा', 'hi'), 'putin-ne-kaha');
  assert.equal(slugify('नई दिल्ली में भारी बारिश', 'hi'), 'nai-dilli-men-bhari-barish');
  assert.equal(slugify('सियोल: दक्षिण कोरिया की संसद ने प्रस्ताव पारित किया', 'hi'), 'siyol-dakshin-koriya-ki-sansad-ne-prastav-parit-kiya');
});

test('Hindi spelling conventions: nukta letters, anusvara, च and श', () => {
  assert.equal(slugify('ज़िंदगी और फ़िल्म', 'hi'), 'zindagi-aur-film');
  assert.equal(slugify('चुनाव से पहले संबंध', 'hi'), 'chunav-se-pahle-sambandh');
  assert.equal(slugify('राज्य सरकार', 'hi'), 'rajya-sarkar');
});

test('Devanagari digits and mixed-script headlines', () => {
  assert.equal(slugify('ISRO का चंद्रयान-३ मिशन', 'hi'), 'isro-ka-chandrayan-3-mishan');
});

test('Urdu headlines are written in Devanagari, then romanised as Hindi is, instead of giving "article"', () => {
  assert.equal(slugify('لاہور میں کتاب میلہ', 'ur'), 'lahor-min-katab-mila');
  assert.equal(slugify('کراچی: بارش کے بعد 12 پروازیں منسوخ', 'ur'), 'karachi-barash-ke-bad-12-parvazin-mansokh');
  // Short vowels are not written in Urdu, so the slug spells what the letters say; it still names the story.
  assert.equal(slugify('PSL فائنل: لاہور قلندرز جیت گئے', 'ur'), 'psl-fainl-lahor-qalandaraz-jit-gae');
});

test('slugs stop at 80 characters, between words', () => {
  const slug = slugify('Parliament debates the budget again '.repeat(5), 'en');
  assert.ok(slug.length <= 80, slug);
  assert.match(slug, /^parliament-debates-the-budget-again-/);
  assert.doesNotMatch(slug, /-$/);
  assert.equal(slugify('x'.repeat(120), 'en'), 'x'.repeat(80));
});

test('a headline with nothing to keep gives "article"', () => {
  assert.equal(slugify('', 'en'), 'article');
  assert.equal(slugify('🎉 — !!', 'hi'), 'article');
});
