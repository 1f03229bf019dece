/**
 * A synthetic, deterministic news stream for the stories benchmark: events
 * start at a steady rate, each draws reports for a day and a half, in
 * English and in Hindi, some as syndicated copies of one wire text, all
 * with invented names (the same name pool in both scripts, so that Hindi
 * reports can meet English ones through romanisation) and one name that
 * appears everywhere. Article i is a function of i alone, so any size is
 * the same stream cut at a different length.
 */
import { seededRandom as random } from '../eval/seeded-random.ts';

/** Reports per hour across the whole stream: a busy national desk. */
export const ARTICLES_PER_HOUR = 400;
/** One new event every this many minutes: ~10 an hour, thousands over a 1M run. */
const EVENT_EVERY_MINUTES = 6;
/** An event draws reports for this long after it starts. */
const EVENT_LIFE_HOURS = 36;
const HINDI_SHARE = 0.3;
const SYNDICATED_SHARE = 0.3;
/** Share of reports that also name the one person every wire mentions. */
const COMMON_NAME_SHARE = 0.2;

const HOUR_MS = 3_600_000;
const START = Date.UTC(2026, 0, 1);

export interface SyntheticArticle {
  id: string;
  lang: 'en' | 'hi';
  headline: string;
  text: string;
  published: number;
  event: number;
}

const CONSONANTS: [string, string][] = [
  ['k', 'क'], ['g', 'ग'], ['t', 'त'], ['d', 'द'], ['n', 'न'], ['p', 'प'], ['b', 'ब'], ['m', 'म'],
  ['r', 'र'], ['l', 'ल'], ['v', 'व'], ['s', 'स'], ['j', 'ज'], ['sh', 'श'], ['ch', 'च'],
];
const VOWELS: [string, string, string][] = [
  ['a', 'ा', 'आ'], ['i', 'ि', 'इ'], ['o', 'ो', 'ओ'], ['u', 'ु', 'उ'], ['e', 'े', 'ए'],
];

/** A name, spelled in Latin and in Devanagari: CV syllables and a closing consonant. */
function inventName(rng: () => number): { en: string; hi: string } {
  let en = '';
  let hi = '';
  const syllables = 2 + Math.floor(rng() * 2);
  for (let s = 0; s < syllables; s++) {
    const [cl, cd] = CONSONANTS[Math.floor(rng() * CONSONANTS.length)]!;
    const [vl, vd] = VOWELS[Math.floor(rng() * VOWELS.length)]!;
    en += cl + vl;
    hi += cd + vd;
  }
  const [cl, cd] = CONSONANTS[Math.floor(rng() * CONSONANTS.length)]!;
  return { en: en[0]!.toUpperCase() + en.slice(1) + cl, hi: hi + cd };
}

function inventWord(rng: () => number, script: 'en' | 'hi'): string {
  const name = inventName(rng);
  return script === 'en' ? name.en.toLowerCase() : name.hi;
}

const NAME_POOL_SIZE = 20_000;
const TOPIC_POOL_SIZE = 8_000;
const FILLER_POOL_SIZE = 600;

const NAMES = (() => {
  const rng = random(11);
  return Array.from({ length: NAME_POOL_SIZE }, () => inventName(rng));
})();
const TOPIC_WORDS = (() => {
  const rng = random(12);
  return { en: Array.from({ length: TOPIC_POOL_SIZE }, () => inventWord(rng, 'en')), hi: Array.from({ length: TOPIC_POOL_SIZE }, () => inventWord(rng, 'hi')) };
})();
const FILLER = (() => {
  const rng = random(13);
  return { en: Array.from({ length: FILLER_POOL_SIZE }, () => inventWord(rng, 'en')), hi: Array.from({ length: FILLER_POOL_SIZE }, () => inventWord(rng, 'hi')) };
})();
const HINDI_GLUE = ['के', 'में', 'ने', 'की', 'है', 'से', 'को', 'पर', 'और'];
const ENGLISH_GLUE = ['the', 'of', 'in', 'and', 'to', 'a', 'said', 'on', 'for'];
const COMMON_NAME = { en: 'Ramakant', hi: 'रामाकांत' };

interface Event {
  names: { en: string; hi: string }[];
  topics: { en: string[]; hi: string[] };
  number: number;
  wire: { en: string; hi: string };
}

const eventCache = new Map<number, Event>();

function eventOf(id: number): Event {
  const cached = eventCache.get(id);
  if (cached) return cached;
  const rng = random(0x9e37 + id * 7919);
  // Skewed draw: a few names recur across many events (shared names), most are rare.
  const names = Array.from({ length: 3 }, () => NAMES[Math.floor(NAME_POOL_SIZE * rng() ** 2)]!);
  const topicIndexes = Array.from({ length: 10 }, () => Math.floor(rng() * TOPIC_POOL_SIZE));
  const topics = { en: topicIndexes.map((i) => TOPIC_WORDS.en[i]!), hi: topicIndexes.map((i) => TOPIC_WORDS.hi[i]!) };
  const event: Event = { names, topics, number: 10 + Math.floor(rng() * 9990), wire: { en: '', hi: '' } };
  event.wire = { en: body(event, 'en', rng, 70), hi: body(event, 'hi', rng, 70) };
  if (eventCache.size > 2_000) eventCache.clear();
  eventCache.set(id, event);
  return event;
}

function body(event: Event, lang: 'en' | 'hi', rng: () => number, words: number): string {
  const glue = lang === 'en' ? ENGLISH_GLUE : HINDI_GLUE;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = rng();
    if (roll < 0.12) out.push(event.names[Math.floor(rng() * 3)]![lang]);
    else if (roll < 0.45) out.push(event.topics[lang][Math.floor(rng() * 10)]!);
    else if (roll < 0.7) out.push(glue[Math.floor(rng() * glue.length)]!);
    else if (roll < 0.72) out.push(String(event.number));
    else out.push(FILLER[lang][Math.floor(FILLER_POOL_SIZE * rng() ** 2)]!);
    if (i % 14 === 13) out[out.length - 1] += lang === 'en' ? '.' : '।';
  }
  return out.join(' ');
}

function headline(event: Event, lang: 'en' | 'hi', rng: () => number): string {
  const words = [event.names[0]![lang], event.topics[lang][Math.floor(rng() * 4)]!, event.topics[lang][Math.floor(rng() * 10)]!];
  words.push(lang === 'en' ? 'in' : 'में', event.names[1 + Math.floor(rng() * 2)]![lang]);
  return words.join(' ');
}

export function syntheticArticle(index: number): SyntheticArticle {
  const rng = random(index * 2654435761);
  const published = START + (index * HOUR_MS) / ARTICLES_PER_HOUR;
  const newest = Math.floor((published - START) / (EVENT_EVERY_MINUTES * 60_000));
  const alive = Math.min(newest + 1, (EVENT_LIFE_HOURS * 60) / EVENT_EVERY_MINUTES);
  // Recent events draw more reports than older ones, as news does.
  const eventId = newest - Math.floor(alive * rng() ** 2);
  const event = eventOf(eventId);
  const lang = rng() < HINDI_SHARE ? 'hi' : 'en';
  let text = rng() < SYNDICATED_SHARE ? event.wire[lang] : body(event, lang, rng, 40 + Math.floor(rng() * 60));
  if (rng() < COMMON_NAME_SHARE) text = `${COMMON_NAME[lang]} ${text}`;
  return { id: `a${index}`, lang, headline: headline(event, lang, rng), text, published, event: eventId };
}
