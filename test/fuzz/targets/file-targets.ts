/**
 * Files handed to the desk: wiredesk.yaml (with its environment), OPML lists
 * (read, and written then read back), and robots.txt as the page fetcher
 * consults it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ConfigError, parseConfig, type ConfigEnv } from '../../../src/config/load-config.ts';
import { FetchError, type FetchResult } from '../../../src/ingest/http-fetch.ts';
import { parseOpml, writeOpml, type OpmlSource } from '../../../src/ingest/opml.ts';
import { RobotsCache } from '../../../src/ingest/robots-cache.ts';
import { allowEntryProblem } from '../../../src/util/allow-entry.ts';
import { configEnv, configYaml, opmlDocument, opmlSectionTitles, opmlSources, otherRobotsGroups, pagePath, robotsTxt } from '../arbitraries.ts';
import { assertBoundedOutput, assertClearError, attempt, attemptAsync, defineTarget, valueOf, type FuzzTarget } from '../fuzz-target.ts';

const CONFIG_LABEL = 'wiredesk.yaml';
/** Each line of a configuration error starts with the file or the variable it is about. */
const CONFIG_ERROR_LINE = /^(?:wiredesk\.yaml|PORT|DATABASE_URL|WIREDESK_FETCH_ALLOW): \S/u;

const OPML_NAME = 'subscriptions.opml';

/** The text writeOpml keeps of a name: what XML can hold, trimmed; an empty one is left out. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const kept = (text: string): string | null => text.replace(NOT_XML, '').trim() || null;

const ORIGIN = 'https://news.example.org';

function fetchedRobots(status: number, body: string): (url: string) => Promise<FetchResult> {
  return (url) => {
    if (status >= 400) return Promise.reject(new FetchError(`ingest: ${url} answered HTTP ${status}`, { url, kind: 'status', status }));
    return Promise.resolve({ url, status, headers: { 'content-type': 'text/plain' }, body: Buffer.from(body, 'utf8'), notModified: false, permanentUrl: null });
  };
}

/** The page check's outcome: allowed (null), or the FetchError's kind. */
async function robotsVerdict(body: string, status: number, path: string): Promise<string | null> {
  const cache = new RobotsCache({ fetch: fetchedRobots(status, body), now: () => 0 });
  const url = `${ORIGIN}${path}`;
  const outcome = await attemptAsync('RobotsCache.check', () => cache.check(url));
  if (outcome.ok) return null;
  assertClearError(outcome.error, FetchError, 'ingest: ');
  return (outcome.error as FetchError).kind;
}

