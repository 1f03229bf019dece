import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from './article.ts';
import { articleFromEntryAndPage, feedTextLooksTruncated } from './entry-page-article.ts';
import type { Entry } from '../ingest/entry.ts';
import { cleanArticle, feedEntry } from '../store/test-records.ts';

const entry = (summary: string): Entry =>
  feedEntry('harbour', 'hg-1', { url: 'https://harbour.example/dock', title: 'Dry dock approved', summary, contentHtml: null, published: '2026-11-27T04:30:00.000Z', authors: [] });

const article = (text: string, extra: Partial<Article> = {}): Article =>
  cleanArticle('Dry dock approved', {
    published: null,
    blocks: text.split('\n\n').map((paragraph) => ({ type: 'paragraph', content: [{ kind: 'text', text: paragraph }] })),
    text,
    ...extra,
  });

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('a short feed text or one cut with an ellipsis or a "read more" is not the story', () => {
  assert.equal(feedTextLooksTruncated(entry('The board approved a dock.'), article('The board approved a dock.')), true);
  const long = words(200);
  assert.equal(feedTextLooksTruncated(entry(long), article(long)), false);
  assert.equal(feedTextLooksTruncated(entry(`${long} …`), article(long)), true);
  assert.equal(feedTextLooksTruncated(entry(`<p>${long}</p><p><a href="/x">Read more »</a></p>`), article(long)), true);
  assert.equal(feedTextLooksTruncated(entry(`${long} आगे पढ़ें`), article(long)), true);
});

test('the page gives the body, byline and image; the feed keeps its headline, time and link', () => {
  const feed = article('The board approved a dock.', { published: '2026-11-27T04:30:00.000Z', siteName: 'Harbour Gazette', byline: 'Harbour desk' });
  const page = article('First paragraph of the story.\n\nSecond paragraph.', {
    headline: 'Harbour board approves second dry dock after two years',
    byline: 'Meera Pillai',
    published: '2026-11-27T04:00:00.000Z',
    updated: '2026-11-27T08:00:00.000Z',
    canonicalUrl: 'https://harbour.example/2026/dock',
    siteName: 'The Harbour Gazette Online',
    standfirst: 'Work begins in March.',
  });
  const merged = articleFromEntryAndPage(entry('The board approved a dock.'), feed, page);
  assert.equal(merged.headline, 'Dry dock approved');
  assert.equal(merged.text, page.text);
  assert.deepEqual(merged.blocks, page.blocks);
  assert.equal(merged.byline, 'Meera Pillai');
  assert.equal(merged.published, '2026-11-27T04:30:00.000Z');
  assert.equal(merged.updated, '2026-11-27T08:00:00.000Z');
  assert.equal(merged.url, 'https://harbour.example/dock');
  assert.equal(merged.canonicalUrl, 'https://harbour.example/2026/dock');
  assert.equal(merged.siteName, 'Harbour Gazette');
  assert.equal(merged.standfirst, 'Work begins in March.');
});

test('a feed summary that says more than the page\'s opening becomes the standfirst', () => {
  const page = article('KOCHI — The harbour board met on Friday.\n\nIt approved the dock.');
  const merged = articleFromEntryAndPage(entry('Ships will wait weeks less for repairs.'), article('x'), page);
  assert.equal(merged.standfirst, 'Ships will wait weeks less for repairs.');
  const repeated = articleFromEntryAndPage(entry('KOCHI — The harbour board met on Friday.'), article('x'), page);
  assert.equal(repeated.standfirst, null);
});
