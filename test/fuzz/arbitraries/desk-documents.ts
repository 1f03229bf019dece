/**
 * Files a desk is handed rather than fetched from a feed: OPML subscription
 * lists, wiredesk.yaml with its environment, and robots.txt.
 */
import fc from 'fast-check';
import YAML from 'yaml';
import { escapeMarkup, hostileCharacters, hostileMarkupText, hostileText, hostileUrl, longRun, mutated, prose, quietMarkupText } from './hostile-text.ts';
import { prolog } from './syndication-feeds.ts';

type Text = fc.Arbitrary<string>;

// ── OPML ────────────────────────────────────────────────────────────────────

/** Attribute text: mostly escaped hostile text, now and then with raw injections that break the XML. */
const opmlText: Text = fc.oneof({ weight: 4, arbitrary: quietMarkupText }, { weight: 1, arbitrary: hostileMarkupText });

/** What a feed reader exports: folders of outlines, attributes in any case, some without xmlUrl. */
const outline = fc.letrec<{ outline: string }>((tie) => ({
  outline: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc
      .tuple(
        fc.constantFrom('xmlUrl', 'xmlurl', 'XMLURL', 'xmlURL', 'url'),
        hostileUrl,
        opmlText,
        fc.option(opmlText, { nil: undefined }),
        fc.constantFrom('', ' language="hi"', ' language="&#27;]0;x&#7;"', ' type="rss"', ' htmlUrl="javascript:alert(1)"'),
      )
      .map(([name, url, text, title, extra]) => `<outline text="${text.replace(/"/g, '&quot;')}"${title === undefined ? '' : ` title="${title.replace(/"/g, '&quot;')}"`} ${name}="${escapeMarkup(url)}"${extra}/>`),
    fc.tuple(opmlText, fc.array(tie('outline'), { maxLength: 4 })).map(([text, children]) => `<outline text="${text.replace(/"/g, '&quot;')}">${children.join('')}</outline>`),
  ),
}));

export const opmlDocument: Text = fc
  .record({
    prolog,
    title: opmlText,
    outlines: fc.array(outline.outline, { maxLength: 8 }),
    deep: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }) }),
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
  { weight: 6, arbitrary: fc.constantFrom('localhost', '127.0.0.1', '::1', '[::1]', '10.20.0.0/16', 'fd00::/8', 'wire.office.lan', '_srv.example', 'ÄÖ.example', '1.2.3.4/01') },
  { weight: 1, arbitrary: fc.constantFrom('10.0.0.0/33', '127.0.0.1/abc', '999.1.1.1/99', '10.1', '0x7f.1', 'http://x.example', '', ' ', 'fe80::1%eth0', '1.2.3.4/-1', '::/129', 'a..b') },
  { weight: 1, arbitrary: hostileText },
);

/** Mostly a good value, now and then a bad one: most files are nearly right, so checks past the first one run too. */
function mostly(good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: bad });
}

const source = fc.record(
  {
    id: mostly(fc.constantFrom('wire', 'wire-2', 'hindi-desk'), fc.oneof(fc.constantFrom('Wire', 'a b', '-x', ''), hostileText)),
    name: mostly(prose, hostileText),
    url: mostly(fc.constantFrom('https://wire.example.org/rss', './feeds/x.xml'), fc.oneof(hostileUrl, fc.constantFrom('/dev/zero', ''))),
    section: mostly(fc.constantFrom('world', 'trends'), fc.constantFrom('nowhere', 'World')),
    format: mostly(fc.constantFrom('auto', 'rss', 'ninjs', 'newsml-g2', 'nitf'), fc.constantFrom('RSS', 'html')),
    language: mostly(fc.constantFrom('auto', 'hi', 'en'), fc.constantFrom('hin', 'en-GB', '')),
    mode: mostly(fc.constantFrom('republish', 'link'), fc.constant('copy')),
    licence: mostly(
      fc.oneof(prose, fc.record({ text: prose, edits: fc.constantFrom('full', 'headline', 'none'), translation: fc.constantFrom('publish', 'review', 'forbid') }, { requiredKeys: [] })),
      fc.oneof(fc.constant(''), fc.record({ edits: fc.constant('some') })),
    ),
    translate: fc.array(mostly(fc.constantFrom('hi', 'en'), fc.constantFrom('ur', 'xx')), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'url', 'section'] },
);

