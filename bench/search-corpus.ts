/**
 * The search bench's corpora and labelled queries.
 *
 * - The demo corpus: every article of the demo's fictional sites
 *   (fixtures/demo/content/), with the queries of eval/search/demo-queries.json,
 *   whose relevant articles are named by `source/slug`.
 * - A generated corpus of any size (seeded, so the same on every run): Hindi
 *   and English articles, one topic each from eval/search/generated-topics.json,
 *   each Hindi article spelling its topic word one of the ways Hindi writers
 *   do, with filler sentences and, in some articles, another topic's word in
 *   passing. Every article of a topic is relevant to that topic's queries in
 *   its language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom, type Random } from '../eval/seeded-random.ts';
import { readDemoSites } from '../fixtures/demo/generator/read-content.ts';

type DemoSiteArticle = Awaited<ReturnType<typeof readDemoSites>>[number]['articles'][number];

const ROOT = path.join(import.meta.dirname, '..');

export interface CorpusArticle {
  /** Unique in its corpus: `source/slug` for the demo, `g<n>` for generated ones. */
  key: string;
  lang: 'hi' | 'en';
  headline: string;
  text: string;
  published: string;
}

export interface LabelledQuery {
  q: string;
  /** The edition searched: results are articles in this language. */
  lang: 'hi' | 'en';
  /** `devanagari`, `variant` (another spelling than some relevant articles use), `romanised` or `english`. */
  kind: string;
  relevant: Set<string>;
}

export interface Corpus {
  name: string;
  articles: CorpusArticle[];
  queries: LabelledQuery[];
}

interface DemoQueryFile {
  topics: Record<string, string[]>;
  queries: { q: string; lang: 'hi' | 'en'; kind: string; topic: string }[];
}

export async function demoCorpus(): Promise<Corpus> {
  const sites = await readDemoSites(path.join(ROOT, 'fixtures/demo/content'));
  const articles: CorpusArticle[] = sites.flatMap((site) =>
    site.articles.map((a) => ({
      key: `${site.source.id}/${a.slug}`,
      lang: site.source.lang,
      headline: a.headline,
      text: [a.summary, ...a.body.map(bodyText)].join('\n'),
      published: new Date(a.published).toISOString(),
    })),
  );
  const file = JSON.parse(readFileSync(path.join(ROOT, 'eval/search/demo-queries.json'), 'utf8')) as DemoQueryFile;
  const known = new Set(articles.map((a) => a.key));
  const queries = file.queries.map((query) => {
    const relevant = file.topics[query.topic];
    if (!relevant) throw new Error(`bench:search: demo query "${query.q}" names topic "${query.topic}", which demo-queries.json does not list`);
    for (const key of relevant) if (!known.has(key)) throw new Error(`bench:search: topic ${query.topic} names ${key}, not a demo article`);
    const lang = new Map(articles.map((a) => [a.key, a.lang]));
    return { q: query.q, lang: query.lang, kind: query.kind, relevant: new Set(relevant.filter((key) => lang.get(key) === query.lang)) };
  });
  return { name: 'demo', articles, queries };
}

interface TopicFile {
  hindi: { id: string; spellings: string[]; queries: string[] }[];
  english: { id: string; words: string[]; queries: string[] }[];
}

function topics(): TopicFile {
  return JSON.parse(readFileSync(path.join(ROOT, 'eval/search/generated-topics.json'), 'utf8')) as TopicFile;
}

/** Share of generated articles in Hindi: the demo's main edition is Hindi. */
const HINDI_SHARE = 0.7;
/** Share of articles that mention a second topic's word in passing: the distractors ranking must see through. */
const DISTRACTOR_SHARE = 0.3;
/** Filler sentences per body. */
const SENTENCES = 4;

