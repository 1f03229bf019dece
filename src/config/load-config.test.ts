import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { configTemplate } from './config-template.ts';
import { ConfigError, loadConfig, parseConfig } from './load-config.ts';

const VALID = `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions:
  - { lang: hi, path: / }
  - { lang: en, path: /en/ }
sections:
  - { id: world, title: { hi: दुनिया, en: World } }
sources:
  - { id: wire, name: Wire, url: https://wire.example.org/rss, section: world }
`;

function parse(text: string, env = {}) {
  return parseConfig(text, { file: '/srv/desk/wiredesk.yaml', env });
}

function parseError(text: string, env = {}): string {
  try {
    parse(text, env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('configuration', () => {
  test('a valid file gets defaults, absolute paths and is frozen', () => {
    const config = parse(VALID);
    assert.equal(config.site.name, 'Desk');
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, '/srv/desk/data');
    assert.equal(config.databaseUrl, null);
    assert.equal(config.sources[0]?.mode, 'republish');
    assert.equal(config.sources[0]?.language, 'auto');
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.sources[0]));
    assert.throws(() => {
      (config.site as { name: string }).name = 'changed';
    }, TypeError);
  });

  test('environment overrides data dir, database and port', () => {
    const config = parse(VALID, {
      WIREDESK_DATA_DIR: '/var/lib/wiredesk',
      DATABASE_URL: 'postgres://desk@db/wiredesk',
      PORT: '9090',
    });
    assert.equal(config.dataDir, '/var/lib/wiredesk');
    assert.equal(config.databaseUrl, 'postgres://desk@db/wiredesk');
    assert.equal(config.port, 9090);
  });

  test('WIREDESK_FETCH_ALLOW adds to fetch.allow', () => {
    const config = parse(`${VALID}fetch: { allow: [10.0.0.0/8] }\n`, { WIREDESK_FETCH_ALLOW: '127.0.0.1, localhost,' });
    assert.deepEqual(config.fetch.allow, ['10.0.0.0/8', '127.0.0.1', 'localhost']);
    assert.deepEqual(parse(VALID).fetch.allow, [], 'nothing private is allowed by default');
  });

  test('fetch.allow takes host names, addresses and ranges, and names a bad entry with its key', () => {
    const good = ['localhost', 'wire.internal', '127.0.0.1', '[::1]', '10.20.0.0/16', 'fd00::/8', '0.0.0.0/0'];
    assert.deepEqual(parse(`${VALID}fetch: { allow: ${JSON.stringify(good)} }\n`).fetch.allow, good);
    const bad: [string, RegExp][] = [
      ['10.0.0.0/33', /prefix length .*0 to 32/],
      ['127.0.0.1/abc', /prefix length/],
      ['::1/129', /prefix length .*0 to 128/],
      ['999.1.1.1/99', /"999\.1\.1\.1" is not an IP address/],
      ['999.1.1.1', /not an IP address/],
      ['10.1', /reads as the address 10\.0\.0\.1/],
      ['http://wire.internal/', /is a URL; give its host name/],
      ['wire.internal:8080', /neither a host name/],
      ['*.example.org', /neither a host name/],
    ];
    for (const [entry, reason] of bad) {
      const message = parseError(`${VALID}fetch: { allow: [localhost, ${JSON.stringify(entry)}] }\n`);
      assert.match(message, new RegExp(`^wiredesk\\.yaml: fetch\\.allow\\[1\\]: "${entry.replace(/[.*/\\[\]]/g, '\\$&')}" `), entry);
      assert.match(message, reason, entry);
      assert.equal(message.split('\n').length, 1, 'one line');
    }
  });

  test('health and metrics: defaults, the file, and WIREDESK_METRICS_TOKEN over metrics.token, never echoed when too short', () => {
    const plain = parse(VALID);
    assert.deepEqual([plain.health, plain.metrics], [{ maxPassAgeMinutes: 30 }, {}]);
    const file = parse(`${VALID}health: { maxPassAgeMinutes: 5 }\nmetrics: { token: from-the-file-0123456 }\n`);
    assert.deepEqual([file.health, file.metrics], [{ maxPassAgeMinutes: 5 }, { token: 'from-the-file-0123456' }]);
    const env = parse(`${VALID}metrics: { token: from-the-file-0123456 }\n`, { WIREDESK_METRICS_TOKEN: 'from-the-environment-789' });
    assert.equal(env.metrics.token, 'from-the-environment-789');
    assert.equal(parseError(VALID, { WIREDESK_METRICS_TOKEN: 'short-secret' }), 'WIREDESK_METRICS_TOKEN: must be at least 16 characters');
    assert.doesNotMatch(parseError(`${VALID}metrics: { token: short-secret }\n`), /short-secret/);
  });

  test('proxy.trusted: addresses and ranges from the file and WIREDESK_TRUSTED_PROXIES; a host name or a bad range is refused, naming the key', () => {
    assert.deepEqual(parse(VALID).proxy, { trusted: [] });
    const both = parse(`${VALID}proxy: { trusted: [127.0.0.1, "10.0.0.0/8"] }\n`, { WIREDESK_TRUSTED_PROXIES: '::1, 192.168.1.0/24' });
    assert.deepEqual(both.proxy.trusted, ['127.0.0.1', '10.0.0.0/8', '::1', '192.168.1.0/24']);
    assert.match(parseError(`${VALID}proxy: { trusted: [proxy.internal] }\n`), /^wiredesk\.yaml: proxy\.trusted\[0\]: "proxy\.internal" is a host name; give the proxy's address/);
    assert.match(parseError(`${VALID}proxy: { trusted: ["10.0.0.0/33"] }\n`), /^wiredesk\.yaml: proxy\.trusted\[0\]: "10\.0\.0\.0\/33" is not a range/);
    assert.match(parseError(VALID, { WIREDESK_TRUSTED_PROXIES: 'localhost' }), /^WIREDESK_TRUSTED_PROXIES: "localhost" is a host name/);
  });

  test('a bad WIREDESK_FETCH_ALLOW entry is named with the variable', () => {
    assert.match(parseError(VALID, { WIREDESK_FETCH_ALLOW: 'localhost,127.0.0.1/99' }), /^WIREDESK_FETCH_ALLOW: "127\.0\.0\.1\/99" .*prefix length .*0 to 32/);
    assert.match(parseError(VALID, { WIREDESK_FETCH_ALLOW: '999.1.1.1' }), /^WIREDESK_FETCH_ALLOW: "999\.1\.1\.1" is not an IP address/);
  });

  test('site.timeZone must be a time zone this runtime knows', () => {
    assert.equal(parse(VALID.replace('baseUrl: "https://news.example.org"', 'baseUrl: "https://news.example.org", timeZone: Asia/Kolkata')).site.timeZone, 'Asia/Kolkata');
    const message = parseError(VALID.replace('baseUrl: "https://news.example.org"', 'baseUrl: "https://news.example.org", timeZone: Mars/Olympus'));
    assert.match(message, /^wiredesk\.yaml: site\.timeZone: "Mars\/Olympus" is not a time zone/);
  });

  test('politeness and polling bounds have defaults; a lower bound above the upper one is refused', () => {
    const { fetch } = parse(VALID);
    assert.deepEqual(fetch.perHost, { concurrency: 1, delayMs: 1000 });
    assert.deepEqual([fetch.minIntervalMinutes, fetch.maxIntervalMinutes], [5, 360]);
    assert.equal(fetch.connectTimeoutMs, 10_000);
    assert.deepEqual(parse(`${VALID}fetch: { perHost: { delayMs: 250 } }\n`).fetch.perHost, { concurrency: 1, delayMs: 250 });
    const message = parseError(`${VALID}fetch: { minIntervalMinutes: 90, maxIntervalMinutes: 60 }\n`);
    assert.match(message, /fetch\.minIntervalMinutes: must not be more than fetch\.maxIntervalMinutes/);
  });

  test('story settings are optional and checked: thresholds are cosines, merging needs at least the join threshold', () => {
    assert.deepEqual(parse(VALID).stories, {}, 'left out, the clusterer defaults apply');
    const { stories } = parse(`${VALID}stories: { windowHours: 48, maxStoryArticles: 200, joinThreshold: 0.3 }\n`);
    assert.deepEqual(stories, { windowHours: 48, maxStoryArticles: 200, joinThreshold: 0.3 });
    assert.match(parseError(`${VALID}stories: { joinThreshold: 1.5 }\n`), /stories\.joinThreshold: .*1/);
    assert.match(parseError(`${VALID}stories: { maxStoryArticles: 0 }\n`), /stories\.maxStoryArticles/);
    assert.match(parseError(`${VALID}stories: { joinThreshold: 0.5, mergeThreshold: 0.4 }\n`), /stories\.mergeThreshold: must not be less than stories\.joinThreshold/);
    assert.match(parseError(`${VALID}stories: { window: 24 }\n`), /stories\.window: unknown key/);
  });

  test('an unknown key is named with its path', () => {
    const message = parseError(VALID.replace('name: Desk', 'name: Desk, colour: red'));
    assert.match(message, /^wiredesk\.yaml: site\.colour: unknown key$/m);
  });

  test('a key with characters a terminal does not show is quoted with them spelled out', () => {
    assert.match(parseError(`${VALID}\uFEFFport: 1\n`), /^wiredesk\.yaml: "\\u\{feff\}port": unknown key$/);
    assert.match(parseError(`${VALID}"a\\e]0;x\\a b": 1\n`), /^wiredesk\.yaml: "a\\u\{1b\}\]0;x\\u\{7\} b": unknown key$/);
  });

  test('a wrong type is named with its path and the expected type', () => {
    const message = parseError(VALID + 'port: "eighty"\n');
    assert.match(message, /wiredesk\.yaml: port: expected number/);
  });

  test('a missing key is reported as missing', () => {
    const message = parseError(VALID.replace('name: Wire, ', ''));
    assert.match(message, /wiredesk\.yaml: sources\[0\]\.name: missing/);
  });

  test('a source in an unknown section is rejected', () => {
    const message = parseError(VALID.replace('section: world', 'section: sport'));
    assert.match(message, /sources\[0\]\.section: unknown section "sport" \(sections: world\)/);
  });

  test('editions need a root path and unique languages', () => {
    assert.match(parseError(VALID.replace('path: / }', 'path: /hi/ }')), /editions: one edition must have path "\/"/);
    assert.match(parseError(VALID.replace('lang: en', 'lang: hi')), /editions\[1\]\.lang: duplicate lang "hi"/);
  });

  test('broken YAML names the line', () => {
    assert.match(parseError('site: { name: "Desk\n'), /wiredesk\.yaml: line \d+, column \d+/);
  });

  test('a key that is a list or a mapping names its line, and yaml prints no warning of its own', () => {
    // Found by the config fuzz target (seed 20261207): `? [complex, key]` made the yaml package print
    // "Keys with collection values will be stringified" on the terminal, and the key became a string.
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const message = parseError(`${VALID}? [complex, key]\n: 1\n`);
      assert.match(message, /^wiredesk\.yaml: line \d+, column 3: a key is a list or a mapping; settings are named by plain words$/);
      assert.match(parseError(`${VALID}extra:\n  ? { a: 1 }\n  : 2\n`), /a key is a list or a mapping/);
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  test('aliases that expand exponentially (a YAML "billion laughs") are a configuration error', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((name, i) => `${name}: &${name} [${`*${'abcd'[i]!}, `.repeat(9)}]`)];
    assert.match(parseError(`${laughs.join('\n')}\n${VALID}`), /^wiredesk\.yaml: Excessive alias count .* \(its aliases expand to too many values\)$/);
  });

  test('nesting no configuration needs is refused before the YAML parser recurses into it', () => {
    // Parsed by yaml, 1,000 levels and then 10,000 ended the process with a V8 fatal error, not an exception.
    for (const depth of [1_000, 10_000]) {
      assert.equal(parseError(`${VALID}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`), 'wiredesk.yaml: line 10: more than 64 [ and { open at once, far deeper than a configuration nests');
    }
    const stairs = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    assert.equal(parseError(`${VALID}x:\n${stairs}\n`), 'wiredesk.yaml: line 268: indented more than 256 columns, far deeper than a configuration nests');
  });

  test('an empty file and a list are rejected', () => {
    assert.match(parseError(''), /the file is empty/);
    assert.match(parseError('- a\n- b\n'), /expected a mapping/);
  });

  test('a bad PORT or DATABASE_URL in the environment is named', () => {
    assert.match(parseError(VALID, { PORT: 'http' }), /^PORT: "http" is not a port number/);
    assert.match(parseError(VALID, { DATABASE_URL: 'mysql://x' }), /^DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  test('a missing file suggests wiredesk init', async () => {
    await assert.rejects(loadConfig('/nonexistent/wiredesk.yaml', {}), /file not found \(run "wiredesk init"/);
  });

  test('the init template is a valid configuration', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-config-'));
    const file = path.join(dir, 'wiredesk.yaml');
    await writeFile(file, configTemplate({ siteName: 'समाचार', baseUrl: 'http://localhost:8080' }));
    const config = await loadConfig(file, {});
    assert.equal(config.site.name, 'समाचार');
    assert.equal(config.dataDir, path.join(dir, 'data'));
    assert.deepEqual(config.editions.map((e) => e.lang), ['hi', 'en']);
  });
});