/** A configuration close to a valid one: every field mostly from good values, now and then a bad one. */
const configObject = fc.record(
  {
    site: fc.record(
      {
        name: mostly(fc.oneof(prose, hostileText), fc.constant('')),
        baseUrl: mostly(fc.constant('https://news.example.org'), hostileUrl),
        timeZone: mostly(fc.constantFrom('UTC', 'Asia/Kolkata', 'EST5EDT', 'Etc/GMT-14'), fc.constantFrom('Mars/Olympus', 'asia/kolkata', '+05:30', '', '../../etc/localtime')),
        description: hostileText,
        contact: mostly(fc.constant('mailto:desk@example.org'), hostileText),
      },
      { requiredKeys: ['name', 'baseUrl'] },
    ),
    editions: mostly(
      fc.constantFrom([{ lang: 'hi', path: '/' }], [{ lang: 'hi', path: '/' }, { lang: 'en', path: '/en/', headline: 'keep' }]),
      fc.array(fc.record({ lang: fc.constantFrom('hi', 'en', 'xx-yy'), path: fc.constantFrom('/', 'en', '/a/b/', '//'), headline: fc.constantFrom('keep', 'drop') }), { maxLength: 3 }),
    ),
    sections: mostly(
      fc.constant([{ id: 'world', title: { hi: 'दुनिया', en: 'World' } }]),
      fc.array(fc.record({ id: fc.constantFrom('world', 'Bad Id'), title: fc.oneof(prose, hostileText) }), { maxLength: 3 }),
    ),
    sources: fc.uniqueArray(source, { maxLength: 3, selector: (s) => (s as { id: unknown }).id }),
    port: mostly(fc.integer({ min: 0, max: 65_535 }), fc.constantFrom(-1, 70_000, 1.5, '8080', null)),
    ingestEveryMinutes: mostly(fc.integer({ min: 1, max: 1440 }), fc.constantFrom(0, -1)),
    dataDir: mostly(fc.constantFrom('./data', '/var/lib/wiredesk', '../../..'), fc.constant('')),
    databaseUrl: mostly(fc.constant('postgres://desk@db/wiredesk'), fc.constantFrom('mysql://x', '')),
    fetch: fc.record(
      {
        allow: fc.array(allowEntry, { maxLength: 3 }),
        timeoutMs: mostly(fc.integer({ min: 1, max: 120_000 }), fc.constantFrom(-5, 0, 1.5)),
        minIntervalMinutes: mostly(fc.integer({ min: 1, max: 30 }), fc.constant(0)),
        maxIntervalMinutes: mostly(fc.integer({ min: 30, max: 1000 }), fc.constant(1)),
      },
      { requiredKeys: [] },
    ),
    stories: fc.record(
      { joinThreshold: mostly(fc.double({ min: 0.01, max: 0.5, noNaN: true }), fc.constantFrom(-1, 2, 0)), mergeThreshold: mostly(fc.double({ min: 0.5, max: 1, noNaN: true }), fc.constant(0.1)), windowHours: mostly(fc.integer({ min: 1, max: 720 }), fc.constant(-1)) },
      { requiredKeys: [] },
    ),
    translation: mostly(
      fc.constant({ engines: [{ id: 'apertium', kind: 'apertium', url: 'http://127.0.0.1:2737' }], pairs: [{ from: 'ur', to: 'hi', engine: 'apertium' }] }),
      fc.record({ engines: fc.array(fc.record({ id: fc.constantFrom('apertium', 'x'), kind: fc.constantFrom('libretranslate', 'google'), url: hostileUrl }), { maxLength: 2 }), pairs: fc.array(fc.record({ from: fc.constantFrom('ur', 'hi'), to: fc.constantFrom('hi', 'en'), engine: fc.constantFrom('apertium', 'y') }), { maxLength: 2 }) }),
    ),
  },
  { requiredKeys: ['site', 'editions', 'sections', 'sources', 'port', 'fetch'] },
);

