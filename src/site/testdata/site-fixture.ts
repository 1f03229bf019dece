/**
 * A site over a real SQLite store in a temporary directory, seeded with a few
 * sources and articles in Hindi, English and Urdu (a language with no edition).
 * Every text here is written for these tests; the events are fictional.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { configSchema, type Config, type ConfigInput } from '../../config/schema.ts';
import type { Article, Block } from '../../extract/article.ts';
import { openStore } from '../../store/open-store.ts';
import type { SourceDefinition, Store } from '../../store/store.ts';
import { feedEntry } from '../../store/test-records.ts';
import { createSiteApp } from '../site-app.tsx';

export const NOW = '2024-06-10T12:00:00Z';
/** A stored image: 64 hex digits and an extension, as the pipeline names them. */
export const STORED_IMAGE = `${'ab'.repeat(32)}.png`;
/** The smallest valid PNG signature plus a few bytes; the route does not decode images. */
export const STORED_IMAGE_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

export const HINDI_NOTICE = '(यह ख़बर एक सिंडिकेटेड फ़ीड से ली गई है; शीर्षक के अलावा इसे हमारी टीम ने संपादित नहीं किया है।)';
export const ENGLISH_NOTICE_OF_HINDI_SOURCE = 'Taken from a syndicated feed; not edited by our staff.';
export const WIRE_NOTICE = 'Distributed by Example Wire under licence.';
export const LINK_ONLY_BODY = 'This paragraph is licensed for linking only and must never be shown.';

/** Stories per section page, mirrored from page-routes.ts to fill more than one page. */
export const SPORT_STORIES = 21;

const configInput: ConfigInput = {
  site: { name: 'Wiredesk Test', baseUrl: 'https://news.example/', timeZone: 'Asia/Kolkata' },
  editions: [
    { lang: 'hi', path: '/' },
    { lang: 'en', path: '/en/' },
  ],
  sections: [
    { id: 'world', title: { hi: 'दुनिया', en: 'World' } },
    { id: 'business', title: { hi: 'कारोबार', en: 'Business' } },
    { id: 'sport', title: 'Sport' },
  ],
};

const sources: SourceDefinition[] = [
  source('desk-hi', 'हिंदी डेस्क', 'hi', 'world', { notice: { hi: HINDI_NOTICE, en: ENGLISH_NOTICE_OF_HINDI_SOURCE } }),
  source('wire-en', 'Example Wire', 'en', 'business', { notice: WIRE_NOTICE }),
  source('links-en', 'Link Only Times', 'en', 'world', { mode: 'link' }),
  source('wire-ur', 'اردو وائر', 'ur', 'world', {}),
];

export interface SiteFixture {
  app: Hono;
  store: Store;
  config: Config;
  dir: string;
  ids: Record<string, number>;
  close(): Promise<void>;
}

export function testConfig(dataDir: string): Config {
  return { ...configSchema.parse(configInput), file: null, dataDir, databaseUrl: null };
}