export const FILE_TARGETS: FuzzTarget<unknown>[] = [
  defineTarget({
    name: 'config',
    about: 'parseConfig on YAML with aliases, tags, wrong types and bad values, with hostile environment variables',
    arbitrary: fc.record({ yaml: configYaml, env: configEnv }),
    boundedRuns: 80,
    check: ({ yaml, env }: { yaml: string; env: ConfigEnv }) => {
      const outcome = attempt('parseConfig', () => parseConfig(yaml, { file: '/srv/desk/wiredesk.yaml', label: CONFIG_LABEL, env }));
      if (!outcome.ok) {
        assertClearError(outcome.error, ConfigError, '');
        for (const line of (outcome.error as Error).message.split('\n')) assert.match(line, CONFIG_ERROR_LINE, 'a line of the error names neither the file nor a variable');
        return;
      }
      const config = outcome.value;
      assert.ok(Object.isFrozen(config) && Object.isFrozen(config.site) && Object.isFrozen(config.fetch.allow), 'the configuration is not frozen');
      for (const entry of config.fetch.allow) assert.equal(allowEntryProblem(entry), null, `fetch.allow took ${JSON.stringify(entry)}`);
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: config.site.timeZone }), `timeZone ${config.site.timeZone}`);
      assert.ok(Number.isInteger(config.port) && config.port >= 0 && config.port <= 65535, `port ${config.port}`);
      assert.ok(config.editions.some((edition) => edition.path === '/'), 'no edition at "/"');
      assert.ok(config.databaseUrl === null || /^postgres(ql)?:\/\//u.test(config.databaseUrl), `databaseUrl ${config.databaseUrl}`);
    },
  }),
  defineTarget({
    name: 'opml',
    about: 'parseOpml on nested, deep, prefixed and DTD-laden OPML',
    arbitrary: opmlDocument,
    boundedRuns: 80,
    check: (text: string) => {
      const outcome = attempt('parseOpml', () => parseOpml(text, OPML_NAME));
      if (!outcome.ok) {
        assertClearError(outcome.error, Error, `opml: ${OPML_NAME} `);
        return;
      }
      assertBoundedOutput('parseOpml', text.length, outcome.value);
      for (const outline of outcome.value.outlines) {
        assert.ok(outline.xmlUrl !== '' && outline.xmlUrl === outline.xmlUrl.trim(), `xmlUrl ${JSON.stringify(outline.xmlUrl)}`);
        for (const folder of outline.folders) assert.equal(typeof folder, 'string');
      }
    },
  }),
  defineTarget({
    name: 'opml-roundtrip',
    about: 'writeOpml then parseOpml gives the sources back, folders by section',
    arbitrary: fc.record({ sources: opmlSources, titles: opmlSectionTitles }),
    boundedRuns: 80,
    check: ({ sources, titles }: { sources: OpmlSource[]; titles: Record<string, string> }) => {
      const sectionTitles = new Map(Object.entries(titles));
      const written = valueOf('writeOpml', attempt('writeOpml', () => writeOpml(sources, { title: 'Desk', dateCreated: new Date(0), sectionTitles })));
      const read = valueOf('parseOpml of writeOpml', attempt('parseOpml', () => parseOpml(written, OPML_NAME)));
      const expected = sources
        .filter((source) => kept(source.url) !== null)
        .map((source) => ({ url: kept(source.url), name: kept(source.name), language: source.language && kept(source.language), folder: kept(sectionTitles.get(source.section) ?? source.section) }));
      const actual = read.outlines.map((outline) => ({ url: outline.xmlUrl, name: outline.text, language: outline.language, folder: outline.folders[0] ?? null }));
      const order = (list: typeof expected) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      assert.deepEqual(order(actual), order(expected));
    },
  }),
  defineTarget({
    name: 'robots',
    about: 'robots.txt of any shape: the page check allows or refuses with a FetchError, in time',
    arbitrary: fc.record({ body: robotsTxt, path: pagePath, status: fc.constantFrom(200, 200, 200, 404, 410, 429, 500, 503) }),
    boundedRuns: 80,
    check: async ({ body, path, status }: { body: string; path: string; status: number }) => {
      const verdict = await robotsVerdict(body, status, path);
      if (status >= 400 && status < 500 && status !== 429) assert.equal(verdict, null, `HTTP ${status} for robots.txt means no rules`);
      else if (status >= 429) assert.equal(verdict, 'status', `HTTP ${status} for robots.txt means the rules are unknown for now`);
      else assert.ok(verdict === null || verdict === 'robots', `refused with kind ${verdict}`);
    },
  }),
  defineTarget({
    name: 'robots-wiredesk-group',
    about: "a robots.txt whose wiredesk group allows or disallows everything: other agents' rules never decide",
    arbitrary: fc.record({ others: otherRobotsGroups, path: pagePath, disallow: fc.boolean() }),
    boundedRuns: 60,
    check: async ({ others, path, disallow }: { others: string; path: string; disallow: boolean }) => {
      const body = `${others}\n\nUser-agent: wiredesk\n${disallow ? 'Disallow: /' : 'Allow: /'}\n`;
      const verdict = await robotsVerdict(body, 200, path);
      assert.equal(verdict, disallow ? 'robots' : null, `wiredesk's own group says ${disallow ? 'Disallow' : 'Allow'}: /`);
    },
  }),
];
