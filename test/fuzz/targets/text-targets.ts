/**
 * The date readers (feed and page dates, valid or null and the instant that
 * was written when a date was written; Retry-After), the romaniser with
 * the slugs made from it, and the search box's query reader.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateFromUrl, parsePageDate } from '../../../src/extract/metadata/page-dates.ts';
import { parseFeedDate } from '../../../src/ingest/feed-dates.ts';
import { MAX_RETRY_AFTER_MS, retryAfterUntil } from '../../../src/ingest/retry-after.ts';
import { romanizeDevanagari } from '../../../src/text/romanize.ts';
import { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery, wordMatchesTerm } from '../../../src/text/search-query.ts';
import { slugify } from '../../../src/text/slug.ts';
import { HINDI_WORDS, ROMANISED_HINDI_WORDS, dateText, hostileText, hostileUrl, words, writtenDate, type WrittenDate } from '../arbitraries.ts';
import { assertBoundedOutput, attempt, defineTarget, valueOf, type FuzzTarget } from '../fuzz-target.ts';
import { assertIsoInstant, assertIsoWithOffset } from '../invariants.ts';

/** A written date (whose meaning is known) or any text at all. */
type DateInput = { written: WrittenDate } | { text: string };

const dateInput: fc.Arbitrary<DateInput> = fc.oneof(writtenDate.map((written) => ({ written })), dateText.map((text) => ({ text })));

const textOf = (input: DateInput): string => ('written' in input ? input.written.text : input.text);

/** "+05:30" for 330 minutes, "Z" for none: how parsePageDate writes a zone. */
function zoneSuffix(offset: number): string {
  if (offset === 0) return 'Z';
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** What full-text engines read as syntax; a search term must never carry any of it. */
const ENGINE_SYNTAX = /["*():^+\-{}[\]\s]/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** Search box text: words, romanised words, engine syntax and operators between them, or anything at all. */
const searchQueryInput = fc.oneof(
  fc
    .array(fc.oneof(words(HINDI_WORDS, 3), words(ROMANISED_HINDI_WORDS, 3), fc.constantFrom('"', '*', 'NEAR', 'NEAR(', '-', 'OR', 'AND', 'NOT', '(', ')', ':', '^', '{', '}', "'")), { maxLength: 30 })
    .map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  hostileText,
);

/** Devanagari letters, signs and digits; the dandas and the abbreviation sign are punctuation and stay. */
const DEVANAGARI_LEFT = /[\u0900-\u0963\u0966-\u096f\u0971-\u097f]/u;
const DEVANAGARI = /[\u0900-\u097f]/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const romaniserInput = fc.oneof(
  words(HINDI_WORDS, 20),
  words(ROMANISED_HINDI_WORDS, 20),
  fc.tuple(words(HINDI_WORDS, 6), words(ROMANISED_HINDI_WORDS, 6)).map(([hi, latin]) => `${hi} ${latin}`),
  hostileText,
  fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((code) => String.fromCharCode(code)), maxLength: 30 }),
);

/** "now" for Retry-After: 2026-11-29T10:30:00Z. */
const NOW = Date.UTC(2026, 10, 29, 10, 30);

/** A Retry-After value: seconds (sane, huge, signed), an HTTP-date in its three forms, or anything a date field may hold. */
type RetryInput = { seconds: string; delayMs: number } | { date: string; at: number } | { text: string };

const retryInput: fc.Arbitrary<RetryInput> = fc.oneof(
  fc.integer({ min: 0, max: 10 * 24 * 3600 }).map((n) => ({ seconds: String(n), delayMs: n * 1000 })),
  fc.integer({ min: -10 * 24 * 3600, max: 10 * 24 * 3600 }).map((offset) => {
    const date = new Date(NOW + offset * 1000);
    return { date: date.toUTCString(), at: date.getTime() };
  }),
  fc.integer({ min: -3600, max: 3 * 24 * 3600 }).map((offset) => {
    // asctime(): "Sun Nov  6 08:49:37 1994", no zone; HTTP means GMT.
    const d = new Date(NOW + offset * 1000);
    const [weekday, month] = [d.toUTCString().slice(0, 3), d.toUTCString().slice(8, 11)];
    const time = d.toISOString().slice(11, 19);
    return { date: `${weekday} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`, at: d.getTime() };
  }),
  fc.constantFrom('9'.repeat(400), '-1', '+5', '1.5', '0x10', ' 60 ', '', 'Infinity', '1e3').map((text) => ({ text })),
  dateText.map((text) => ({ text })),
);