const HINDI_FILLER = [
  'अधिकारियों ने सोमवार को इसकी जानकारी दी',
  'स्थानीय लोगों ने बताया कि हालात धीरे धीरे सामान्य हो रहे हैं',
  'विशेषज्ञों का कहना है कि आने वाले दिनों में स्थिति साफ़ होगी',
  'सरकार ने इस पर एक समिति बनाने की घोषणा की है',
  'रिपोर्ट के अनुसार इस साल पिछले साल से ज़्यादा मामले दर्ज हुए',
  'शहर के कई इलाक़ों में लोगों ने इस पर चिंता जताई',
  'प्रवक्ता ने कहा कि अगले हफ़्ते विस्तृत योजना जारी की जाएगी',
  'राज्य के मंत्री ने मौक़े का दौरा किया और लोगों से बात की',
];
const HINDI_HEADLINE_TAILS = ['पर नई रिपोर्ट जारी', 'को लेकर बड़ी बैठक', 'से जुड़े मामलों में बढ़ोतरी', 'पर विशेषज्ञों की राय', 'के बारे में सरकार का बयान'];
const ENGLISH_FILLER = [
  'officials confirmed the figures on Monday',
  'residents said conditions were slowly returning to normal',
  'experts expect a clearer picture in the coming days',
  'the government announced a committee to look into it',
  'the report counted more cases than last year',
  'people in several districts raised concerns about it',
  'a spokesperson said a detailed plan would follow next week',
  'the state minister visited the area and met residents',
];
const ENGLISH_HEADLINE_TAILS = ['report released', 'talks held in the capital', 'cases rise again', 'experts weigh in', 'government responds'];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `size` articles, published one minute apart, newest last; with the labelled queries of their topics. */
export function generatedCorpus(size: number, seed = 13): Corpus {
  const { hindi, english } = topics();
  const random = seededRandom(seed);
  const articles: CorpusArticle[] = [];
  const relevant = new Map<string, Set<string>>();
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let n = 0; n < size; n += 1) {
    const key = `g${n}`;
    const published = new Date(start + n * 60_000).toISOString();
    if (random() < HINDI_SHARE) {
      const topic = pick(random, hindi);
      const word = pick(random, topic.spellings);
      const other = random() < DISTRACTOR_SHARE ? pick(random, pick(random, hindi).spellings) : null;
      const sentences = Array.from({ length: SENTENCES }, () => pick(random, HINDI_FILLER));
      sentences[1] = `${word} ${sentences[1]}`;
      if (other) sentences[3] = `${sentences[3]} और ${other} का भी ज़िक्र हुआ`;
      articles.push({ key, lang: 'hi', headline: `${word} ${pick(random, HINDI_HEADLINE_TAILS)}`, text: `${sentences.join('। ')}।`, published });
      add(relevant, `hi:${topic.id}`, key);
    } else {
      const topic = pick(random, english);
      const word = pick(random, topic.words);
      const other = random() < DISTRACTOR_SHARE ? pick(random, pick(random, english).words) : null;
      const sentences = Array.from({ length: SENTENCES }, () => pick(random, ENGLISH_FILLER));
      sentences[1] = `${sentences[1]} on the ${word}`;
      if (other) sentences[3] = `${sentences[3]}, and the ${other} came up too`;
      const headline = `${word[0]!.toUpperCase()}${word.slice(1)}: ${pick(random, ENGLISH_HEADLINE_TAILS)}`;
      articles.push({ key, lang: 'en', headline, text: `${sentences.map(capitalise).join('. ')}.`, published });
      add(relevant, `en:${topic.id}`, key);
    }
  }
  const queries: LabelledQuery[] = [
    ...hindi.flatMap((topic) =>
      topic.queries.map((q) => ({
        q,
        lang: 'hi' as const,
        kind: /[a-z]/.test(q) ? 'romanised' : topic.spellings.length > 1 ? 'variant' : 'devanagari',
        relevant: relevant.get(`hi:${topic.id}`) ?? new Set<string>(),
      })),
    ),
    ...english.flatMap((topic) => topic.queries.map((q) => ({ q, lang: 'en' as const, kind: 'english', relevant: relevant.get(`en:${topic.id}`) ?? new Set<string>() }))),
  ];
  return { name: `generated-${size}`, articles, queries };
}

type BodyItem = DemoSiteArticle['body'][number];

/** The text of one item of a demo article's body as written in the content file (inline markup stays). */
function bodyText(item: BodyItem): string {
  if (typeof item === 'string') return item;
  if ('h2' in item) return item.h2;
  if ('h3' in item) return item.h3;
  if ('list' in item) return item.list.join('\n');
  return item.quote;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
