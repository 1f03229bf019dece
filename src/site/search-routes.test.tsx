/**
 * The search page and the search API over a real store, on SQLite and (with
 * WIREDESK_TEST_DATABASE_URL) on PostgreSQL: Hindi, its spelling variants and
 * romanised queries find the article, the snippet marks the words, pages
 * follow one another, a killed article is absent, and hostile queries get a
 * clear answer, never a 500.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textContent } from 'domutils';
import type { Hono } from 'hono';
import { configSchema, type Config } from '../config/schema.ts';
import type { Article } from '../extract/article.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, sourceDefinition } from '../store/test-records.ts';
import { createSiteApp } from './site-app.tsx';
import { parsePage } from './testdata/html-query.ts';
import { addArticle, NOW } from './testdata/site-fixture.ts';

const config: Config = {
  ...configSchema.parse({
    site: { name: 'Wiredesk Test', baseUrl: 'https://news.example/', timeZone: 'Asia/Kolkata' },
    editions: [
      { lang: 'hi', path: '/' },
      { lang: 'en', path: '/en/' },
    ],
    sections: [{ id: 'world', title: { hi: 'दुनिया', en: 'World' } }],
  }),
  file: null,
  dataDir: '/nonexistent',
  databaseUrl: null,
};

/** Articles matching "floods" beyond one page of results (10). */
const FLOOD_REPORTS = 12;

interface ApiResult {
  id: number;
  url: string;
  headline: string;
  lang: string;
  published: string;
  snippet: string;
}

function hindi(headline: string, text: string, published: string): Article {
  return cleanArticle(headline, { lang: 'hi', text, published, blocks: [{ type: 'paragraph', content: [{ kind: 'text', text }] }] });
}

async function seed(store: Store): Promise<Record<string, number>> {
  await store.upsertSource(sourceDefinition('desk-hi', { language: 'hi', section: 'world' }), 'config', NOW);
  await store.upsertSource(sourceDefinition('wire-en', { language: 'en', section: 'world' }), 'config', NOW);
  const ids: Record<string, number> = {};
  ids['quake'] = await addArticle(
    store,
    'desk-hi',
    'bhukamp',
    'world',
    hindi('नेपाल में भूकंप के झटके', 'काठमांडू में सुबह भूकंप आया और लोग घरों से बाहर निकले।', '2024-06-09T06:00:00Z'),
  );
  ids['day'] = await addArticle(store, 'desk-hi', 'hindi-divas', 'world', hindi('हिन्दी दिवस पर <b>कविता</b> पाठ', 'विद्यालयों में हिन्दी कविता पाठ हुआ।', '2024-06-09T07:00:00Z'));
  ids['killed'] = await addArticle(store, 'desk-hi', 'killed-quake', 'world', hindi('भूकंप की पुरानी ख़बर', 'यह ख़बर वापस ली गई।', '2024-06-08T07:00:00Z'));
  await store.killArticle(ids['killed'], { actor: 'cli:test', at: NOW, reason: 'legal' });
  for (let i = 1; i <= FLOOD_REPORTS; i += 1) {
    const published = new Date(Date.parse('2024-06-01T00:00:00Z') + i * 3_600_000).toISOString();
    ids[`flood-${i}`] = await addArticle(store, 'wire-en', `flood-${i}`, 'world', cleanArticle(`Flood report ${i}`, { text: `Rivers rose and floods reached town ${i} <script>x</script>.`, published }));
  }
  return ids;
}

