/**
 * The feeds the ingest benchmark parses and serves, made afresh on every run
 * from a seeded generator so that every run (and every machine) sees the same
 * bytes: RSS 2.0 with content:encoded, Atom 1.0 and JSON Feed 1.1, in Hindi
 * and English, 20–50 items each with about 2–8 KB of HTML per item. The text
 * is made of invented sentences about fictional places; nothing is copied.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveFixtureUrls } from '../src/cli/demo-fixture-server.ts';
import { seededRandom } from '../eval/seeded-random.ts';

export type CorpusFormat = 'rss' | 'atom' | 'jsonfeed';

export interface CorpusFeed {
  /** Unique within a corpus: `rss-hi-3`, `demo/khabar-setu/atom.xml`. */
  name: string;
  format: CorpusFormat;
  body: Buffer;
  contentType: string;
  /** Items in the feed, each with its own guid. */
  items: number;
}

export interface CorpusOptions {
  seed: number;
  feeds: number;
  /** Taken in turn, feed by feed. */
  formats: readonly CorpusFormat[];
  /** Fewest and most items per feed, both included. */
  minItems: number;
  maxItems: number;
}

/** Defaults of the brief: 20–50 items a feed, which is what news sites' feeds carry. */
export const DEFAULT_ITEM_RANGE = { minItems: 20, maxItems: 50 } as const;
/** Body HTML per item, in UTF-8 bytes: a short brief to a long report. */
const MIN_ITEM_BYTES = 2 * 1024;
const MAX_ITEM_BYTES = 8 * 1024;
const CONTENT_TYPES: Record<CorpusFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  jsonfeed: 'application/feed+json; charset=utf-8',
};
const START = Date.UTC(2026, 10, 1, 6);
const HOUR_MS = 3_600_000;

const WORDS = {
  hi: {
    subjects: ['नगर निगम', 'ज़िला प्रशासन', 'किसान संघ', 'नदी प्राधिकरण', 'विद्यालय समिति', 'बंदरगाह बोर्ड', 'व्यापार मंडल', 'स्वास्थ्य विभाग'],
    verbs: ['ने नई योजना की घोषणा की', 'ने बैठक में प्रस्ताव रखा', 'ने रिपोर्ट जारी की', 'ने जाँच के आदेश दिए', 'ने बजट पर चर्चा की', 'ने सड़क निर्माण शुरू किया'],
    tails: ['अगले महीने से', 'पूरे ज़िले में', 'मानसून से पहले', 'दो चरणों में', 'स्थानीय लोगों की माँग पर', 'पिछले साल की तुलना में'],
    places: ['सोनपुर', 'रतनगढ़', 'नीलघाटी', 'कमलापुर', 'देवनगर', 'सागरतट'],
    headline: 'में',
    stop: '।',
  },
  en: {
    subjects: ['The city council', 'The district office', 'The farmers union', 'The river authority', 'The school board', 'The harbour trust', 'The traders guild', 'The health department'],
    verbs: ['announced a new scheme', 'tabled a proposal at its meeting', 'released its annual report', 'ordered an inquiry', 'debated the budget', 'began work on the ring road'],
    tails: ['from next month', 'across the district', 'before the monsoon', 'in two phases', 'after residents asked for it', 'compared with last year'],
    places: ['Sonpur', 'Ratangarh', 'Nilghati', 'Kamalapur', 'Devnagar', 'Sagartat'],
    headline: 'in',
    stop: '.',
  },
} as const;

type Language = keyof typeof WORDS;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, lang: Language): string {
  const w = WORDS[lang];
  return `${pick(random, w.subjects)} ${pick(random, w.verbs)}, ${pick(random, w.tails)}${w.stop}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs with the markup news bodies carry (subheads, quotes, lists, links, emphasis) up to `targetBytes`. */
function articleHtml(random: () => number, lang: Language, link: string, targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const roll = random();
    let part: string;
    if (roll < 0.08) part = `<h2>${pick(random, WORDS[lang].places)}</h2>`;
    else if (roll < 0.14) part = `<blockquote><p>${sentence(random, lang)}</p></blockquote>`;
    else if (roll < 0.2) part = `<ul><li>${sentence(random, lang)}</li><li>${sentence(random, lang)}</li></ul>`;
    else {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random, lang));
      if (random() < 0.3) sentences[0] = `<strong>${sentences[0]}</strong>`;
      if (random() < 0.3) sentences.push(`<a href="${link}#more">${pick(random, WORDS[lang].places)}</a>`);
      part = `<p>${sentences.join(' ')}</p>`;
    }
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  return parts.join('\n');
}

interface Item {
  guid: string;
  link: string;
  title: string;
  summary: string;
  html: string;
  author: string;
  category: string;
  published: Date;
}

function makeItems(random: () => number, name: string, lang: Language, count: number): Item[] {
  const w = WORDS[lang];
  return Array.from({ length: count }, (_, i) => {
    const link = `http://${name}.example/${lang}/story-${i + 1}`;
    const bytes = MIN_ITEM_BYTES + Math.floor(random() * (MAX_ITEM_BYTES - MIN_ITEM_BYTES));
    return {
      guid: `urn:bench:${name}:${i + 1}`,
      link,
      title: `${pick(random, w.places)} ${w.headline} ${pick(random, w.subjects)} ${pick(random, w.verbs)} (${i + 1})`,
      summary: sentence(random, lang),
      html: articleHtml(random, lang, link, bytes),
      author: lang === 'hi' ? 'संवाददाता' : 'Staff Reporter',
      category: pick(random, ['world', 'india', 'business']),
      published: new Date(START - i * HOUR_MS - Math.floor(random() * HOUR_MS)),
    };
  });
}