export async function openSiteFixture(): Promise<SiteFixture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-site-'));
  const store = await openStore({ dataDir: dir, databaseUrl: null });
  const mediaDir = path.join(dir, 'media');
  await mkdir(mediaDir);
  await writeFile(path.join(mediaDir, STORED_IMAGE), STORED_IMAGE_BYTES);
  await writeFile(path.join(dir, 'secret.txt'), 'not for readers');
  for (const def of sources) await store.upsertSource(def, 'config', NOW);
  const ids = await seedArticles(store);
  const config = testConfig(dir);
  const app = createSiteApp({ config, store, mediaDir, now: () => new Date(NOW), logError: () => {} });
  return {
    app,
    store,
    config,
    dir,
    ids,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface Seed {
  key: string;
  sourceId: string;
  section: string;
  slug: string;
  article: Partial<Article> & { headline: string; lang: string };
}

function seeds(): Seed[] {
  const sport = Array.from({ length: SPORT_STORIES }, (_, i): Seed => ({
    key: `sport-${i + 1}`,
    sourceId: 'wire-en',
    section: 'sport',
    slug: `match-report-${i + 1}`,
    article: {
      headline: `Match report number ${i + 1}`,
      lang: 'en',
      published: new Date(Date.parse('2024-05-01T00:00:00Z') + i * 3_600_000).toISOString(),
    },
  }));
  return [
    { key: 'hiLead', sourceId: 'desk-hi', section: 'world', slug: 'kim-rus-yatra', article: hindiLead() },
    {
      key: 'hiOlder',
      sourceId: 'desk-hi',
      section: 'world',
      slug: 'baadh-ki-chetavani',
      article: { headline: 'पहाड़ी ज़िलों में बाढ़ की चेतावनी', lang: 'hi', published: '2024-06-08T06:00:00Z' },
    },
    {
      key: 'hiScript',
      sourceId: 'desk-hi',
      section: 'business',
      slug: 'script-headline',
      article: { headline: 'बाज़ार <script>alert(1)</script> में तेज़ी', lang: 'hi', published: '2024-06-07T06:00:00Z' },
    },
    {
      key: 'enBusiness',
      sourceId: 'wire-en',
      section: 'business',
      slug: 'ports-reopen',
      article: { headline: 'Harbour ports reopen after the storm', lang: 'en', published: '2024-06-09T10:00:00Z' },
    },
    {
      key: 'enLink',
      sourceId: 'links-en',
      section: 'world',
      slug: 'summit-ends',
      article: {
        headline: 'Island summit ends without a deal',
        standfirst: 'Delegates leave the island with talks to resume next month.',
        lang: 'en',
        url: 'https://linkonly.example/summit-ends',
        published: '2024-06-09T08:00:00Z',
        blocks: [paragraph(LINK_ONLY_BODY)],
      },
    },
    {
      key: 'urWorld',
      sourceId: 'wire-ur',
      section: 'world',
      slug: 'dariya-ka-pul',
      article: { headline: 'دریا پر نیا پل کھل گیا', lang: 'ur', published: '2024-06-08T12:00:00Z' },
    },
    ...sport,
  ];
}

function hindiLead(): Seed['article'] {
  return {
    headline: 'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में',
    standfirst: 'चौदह देशों के प्रतिनिधि जहाज़ों के उत्सर्जन पर चर्चा करेंगे।',
    dateline: 'सियोल',
    byline: 'समाचार डेस्क',
    lang: 'hi',
    url: 'https://desk-hi.example/port-ministers',
    published: '2024-06-09T09:15:00Z',
    blocks: hindiBody(),
  };
}

function hindiBody(): Block[] {
  return [
    paragraph('पहला अनुच्छेद: अधिकारियों ने सोमवार को यात्रा की पुष्टि की।'),
    { type: 'heading', level: 2, content: [{ kind: 'text', text: 'बातचीत का एजेंडा' }] },
    {
      type: 'paragraph',
      content: [
        { kind: 'text', text: 'विस्तार से ' },
        { kind: 'link', href: 'https://desk-hi.example/background', children: [{ kind: 'text', text: 'पृष्ठभूमि' }] },
        { kind: 'text', text: ' और ' },
        { kind: 'link', href: 'javascript:alert(2)', children: [{ kind: 'text', text: 'खतरनाक कड़ी' }] },
        { kind: 'text', text: ' पढ़ें।' },
      ],
    },
    { type: 'quote', paragraphs: [[{ kind: 'text', text: 'बातचीत आगे बढ़ रही है।' }]], cite: 'प्रवक्ता' },
    { type: 'list', ordered: false, items: [[{ kind: 'text', text: 'पहला बिंदु' }], [{ kind: 'text', text: 'दूसरा बिंदु' }]] },
    {
      type: 'figure',
      src: 'https://desk-hi.example/photo.png',
      alt: 'बंदरगाह का दृश्य',
      caption: [{ kind: 'text', text: 'इंचियोन बंदरगाह' }],
      credit: 'फ़ोटो डेस्क',
      stored: STORED_IMAGE,
    },
    {
      type: 'figure',
      src: 'https://desk-hi.example/not-stored.jpg',
      alt: 'बिना सहेजी तस्वीर',
      caption: [{ kind: 'text', text: 'केवल कैप्शन' }],
      credit: null,
    },
  ];
}

async function seedArticles(store: Store): Promise<Record<string, number>> {
  const all = seeds();
  await store.saveEntries(all.map((seed) => entryFor(seed)), NOW);
  const stored = await store.entriesNeedingArticles(all.length);
  const ids: Record<string, number> = {};
  for (const seed of all) {
    const entry = stored.find((e) => e.guid === seed.key && e.sourceId === seed.sourceId);
    if (!entry) throw new Error(`site fixture: entry ${seed.key} was not stored`);
    const placement = { entryId: entry.id, sourceId: seed.sourceId, section: seed.section, slug: seed.slug };
    ids[seed.key] = await store.saveArticle(articleFor(seed), placement, NOW);
  }
  return ids;
}

/** The entry a wire would have delivered for the seed; every field the builder would fill differently is given. */
function entryFor(seed: Seed): ReturnType<typeof feedEntry> {
  return feedEntry(seed.sourceId, seed.key, {
    url: seed.article.url ?? null,
    title: seed.article.headline,
    summary: null,
    contentHtml: null,
    published: seed.article.published ?? null,
    updated: null,
    authors: [],
    categories: [],
    language: seed.article.lang,
    dateline: null,
    byline: null,
    subjects: [],
    geo: null,
  });
}

function articleFor(seed: Seed): Article {
  const blocks = seed.article.blocks ?? [paragraph(`${seed.article.headline}: the body.`)];
  return {
    headlineLang: null,
    standfirst: null,
    dateline: null,
    byline: null,
    published: null,
    updated: null,
    url: null,
    canonicalUrl: null,
    siteName: null,
    image: null,
    text: '',
    ...seed.article,
    blocks,
  };
}

function paragraph(text: string): Block {
  return { type: 'paragraph', content: [{ kind: 'text', text }] };
}

function source(
  id: string,
  name: string,
  language: string,
  section: string,
  fields: Partial<SourceDefinition>,
): SourceDefinition {
  return {
    id,
    name,
    url: `https://${id}.example/feed.xml`,
    format: 'auto',
    section,
    language,
    mode: 'republish',
    fullText: 'feed',
    licence: null,
    notice: null,
    ...fields,
  };
}

/** Stores an article as the pipeline would, behind an entry of the source; returns the article's id. */
export async function addArticle(store: Store, sourceId: string, guid: string, section: string, article: Article): Promise<number> {
  await store.saveEntries([feedEntry(sourceId, guid)], NOW);
  const entry = (await store.listEntries({ sourceId, limit: 100 })).find((e) => e.guid === guid);
  if (!entry) throw new Error(`site fixture: entry ${guid} of ${sourceId} was not stored`);
  return store.saveArticle(article, { entryId: entry.id, sourceId, section, slug: guid }, NOW);
}
