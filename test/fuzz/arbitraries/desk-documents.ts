/**
 * Files a desk is handed rather than fetched from a feed: OPML subscription
 * lists, wiredesk.yaml with its environment, and robots.txt.
 */
import fc from 'fast-check';
import YAML from 'yaml';
import { escapeMarkup, hostileCharacters, hostileMarkupText, hostileText, hostileUrl, longRun, mutated, prose } from './hostile-text.ts';
import { prolog } from './syndication-feeds.ts';

type Text = fc.Arbitrary<string>;

// ── OPML ────────────────────────────────────────────────────────────────────

/** What a feed reader exports: folders of outlines, attributes in any case, some without xmlUrl. */
const outline = fc.letrec<{ outline: string }>((tie) => ({
  outline: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc
      .tuple(
        fc.constantFrom('xmlUrl', 'xmlurl', 'XMLURL', 'xmlURL', 'url'),
        hostileUrl,
        hostileMarkupText,
        fc.option(hostileMarkupText, { nil: undefined }),
        fc.constantFrom('', ' language="hi"', ' language="&#27;]0;x&#7;"', ' type="rss"', ' htmlUrl="javascript:alert(1)"'),
      )
      .map(([name, url, text, title, extra]) => `<outline text="${text.replace(/"/g, '&quot;')}"${title === undefined ? '' : ` title="${title.replace(/"/g, '&quot;')}"`} ${name}="${escapeMarkup(url)}"${extra}/>`),
    fc.tuple(hostileMarkupText, fc.array(tie('outline'), { maxLength: 4 })).map(([text, children]) => `<outline text="${text.replace(/"/g, '&quot;')}">${children.join('')}</outline>`),
  ),
}));

export const opmlDocument: Text = fc
  .record({
    prolog,
    title: hostileMarkupText,
    outlines: fc.array(outline.outline, { maxLength: 8 }),
    deep: fc.option(fc.integer({ min: 50, max: 3000 }), { nil: undefined }),
  })
  .map((d) => {
    const nested = d.deep === undefined ? '' : `${'<outline text="x">'.repeat(d.deep)}${'</outline>'.repeat(d.deep)}`;
    return `${d.prolog}<opml version="2.0"><head><title>${d.title}</title></head><body>${d.outlines.join('\n')}${nested}</body></opml>`;
  });

/** Sources as `sources export` writes them out, with names and URLs from anywhere. */
export const opmlSources = fc.array(
  fc.record({
    name: hostileText,
    url: fc.oneof(hostileUrl, fc.constantFrom('feeds/local.xml', 'C:\\feeds\\x.rss')),
    language: fc.option(fc.constantFrom('hi', 'en', 'en-GB', 'x"<&'), { nil: null }),
    section: fc.constantFrom('world', 'india', 'sports', 'trends', 'a"b'),
  }),
  { maxLength: 8 },
);

export const opmlSectionTitles = fc.dictionary(fc.constantFrom('world', 'india', 'sports'), hostileText, { maxKeys: 3 });

// ── wiredesk.yaml ──────────────────────────────────────────────────────────

const allowEntry = fc.oneof(
  fc.constantFrom('localhost', '127.0.0.1', '::1', '[::1]', '10.20.0.0/16', 'fd00::/8', 'wire.office.lan', '_srv.example'),
  fc.constantFrom('10.0.0.0/33', '127.0.0.1/abc', '999.1.1.1/99', '10.1', '0x7f.1', 'http://x.example', '', ' ', 'fe80::1%eth0', '1.2.3.4/-1', '::/129', 'a..b', 'ÄÖ.example', '1.2.3.4/01'),
  hostileText,
);

const source = fc.record(
  {
    id: fc.oneof(fc.constantFrom('wire', 'wire-2', 'Wire', 'a b', '-x', ''), hostileText),
    name: fc.oneof(prose, hostileText),
    url: fc.oneof(hostileUrl, fc.constantFrom('./feeds/x.xml', '/dev/zero', '')),
    section: fc.constantFrom('world', 'trends', 'nowhere', 'World'),
    format: fc.constantFrom('auto', 'rss', 'ninjs', 'newsml-g2', 'nitf', 'RSS', 'html'),
    language: fc.constantFrom('auto', 'hi', 'en', 'hin', 'en-GB', ''),
    mode: fc.constantFrom('republish', 'link', 'copy'),
    licence: fc.oneof(prose, fc.record({ text: prose, edits: fc.constantFrom('full', 'headline', 'none', 'some'), translation: fc.constantFrom('publish', 'review', 'forbid', 'x') }, { requiredKeys: [] })),
    translate: fc.array(fc.constantFrom('hi', 'en', 'ur', 'xx'), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'url', 'section'] },
);