function rssFeed(name: string, lang: Language, items: readonly Item[]): string {
  const body = items
    .map(
      (item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${item.link}</link>
<guid isPermaLink="false">${item.guid}</guid>
<pubDate>${item.published.toUTCString()}</pubDate>
<dc:creator>${item.author}</dc:creator>
<category>${item.category}</category>
<description>${escapeXml(item.summary)}</description>
<content:encoded><![CDATA[${item.html}]]></content:encoded>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${name}</title><link>http://${name}.example/</link><description>Bench feed ${name}</description><language>${lang}</language>
${body}
</channel></rss>`;
}

function atomFeed(name: string, lang: Language, items: readonly Item[]): string {
  const body = items
    .map(
      (item) => `<entry>
<id>${item.guid}</id>
<title>${escapeXml(item.title)}</title>
<link rel="alternate" href="${item.link}"/>
<published>${item.published.toISOString()}</published>
<updated>${item.published.toISOString()}</updated>
<author><name>${item.author}</name></author>
<category term="${item.category}"/>
<summary>${escapeXml(item.summary)}</summary>
<content type="html">${escapeXml(item.html)}</content>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<id>urn:bench:${name}</id><title>${name}</title><updated>${new Date(START).toISOString()}</updated>
<link rel="alternate" href="http://${name}.example/"/>
${body}
</feed>`;
}

function jsonFeed(name: string, lang: Language, items: readonly Item[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: name,
    home_page_url: `http://${name}.example/`,
    language: lang,
    items: items.map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.published.toISOString(),
      authors: [{ name: item.author }],
      tags: [item.category],
    })),
  });
}

const WRITERS: Record<CorpusFormat, (name: string, lang: Language, items: readonly Item[]) => string> = {
  rss: rssFeed,
  atom: atomFeed,
  jsonfeed: jsonFeed,
};

/** `options.feeds` feeds, the formats in turn, Hindi and English in turn within each format. */
export function generateCorpus(options: CorpusOptions): CorpusFeed[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.feeds }, (_, n) => {
    const format = options.formats[n % options.formats.length] as CorpusFormat;
    const lang: Language = Math.floor(n / options.formats.length) % 2 === 0 ? 'hi' : 'en';
    const name = `${format}-${lang}-${n + 1}`;
    const count = options.minItems + Math.floor(random() * (options.maxItems - options.minItems + 1));
    const items = makeItems(random, name, lang, count);
    return { name, format, body: Buffer.from(WRITERS[format](name, lang, items)), contentType: CONTENT_TYPES[format], items: count };
  });
}

const DEMO_SITES = path.resolve(import.meta.dirname, '..', 'fixtures', 'demo', 'sites');
const DEMO_FEED_FILES: Record<string, CorpusFormat> = { 'rss.xml': 'rss', 'atom.xml': 'atom' };
const RSS_ITEM = /<item[\s>]/g;
const ATOM_ENTRY = /<entry[\s>]/g;

/**
 * The demo sites' rss.xml and atom.xml, with their `{{fixtures}}` links made
 * absolute as the demo server does. Items are counted in the XML itself, so
 * that no parser's reading decides what "every item" means.
 */
export async function loadDemoFeeds(): Promise<CorpusFeed[]> {
  const feeds: CorpusFeed[] = [];
  for (const site of (await readdir(DEMO_SITES)).sort()) {
    const files = (await readdir(path.join(DEMO_SITES, site))).filter((file) => file in DEMO_FEED_FILES).sort();
    for (const file of files) {
      const format = DEMO_FEED_FILES[file] as CorpusFormat;
      const text = resolveFixtureUrls(await readFile(path.join(DEMO_SITES, site, file), 'utf8'));
      const items = (text.match(format === 'rss' ? RSS_ITEM : ATOM_ENTRY) ?? []).length;
      feeds.push({ name: `demo/${site}/${file}`, format, body: Buffer.from(text), contentType: CONTENT_TYPES[format], items });
    }
  }
  return feeds;
}
