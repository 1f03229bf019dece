import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOTICE_TEXT, NOTICE_WORD } from './boilerplate-patterns.ts';

/** One wording of each kind NOTICE_TEXT knows, in English and Hindi. */
const NOTICES = [
  'Adblock detected: please allow ads on this site',
  'We noticed you are using an ad-blocker; disable it to continue',
  'Please turn off your adblock',
  'एड ब्लॉकर बंद करें',
  'ऐडब्लॉकर हटाएँ',
  'Sign up for our morning newsletter',
  'Our newsletter lands in your inbox at six',
  'हमारा न्यूज़लेटर पाएँ',
  'Get the Harbour app',
  'ऐप डाउनलोड करें',
  'एप डाउनलोड करें',
  'This website uses cookies to improve your visit',
  'Accept all cookies',
  'यह साइट कुकीज़ का उपयोग करती है',
  'This story has not been edited by our staff',
  'Published from a syndicated feed',
  'Auto-generated from a wire service',
  'यह ख़बर सिंडिकेटेड फ़ीड से प्रकाशित हुई है',
  'इसे स्टाफ़ द्वारा संपादित नहीं किया गया है',
  'स्टाफ ने कोई बदलाव नहीं किया',
  'यह ख़बर फ़ीड से ली गई है',
  'Please consider supporting local reporting',
  'Support our journalism',
  'Follow us on Mastodon',
  'Follow me on my photo blog',
  'Join our channel on WhatsApp',
  'हमारा व्हाट्सएप चैनल',
  'हमें फॉलो करें',
  'Click here to subscribe',
  'Subscribe to get the latest posts sent to your email.',
  'Read more of this content when you subscribe today.',
  'The best of the Harbour Times, delivered to your inbox every morning',
  'This story is funded by readers like you',
  'Your one-off or monthly donations play a crucial role in keeping our newsroom open.',
  'Fill out the form below or email us your questions.',
  'Fill out the form to get a copy of our planting guide',
  'The free weekly Harbour Insider email brings the port news first. Subscribe here.',
];

test('every notice wording holds one of the words that rule the notice check in', () => {
  // Blocks are matched after NFC normalisation (ड़ and फ़ as base letter and nukta), as the cleaning step sees them.
  for (const notice of NOTICES.map((n) => n.normalize('NFC'))) {
    assert.ok(NOTICE_TEXT.test(notice), `NOTICE_TEXT knows "${notice}"`);
    assert.ok(NOTICE_WORD.test(notice), `NOTICE_WORD lets "${notice}" through to NOTICE_TEXT`);
  }
});

test('ordinary prose is ruled out by the cheap check', () => {
  assert.equal(NOTICE_WORD.test('The harbour board reopened the bridge on Monday after a year of repairs.'), false);
  assert.equal(NOTICE_WORD.test('बंदरगाह बोर्ड ने सोमवार को पुल फिर खोल दिया।'), false);
});
