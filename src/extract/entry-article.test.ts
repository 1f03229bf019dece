import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Entry } from '../ingest/entry.ts';
import { articleFromEntry } from './entry-article.ts';
import { loadLanguageDetector } from '../text/language.ts';
import {
  englishBlogEntry,
  englishWireWithStandfirst,
  hindiDatelineParagraph,
  hindiWireStory,
  untitledSummaryOnly,
} from './testdata/sample-entries.ts';

const auto = { language: null, siteName: 'Samachar' };

before(async () => {
  await loadLanguageDetector();
});

test('Hindi wire story: dateline out of the body, language detected, lead photo as image', () => {
  const article = articleFromEntry(hindiWireStory, auto);
  assert.equal(article.headline, 'दक्षिण कोरिया की संसद ने बजट प्रस्ताव को मंज़ूरी दी');
  assert.equal(article.lang, 'hi');
  assert.equal(article.dateline, 'सियोल');
  assert.equal(article.text.split('\n\n')[0], 'दक्षिण कोरिया की संसद ने शुक्रवार को अगले वर्ष के बजट प्रस्ताव को मंज़ूरी दे दी। प्रस्ताव के पक्ष में 180 सदस्यों ने मतदान किया।');
  assert.ok(!article.text.includes('सियोल:'));
  assert.ok(!article.text.includes('trackView'));
  // The summary only repeats the opening, so there is no standfirst.
  assert.equal(article.standfirst, null);
  assert.equal(article.image?.src, 'https://samachar.example/photos/assembly.jpg');
  assert.equal(article.image?.credit, 'फोटो: वायर');
  assert.equal(article.blocks[0]?.type, 'figure', 'the lead photo stays in the body');
  assert.equal(article.byline, 'वेब डेस्क');
  assert.equal(article.siteName, 'Samachar');
  assert.equal(article.url, hindiWireStory.url);
  assert.equal(article.canonicalUrl, hindiWireStory.url);
  assert.equal(article.published, '2024-11-29T08:30:00+09:00');
  assert.equal(article.text, article.text.normalize('NFC'));
});

test('Hindi dateline as a paragraph of its own is removed with its paragraph; feed language wins', () => {
  const article = articleFromEntry(hindiDatelineParagraph, auto);
  assert.equal(article.dateline, 'नई दिल्ली');
  assert.equal(article.lang, 'hi');
  assert.equal(article.blocks.length, 1);
  assert.ok(article.text.startsWith('राजधानी में'));
  assert.equal(article.byline, 'रवि कुमार और सीमा शर्मा');
});

test('English blog entry: entities decoded in the headline, boilerplate and repeated excerpt dropped', () => {
  const article = articleFromEntry(englishBlogEntry, auto);
  assert.equal(article.headline, 'Port strike ends after ‘marathon’ talks & a late vote');
  assert.equal(article.lang, 'en');
  assert.equal(article.dateline, 'HARBOUR CITY');
  assert.equal(article.standfirst, null);
  assert.deepEqual(
    article.blocks.map((block) => block.type),
    ['paragraph', 'heading', 'list', 'quote'],
  );
  assert.ok(!article.text.includes('appeared first on'));
  assert.ok(article.text.startsWith('Dock workers voted'));
  const quote = article.blocks[3];
  assert.equal(quote?.type === 'quote' ? quote.cite : null, 'Ana Lima, union secretary');
  assert.equal(article.byline, 'Ana Lima');
  assert.equal(article.image, null);
});

test('a summary that says something new becomes the standfirst', () => {
  const article = articleFromEntry(englishWireWithStandfirst, auto);
  assert.equal(article.standfirst, 'Lawmakers approve a record spending plan after weeks of deadlock over education funding.');
  assert.equal(article.dateline, 'SEOUL');
  assert.equal(article.text, 'South Korea’s parliament on Friday approved next year’s budget.\n\nThe vote was 180 to 95.');
  assert.equal(article.byline, 'Min-ji Park and Jane Roe');
});