for (const dialect of testDialects) {
  void describe(`search routes on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function site(): Promise<{ app: Hono; ids: Record<string, number>; store: Store }> {
      const store = await database().open();
      const ids = await seed(store);
      const app = createSiteApp({ config, store, mediaDir: '/nonexistent', now: () => new Date(NOW), logError: () => {} });
      return { app, ids, store };
    }

    async function api(app: Hono, query: string): Promise<{ status: number; body: { results?: ApiResult[]; error?: string; next?: string | null; notice?: string } }> {
      const res = await app.request(`/api/search?${query}`);
      return { status: res.status, body: (await res.json()) as { results?: ApiResult[]; error?: string } };
    }

    void it('finds a Hindi article from its word, a variant spelling or Latin letters, with the words marked', async () => {
      const { app, ids } = await site();
      for (const q of ['भूकंप', 'bhukamp', 'bhookamp']) {
        const res = await app.request(`/search?q=${encodeURIComponent(q)}`);
        assert.equal(res.status, 200, q);
        assert.equal(res.headers.get('x-robots-tag'), 'noindex');
        const page = parsePage(await res.text());
        const results = page.all('li', { class: 'search-result' });
        assert.equal(results.length, 1, q);
        const link = page.within(results[0]!).one('a');
        assert.equal(link.attribs['href'], `/world/${ids['quake']}-bhukamp`);
        assert.deepEqual(page.within(results[0]!).all('mark').map((m) => textContent(m)), ['भूकंप']);
        assert.equal(page.one('meta', { name: 'robots' }).attribs['content'], 'noindex');
        assert.equal(page.one('input', { name: 'q' }).attribs['value'], q);
      }
      const { body } = await api(app, `q=${encodeURIComponent('हिंदी')}&lang=hi`);
      assert.equal(body.results?.length, 1);
      const [result] = body.results;
      assert.deepEqual(Object.keys(result!).sort(), ['headline', 'id', 'lang', 'published', 'snippet', 'url']);
      assert.equal(result!.url, `https://news.example/world/${ids['day']}-hindi-divas`);
      assert.equal(result!.headline, 'हिन्दी दिवस पर <b>कविता</b> पाठ');
      assert.equal(result!.snippet, 'विद्यालयों में <mark>हिन्दी</mark> कविता पाठ हुआ।');
      assert.equal(result!.lang, 'hi');
    });

    void it('has an accessible form: a label for q, a search landmark, the page in main', async () => {
      const { app } = await site();
      const page = parsePage(await (await app.request('/en/search')).text());
      const input = page.one('input', { name: 'q' });
      assert.equal(page.one('label', { for: input.attribs['id']! }).name, 'label');
      assert.equal(page.one('form', { role: 'search' }).attribs['action'], '/en/search');
      assert.equal(page.within(page.one('main')).all('form').length, 1);
      assert.equal(page.one('a', { class: 'search-link' }).attribs['href'], '/en/search');
      assert.equal(page.all('li', { class: 'search-result' }).length, 0);
    });

    void it('pages through results, ten a page, on the page and in the API', async () => {
      const { app } = await site();
      const first = parsePage(await (await app.request('/en/search?q=floods')).text());
      assert.equal(first.all('li', { class: 'search-result' }).length, 10);
      assert.equal(first.one('a', { rel: 'next' }).attribs['href'], '/en/search?q=floods&page=2');
      const second = parsePage(await (await app.request('/en/search?q=floods&page=2')).text());
      assert.equal(second.all('li', { class: 'search-result' }).length, FLOOD_REPORTS - 10);
      assert.equal(second.one('a', { rel: 'prev' }).attribs['href'], '/en/search?q=floods');
      assert.equal(second.all('a', { rel: 'next' }).length, 0);

      const one = await api(app, 'q=flood&lang=en&limit=5');
      assert.equal(one.body.results?.length, 5);
      assert.equal(one.body.next, 'https://news.example/api/search?q=flood&lang=en&limit=5&page=2');
      const three = await api(app, 'q=flood&lang=en&limit=5&page=3');
      assert.equal(three.body.results?.length, FLOOD_REPORTS - 10);
      assert.equal(three.body.next, null);
      const ids = new Set([...(one.body.results ?? []), ...(three.body.results ?? [])].map((r) => r.id));
      assert.equal(ids.size, 5 + FLOOD_REPORTS - 10);
      // Escaped text, with only <mark> as markup.
      assert.match(one.body.results[0]!.snippet, /<mark>floods<\/mark> reached town \d+ &lt;script&gt;x&lt;\/script&gt;\./);
    });

    void it('never shows a killed article', async () => {
      const { app, ids, store } = await site();
      const page = await (await app.request('/search?q=bhukamp')).text();
      assert.ok(!page.includes(`/${ids['killed']}-`), 'killed article linked');
      assert.ok(!page.includes('पुरानी'));
      const { body } = await api(app, 'q=भूकंप');
      assert.deepEqual(body.results?.map((r) => r.id), [ids['quake']]);
      await store.restoreArticle(ids['killed']!, { actor: 'cli:test', at: NOW });
      const restored = await api(app, 'q=भूकंप');
      assert.deepEqual(new Set(restored.body.results?.map((r) => r.id)), new Set([ids['quake'], ids['killed']]));
    });

    void it('answers hostile and empty queries clearly, never with a 500', async () => {
      const { app } = await site();
      const hostile = ['x'.repeat(10_000), 'भूकंप '.repeat(2_000), '"', '*', 'NEAR', 'NEAR(flood report)', '-', '(', ':', '"flood', 'flood*', '-flood', 'title:flood', ')))', "'; drop table articles; --", ''];
      for (const q of hostile) {
        const res = await app.request(`/en/search?q=${encodeURIComponent(q)}`);
        assert.equal(res.status, 200, `page for ${q.slice(0, 20)}`);
        const html = await res.text();
        assert.ok(!html.includes('x'.repeat(201)), 'the long query is not echoed whole');
        const answer = await api(app, `q=${encodeURIComponent(q)}&lang=en`);
        assert.ok(answer.status === 200 || answer.status === 400, `api for ${q.slice(0, 20)}: ${answer.status}`);
        if (answer.status === 400) assert.match(answer.body.error ?? '', /^q (is empty|has no words)/);
        else assert.ok(Array.isArray(answer.body.results));
      }
      assert.deepEqual(await api(app, 'q='), { status: 400, body: { error: 'q is empty: give one or more words to search for' } });
      assert.equal((await api(app, 'q=%22*')).body.error, 'q has no words to search for, only punctuation or symbols');
      const long = await api(app, `q=${encodeURIComponent('flood '.repeat(2_000))}&lang=en`);
      assert.equal(long.status, 200);
      assert.match(long.body.notice ?? '', /cut to its first 200 characters/);
      assert.equal(long.body.results?.length, 10);
      const longPage = await (await app.request(`/en/search?q=${encodeURIComponent('x'.repeat(10_000))}`)).text();
      assert.match(longPage, /only part of it was used: its first 200 characters/);
      for (const q of ['"flood', 'flood*', '-flood', '(flood']) {
        assert.equal((await api(app, `q=${encodeURIComponent(q)}&lang=en`)).body.results?.length, 10, q);
      }
      assert.deepEqual((await api(app, 'q=flood&lang=fr')).body, { error: 'lang must be the language of an edition: hi, en' });
      assert.equal((await api(app, 'q=flood&limit=0')).status, 400);
      assert.equal((await api(app, 'q=flood&page=x')).status, 400);
      assert.equal((await app.request('/en/search?q=flood&page=x')).status, 200);
    });
  });
}