/** A configuration object close to a valid one: every field from a list of good and bad values. */
const configObject = fc.record(
  {
    site: fc.record(
      {
        name: fc.oneof(prose, hostileText, fc.constant('')),
        baseUrl: fc.oneof(fc.constant('https://news.example.org'), hostileUrl),
        timeZone: fc.constantFrom('UTC', 'Asia/Kolkata', 'Mars/Olympus', 'asia/kolkata', '+05:30', 'EST5EDT', 'Etc/GMT+14', '', '../../etc/localtime'),
        description: hostileText,
      },
      { requiredKeys: ['name', 'baseUrl'] },
    ),
    editions: fc.array(fc.record({ lang: fc.constantFrom('hi', 'en', 'ur', 'xx-yy'), path: fc.constantFrom('/', '/en/', 'en', '/a/b/', '//'), headline: fc.constantFrom('keep', 'translate', 'drop') }, { requiredKeys: ['lang', 'path'] }), { minLength: 1, maxLength: 3 }),
    sections: fc.array(fc.record({ id: fc.constantFrom('world', 'india', 'world', 'Bad Id'), title: fc.oneof(prose, fc.record({ hi: prose, en: prose })) }), { minLength: 1, maxLength: 3 }),
    sources: fc.array(source, { maxLength: 3 }),
    port: fc.oneof(fc.integer({ min: -1, max: 70_000 }), fc.constantFrom(1.5, '8080', null)),
    ingestEveryMinutes: fc.oneof(fc.double({ min: -1, max: 1e6, noNaN: true }), fc.constant(0)),
    dataDir: fc.constantFrom('./data', '', '/var/lib/wiredesk', '../../..'),
    databaseUrl: fc.constantFrom('postgres://desk@db/wiredesk', 'mysql://x', '', 'postgresql://'),
    fetch: fc.record({ allow: fc.array(allowEntry, { maxLength: 3 }), timeoutMs: fc.integer({ min: -5, max: 1e9 }), minIntervalMinutes: fc.integer({ min: 0, max: 1000 }), maxIntervalMinutes: fc.integer({ min: 0, max: 1000 }) }, { requiredKeys: [] }),
    stories: fc.record({ joinThreshold: fc.double({ min: -1, max: 2, noNaN: true }), mergeThreshold: fc.double({ min: -1, max: 2, noNaN: true }), windowHours: fc.integer({ min: -1, max: 10_000 }) }, { requiredKeys: [] }),
    translation: fc.record({ engines: fc.array(fc.record({ id: fc.constantFrom('apertium', 'x'), kind: fc.constantFrom('apertium', 'libretranslate', 'google'), url: hostileUrl }), { maxLength: 2 }), pairs: fc.array(fc.record({ from: fc.constantFrom('ur', 'hi'), to: fc.constantFrom('hi', 'en'), engine: fc.constantFrom('apertium', 'y') }), { maxLength: 2 }) }, { requiredKeys: [] }),
    typo: fc.constantFrom('sourcse', 'Site', '__proto__', 'constructor'),
  },
  { requiredKeys: ['site', 'editions', 'sections'] },
);

/** YAML's own weapons: aliases that multiply, tags, merge keys, directives, deep flow collections. */
const yamlTricks: Text = fc.constantFrom(
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
  'x: &x [*x]\n', 'port: !!binary aGVsbG8=\n', 'port: !!js/function "function(){}"\n', 'port: !<tag:yaml.org,2002:python/object> {}\n',
  'port: !!timestamp 2001-12-14\n', 'port: !!float .nan\n', 'port: .inf\n', 'port: 0x1F90\n', 'port: 0o17620\n', 'port: 8_080\n', 'port: ~\n',
  'site: &s {name: A}\nsite2: {<<: *s}\n', '%YAML 1.1\n---\n', '%TAG ! tag:evil.example,2000:\n---\n', '---\n---\n', '...\n', '? [complex, key]\n: value\n',
  '{1: one, 2: two}\n', '\t- tab\n', 'port: 8080\nport: 9090\n', 'site: {name: "\\0\\a\\e\\x1b\\u202e"}\n', 'site: {name: "\\ud800"}\n',
  `deep: ${'['.repeat(2000)}${']'.repeat(2000)}\n`, `deep: ${'{a: '.repeat(500)}1${'}'.repeat(500)}\n`, "key: 'unterminated\n", 'key: "unterminated\n', '&anchor\n', '*unknown\n',
  '- just\n- a\n- list\n', 'just a string\n', '42\n', '', '#only a comment\n', '\uFEFFport: 1\n',
);