test('the configured language overrides the feed and detection', () => {
  const article = articleFromEntry({ ...englishWireWithStandfirst, language: 'fr' }, { language: 'en', siteName: null });
  assert.equal(article.lang, 'en');
  assert.equal(article.siteName, null);
});

test('an English headline kept over a Hindi body is marked as English', () => {
  const keptHeadline = {
    ...englishWireWithStandfirst,
    language: 'hi',
    title: 'Fourteen Nations Sign Pact To Cut Port Emissions',
    summary: null,
    contentHtml: '<p>सियोल: चौदह देशों ने बंदरगाहों में जहाज़ों से होने वाले उत्सर्जन में कटौती पर सहमति जताई।</p>',
  };
  const article = articleFromEntry(keptHeadline, auto);
  assert.equal(article.lang, 'hi');
  assert.equal(article.headlineLang, 'en');
  assert.equal(articleFromEntry({ ...keptHeadline, title: 'चौदह देशों का समझौता' }, auto).headlineLang, null);
});

test('a feed-wide language that the text plainly contradicts is overruled by detection', () => {
  const hindiInEnglishFeed = {
    ...englishWireWithStandfirst,
    language: 'en',
    title: 'तटीय ज़िलों में भारी बारिश की चेतावनी',
    summary: null,
    contentHtml: '<p>मौसम विभाग ने अगले दो दिनों के लिए तटीय ज़िलों में भारी बारिश की चेतावनी जारी की है।</p>',
  };
  assert.equal(articleFromEntry(hindiInEnglishFeed, auto).lang, 'hi');
  assert.equal(articleFromEntry({ ...hindiInEnglishFeed, language: 'mr' }, auto).lang, 'mr', 'same script: the feed is trusted');
});

test('no title: the headline is the first sentence; a plain-text summary becomes the body', () => {
  const article = articleFromEntry(untitledSummaryOnly, auto);
  assert.equal(article.headline, 'The city council approved a new cycling plan on Tuesday evening after a long public hearing.');
  assert.equal(article.blocks.length, 2);
  assert.equal(article.standfirst, null, 'the summary is the body, not a standfirst');
  assert.equal(article.lang, 'en');
  assert.equal(article.byline, null);
});

test('a long standfirst is cut at a word boundary near 300 characters', () => {
  const long = 'Lawmakers debated the plan for hours '.repeat(20);
  const article = articleFromEntry({ ...englishWireWithStandfirst, summary: long }, auto);
  assert.ok(article.standfirst !== null && article.standfirst.length <= 300);
  assert.ok(article.standfirst?.endsWith('hours…'), article.standfirst ?? '');
});

test('an untitled entry with a long first sentence gets a headline of about 100 characters', () => {
  const sentence = `${'Residents of the old quarter '.repeat(8)}gathered.`;
  const article = articleFromEntry({ ...untitledSummaryOnly, summary: sentence }, auto);
  assert.ok(article.headline.length <= 100);
  assert.ok(article.headline.endsWith('…'));
});

test('a title in HTML loses its tags; a heading repeating it is dropped from the body', () => {
  const entry: Entry = {
    ...englishWireWithStandfirst,
    title: '<b>South Korea</b> passes budget',
    contentHtml: '<h1>South Korea passes budget</h1><p>The vote was 180 to 95.</p>',
  };
  const article = articleFromEntry(entry, auto);
  assert.equal(article.headline, 'South Korea passes budget');
  assert.deepEqual(article.blocks.map((block) => block.type), ['paragraph']);
});

test('empty content falls back to the summary; unknown language gives "und"', () => {
  const entry: Entry = { ...untitledSummaryOnly, title: '12345', contentHtml: '<p> </p><script>x()</script>', summary: '!!!' };
  const article = articleFromEntry(entry, auto);
  assert.equal(article.text, '!!!');
  assert.equal(article.lang, 'und');
});