/** Now and then a key wiredesk does not know, as a typo or an attempt on the object's prototype. */
const configWithTypo = fc
  .tuple(configObject, fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('sourcse', 'Site', '__proto__', 'constructor') }))
  .map(([config, typo]) => (typo === null ? config : { ...config, [typo]: 1 }));

/** YAML's own weapons: aliases that multiply, tags, merge keys, directives, deep flow collections. */
const yamlTricks: Text = fc.constantFrom(
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
  'x: &x [*x]\n', 'port: !!binary aGVsbG8=\n', 'port: !!js/function "function(){}"\n', 'port: !<tag:yaml.org,2002:python/object> {}\n',
  'port: !!timestamp 2001-12-14\n', 'port: !!float .nan\n', 'port: .inf\n', 'port: 0x1F90\n', 'port: 0o17620\n', 'port: 8_080\n', 'port: ~\n',
  'site: &s {name: A}\nsite2: {<<: *s}\n', '%YAML 1.1\n---\n', '%TAG ! tag:evil.example,2000:\n---\n', '---\n---\n', '...\n', '? [complex, key]\n: value\n',
  '{1: one, 2: two}\n', '\t- tab\n', 'port: 8080\nport: 9090\n', 'site: {name: "\\0\\a\\e\\x1b\\u202e"}\n', 'site: {name: "\\ud800"}\n',
  "key: 'unterminated\n", 'key: "unterminated\n', '&anchor\n', '*unknown\n',
  '- just\n- a\n- list\n', 'just a string\n', '42\n', '', '#only a comment\n', '\uFEFFport: 1\n',
);

/** Flow collections and block indentation nested from plausible to thousands deep. */
const deepYaml: Text = fc
  .tuple(fc.constantFrom('flow', 'map', 'block'), fc.integer({ min: 2, max: 20_000 }))
  .map(([kind, depth]) => {
    if (kind === 'flow') return `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    if (kind === 'map') return `deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    return `deep:\n${Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`;
  });

/** A wiredesk.yaml: a configuration object in YAML, with tricks or a mutation now and then. */
export const configYaml: Text = fc.oneof(
  { weight: 8, arbitrary: configWithTypo.map((value) => YAML.stringify(value)) },
  { weight: 2, arbitrary: fc.tuple(configWithTypo, yamlTricks).map(([value, trick]) => `${trick}${YAML.stringify(value)}`) },
  { weight: 1, arbitrary: fc.tuple(configWithTypo, yamlTricks).map(([value, trick]) => `${YAML.stringify(value)}${trick}`) },
  { weight: 2, arbitrary: mutated(configWithTypo.map((value) => YAML.stringify(value))) },
  { weight: 1, arbitrary: yamlTricks },
  { weight: 1, arbitrary: fc.tuple(configWithTypo, deepYaml).map(([value, deep]) => `${YAML.stringify(value)}${deep}`) },
);

export const configEnv = fc.record(
  {
    WIREDESK_DATA_DIR: fc.constantFrom('/var/lib/wiredesk', '', ' ', 'relative/dir'),
    DATABASE_URL: mostly(fc.constantFrom('postgres://desk@db/wiredesk', '', ' '), fc.constant('sqlite://x')),
    PORT: mostly(fc.constantFrom('8080', '', ' 80 ', '1e3', '0x50', '80.0'), fc.constantFrom('-1', '65536', 'abc')),
    WIREDESK_FETCH_ALLOW: fc.array(allowEntry, { maxLength: 3 }).map((entries) => entries.join(',')),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

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