export const TEXT_TARGETS: FuzzTarget<unknown>[] = [
  defineTarget({
    name: 'feed-dates',
    about: 'parseFeedDate: an ISO instant or null; the written instant for RFC 822 and ISO 8601 dates',
    arbitrary: dateInput,
    boundedRuns: 300,
    check: (input: DateInput) => {
      const iso = valueOf('parseFeedDate', attempt('parseFeedDate', () => parseFeedDate(textOf(input))));
      assertIsoInstant('feed date', iso);
      if ('written' in input && input.written.readers !== 'page') {
        assert.equal(iso, new Date(input.written.instant).toISOString(), `${JSON.stringify(input.written.text)} was read as ${iso}`);
      }
    },
  }),
  defineTarget({
    name: 'page-dates',
    about: "parsePageDate and dateFromUrl: ISO 8601 with the page's offset, or null; the written date when one was written",
    arbitrary: fc.record({ date: dateInput, url: hostileUrl }),
    boundedRuns: 300,
    check: ({ date, url }: { date: DateInput; url: string }) => {
      const iso = valueOf('parsePageDate', attempt('parsePageDate', () => parsePageDate(textOf(date))));
      assertIsoWithOffset('page date', iso);
      if (iso !== null) {
        const year = Number(iso.slice(0, 4));
        assert.ok(year >= 1990 && year < 2100, `page date ${iso} is outside the years a news page can carry`);
      }
      if ('written' in date && date.written.readers !== 'feed') {
        const expected = date.written;
        assert.ok(iso !== null, `${JSON.stringify(expected.text)} was not read as a date`);
        assert.equal(Date.parse(iso), expected.instant, `${JSON.stringify(expected.text)} was read as ${iso}`);
        assert.ok(iso.endsWith(zoneSuffix(expected.offset)), `${JSON.stringify(expected.text)} lost its zone: ${iso}`);
      }
      assertIsoWithOffset('date from URL', valueOf('dateFromUrl', attempt('dateFromUrl', () => dateFromUrl(url))));
    },
  }),
  defineTarget({
    name: 'retry-after',
    about: 'retryAfterUntil: a time within a day from now, or null; the time asked for when it is readable',
    arbitrary: retryInput,
    boundedRuns: 200,
    check: (input: RetryInput) => {
      const value = 'seconds' in input ? input.seconds : 'date' in input ? input.date : input.text;
      const until = valueOf('retryAfterUntil', attempt('retryAfterUntil', () => retryAfterUntil(value, NOW)));
      if (until !== null) {
        assert.ok(Number.isFinite(until) && until > NOW && until <= NOW + MAX_RETRY_AFTER_MS, `Retry-After ${JSON.stringify(value)} gave ${until - NOW} ms`);
      }
      const asked = 'seconds' in input ? NOW + input.delayMs : 'date' in input ? input.at : null;
      if (asked !== null) {
        const expected = asked <= NOW ? null : Math.min(asked, NOW + MAX_RETRY_AFTER_MS);
        assert.equal(until, expected, `Retry-After ${JSON.stringify(value)}`);
      }
    },
  }),
  defineTarget({
    name: 'romanizer',
    about: 'romanizeDevanagari and slugify on Hindi, romanised Hindi and hostile text',
    arbitrary: romaniserInput,
    boundedRuns: 200,
    check: (text: string) => {
      const roman = valueOf('romanizeDevanagari', attempt('romanizeDevanagari', () => romanizeDevanagari(text)));
      assertBoundedOutput('romanizeDevanagari', text.length, roman);
      const left = DEVANAGARI_LEFT.exec(roman);
      assert.ok(!left, `U+${left?.[0].charCodeAt(0).toString(16)} was left in Devanagari: ${JSON.stringify(roman.slice(0, 120))}`);
      if (!DEVANAGARI.test(text)) assert.equal(roman, text.normalize('NFC'), 'text without Devanagari changed');
      assert.equal(romanizeDevanagari(roman), roman, 'romanising twice changed the text');
      const slug = valueOf('slugify', attempt('slugify', () => slugify(text, 'hi')));
      assert.match(slug, SLUG, `slug ${JSON.stringify(slug)}`);
      assert.ok(slug.length <= 80, `slug of ${slug.length} characters`);
    },
  }),
  defineTarget({
    name: 'search-query',
    about: 'parseSearchQuery on search box text with engine syntax, long and hostile text: plain, bounded terms that match themselves',
    arbitrary: searchQueryInput,
    boundedRuns: 200,
    check: (query: string) => {
      const parsed = valueOf('parseSearchQuery', attempt('parseSearchQuery', () => parseSearchQuery(query)));
      assert.ok(parsed.terms.length <= MAX_TERMS, `${parsed.terms.length} terms`);
      if (Array.from(query).length > MAX_QUERY_CHARS) assert.ok(parsed.truncated, 'a query over the limit says it was cut');
      const seen = new Set<string>();
      for (const term of parsed.terms) {
        assert.ok(term.text !== '', 'an empty term');
        assert.ok(!ENGINE_SYNTAX.test(term.text), `engine syntax in the term ${JSON.stringify(term.text)}`);
        assert.ok(!CONTROL.test(term.text), `a control character in the term ${JSON.stringify(term.text)}`);
        assert.equal(term.text, term.text.normalize('NFC'), 'a term not in NFC');
        assert.ok(term.roman === null || /^[a-z0-9]+$/u.test(term.roman), `roman key ${JSON.stringify(term.roman)}`);
        assert.ok(!seen.has(term.text), `the term ${JSON.stringify(term.text)} twice`);
        seen.add(term.text);
        assert.ok(wordMatchesTerm(term.text, term), `the term ${JSON.stringify(term.text)} does not match itself`);
      }
      assert.deepEqual(parseSearchQuery(query), parsed, 'the same query read twice differently');
    },
  }),
];