/** A wiredesk.yaml: a configuration object in YAML, with tricks or a mutation now and then. */
export const configYaml: Text = fc.oneof(
  { weight: 4, arbitrary: configObject.map((value) => YAML.stringify(value)) },
  { weight: 2, arbitrary: fc.tuple(configObject, yamlTricks).map(([value, trick]) => `${trick}${YAML.stringify(value)}`) },
  { weight: 1, arbitrary: fc.tuple(configObject, yamlTricks).map(([value, trick]) => `${YAML.stringify(value)}${trick}`) },
  { weight: 2, arbitrary: mutated(configObject.map((value) => YAML.stringify(value))) },
  { weight: 1, arbitrary: yamlTricks },
);

export const configEnv = fc.record(
  {
    WIREDESK_DATA_DIR: fc.constantFrom('/var/lib/wiredesk', '', ' ', 'relative/dir'),
    DATABASE_URL: fc.constantFrom('postgres://desk@db/wiredesk', 'sqlite://x', '', ' '),
    PORT: fc.constantFrom('8080', '', '-1', '65536', '1e3', 'abc', ' 80 ', '0x50', '80.0'),
    WIREDESK_FETCH_ALLOW: fc.array(allowEntry, { maxLength: 3 }).map((entries) => entries.join(',')),
  },
  { requiredKeys: [] },
);

// ── robots.txt ───────────────────────────────────────────────────────────────

/** Agents that are not wiredesk by any reading, so an oracle can tell whose rules apply. */
const OTHER_AGENTS = ['*', 'Googlebot', 'bingbot', 'GPTBot', 'otherbot/1.0', 'desk', 'wire'];

const robotsPath: Text = fc.oneof(
  fc.constantFrom('/', '', '/drafts/', '/*.pdf$', '/*?', '/a*b*c*d*e*f*g*h*', '/%E0%A4%95', '/क', '/$', '*', '/**/**', '/private*/', 'no-slash', '/a%2Fb', '/%zz'),
  longRun(fc.constantFrom('*a', '/x', '*'), 2000).map((p) => `/${p}`),
  hostileText.map((t) => `/${t}`),
);

const robotsLine: Text = fc.oneof(
  robotsPath.map((p) => `Disallow: ${p}`),
  robotsPath.map((p) => `Allow: ${p}`),
  fc.constantFrom('Crawl-delay: 10', 'Crawl-delay: -1', 'Sitemap: https://news.example.org/sitemap.xml', 'Host: news.example.org', '# comment', '', 'Disallow', ':', 'Noindex: /', 'disallow:/x', 'DISALLOW : /y', 'Disallow: /\t# tab comment'),
  hostileCharacters,
);

const otherGroup: Text = fc
  .tuple(fc.array(fc.constantFrom(...OTHER_AGENTS), { minLength: 1, maxLength: 2 }), fc.array(robotsLine, { maxLength: 6 }))
  .map(([agents, lines]) => [...agents.map((agent) => `User-agent: ${agent}`), ...lines].join('\n'));

/** Groups for other crawlers, as robots.txt files mostly are. Never names wiredesk. */
export const otherRobotsGroups: Text = fc
  .tuple(fc.constantFrom('', '\uFEFF'), fc.array(otherGroup, { maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([bom, groups, newline]) => bom + groups.join(newline + newline).replace(/\n/g, newline));

/** Any robots.txt: other groups, a wiredesk group, junk and mutations. */
export const robotsTxt: Text = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(otherRobotsGroups, fc.array(robotsLine, { maxLength: 6 })).map(([groups, lines]) => `${groups}\nUser-agent: wiredesk\n${lines.join('\n')}`) },
  { weight: 2, arbitrary: mutated(otherRobotsGroups) },
  { weight: 1, arbitrary: fc.constantFrom('<html><body>Not found</body></html>', '\u0000\u0001\u0002', 'User-agent: *\rDisallow: /\r', 'User-agent: wiredesk\nDisallow: /\nUser-agent: wiredesk\nAllow: /') },
  { weight: 1, arbitrary: longRun(fc.constantFrom('Disallow: /*a*a*a*a*a*a*a*a*b\n', 'User-agent: *\n', '\n'), 5000) },
);

/** A page URL on the origin the robots.txt governs, with a path of any shape. */
export const pagePath: Text = fc.oneof(
  fc.constantFrom('/', '/drafts/x', '/a.pdf', '/?q=1', '/%E0%A4%95', '/क', '/a/../b', '//double', '/x#frag', '/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac'),
  longRun(fc.constantFrom('a', '/a', '*', '%2F'), 2000).map((p) => `/${p}`),
  hostileText.map((t) => `/${encodeURIComponent(t.replace(/[\ud800-\udfff]/g, ''))}`),
);
