/**
 * Feed entries of the kinds wiredesk meets, written for these tests: the
 * sources, people and events are fictional.
 */
import type { Entry } from '../../ingest/entry.ts';

function entry(fields: Partial<Entry> & Pick<Entry, 'title'>): Entry {
  return {
    sourceId: 'test-wire',
    guid: fields.url ?? 'urn:test:1',
    url: null,
    summary: null,
    contentHtml: null,
    published: '2024-11-29T08:30:00+09:00',
    updated: null,
    authors: [],
    categories: [],
    language: null,
    dateline: null,
    byline: null,
    subjects: [],
    geo: null,
    raw: '{}',
    ...fields,
  };
}

/** A Hindi wire story: dateline in the first paragraph, a lead photo, a summary that repeats the opening. */
export const hindiWireStory = entry({
  url: 'https://samachar.example/world/seoul-budget-vote',
  title: 'दक्षिण कोरिया की संसद ने बजट प्रस्ताव को मंज़ूरी दी',
  summary: 'सियोल: दक्षिण कोरिया की संसद ने शुक्रवार को अगले वर्ष के बजट प्रस्ताव को मंज़ूरी दे दी…',
  contentHtml: [
    '<figure><img src="/photos/assembly.jpg" alt="संसद भवन"><figcaption>सियोल में संसद भवन <small>फोटो: वायर</small></figcaption></figure>',
    '<p><strong>सियोल:</strong> दक्षिण कोरिया की संसद ने शुक्रवार को अगले वर्ष के बजट प्रस्ताव को मंज़ूरी दे दी। ',
    'प्रस्ताव के पक्ष में 180 सदस्यों ने मतदान किया।</p>',
    '<p>वित्त मंत्री ने कहा कि बजट में <a href="/tags/education">शिक्षा</a> पर खर्च बढ़ाया गया है।</p>',
    '<script>trackView()</script>',
  ].join('\n'),
  authors: ['वेब डेस्क'],
  language: null,
});

/** A Hindi story whose dateline is a paragraph of its own. */
export const hindiDatelineParagraph = entry({
  url: 'https://samachar.example/national/delhi-rain',
  title: 'दिल्ली में भारी बारिश से जलभराव',
  contentHtml: '<p>नई दिल्ली, 29 नवंबर:</p><p>राजधानी में शुक्रवार सुबह भारी बारिश हुई और कई इलाकों में पानी भर गया।</p>',
  authors: ['रवि कुमार', 'सीमा शर्मा'],
  language: 'hi-IN',
});

/** An English WordPress-style entry: excerpt summary with "[…]" and the "appeared first on" line. */
export const englishBlogEntry = entry({
  url: 'https://harbourtimes.example/2024/11/29/port-strike-ends/',
  title: 'Port strike ends after &#8216;marathon&#8217; talks &amp; a late vote',
  summary:
    '<p>HARBOUR CITY — Dock workers voted late on Thursday to end a nine-day strike that had left dozens of ships waiting offshore [&hellip;]</p>\n<p>The post <a href="https://harbourtimes.example/2024/11/29/port-strike-ends/">Port strike ends</a> appeared first on <a href="https://harbourtimes.example">Harbour Times</a>.</p>',
  contentHtml: [
    '<p>HARBOUR CITY — Dock workers voted late on Thursday to end a nine-day strike that had left dozens of ships waiting offshore.</p>',
    '<h2>What was agreed</h2>',
    '<ul><li>A 6% pay rise</li><li>Shorter night shifts</li></ul>',
    '<blockquote><p>Nobody wanted this to go on.</p>— Ana Lima, union secretary</blockquote>',
    '<p>The post <a href="https://harbourtimes.example/2024/11/29/port-strike-ends/">Port strike ends</a> appeared first on <a href="https://harbourtimes.example">Harbour Times</a>.</p>',
  ].join('\n'),
  authors: ['By Ana Lima', 'Staff'],
  language: 'en-GB',
});

/** A wire entry with a separate standfirst and a capitalised dateline with date and agency. */
export const englishWireWithStandfirst = entry({
  url: 'https://wire.example/asia/seoul-budget',
  title: 'South Korea passes budget',
  summary: 'Lawmakers approve a record spending plan after weeks of deadlock over education funding.',
  contentHtml: '<p>SEOUL, Nov 29 (Wire) - South Korea’s parliament on Friday approved next year’s budget.</p><p>The vote was 180 to 95.</p>',
  authors: ['Min-ji Park', 'Jane Roe'],
});

/** A link-only feed: no content, a plain-text summary, no title, no language. */
export const untitledSummaryOnly = entry({
  url: 'https://notes.example/items/42',
  title: '',
  summary:
    'The city council approved a new cycling plan on Tuesday evening after a long public hearing. Work on the first lanes starts in spring.\n\nResidents can comment until January.',
  authors: [],
});
