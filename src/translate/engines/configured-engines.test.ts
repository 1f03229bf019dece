/**
 * `translation:` in wiredesk.yaml: parsed, checked, and turned into engines.
 * The engine built from it is exercised against the local LibreTranslate
 * stand-in (upper-cases text; testdata/libretranslate-stand-in.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, parseConfig } from '../../config/load-config.ts';
import { configuredEngines, engineForPair } from './configured-engines.ts';
import { startLibreTranslateStandIn } from './testdata/libretranslate-stand-in.ts';

const BASE = `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: / }]
sections: [{ id: world, title: World }]
`;

const parse = (translation: string) => parseConfig(`${BASE}${translation}`, { file: '/srv/desk/wiredesk.yaml', env: {} });

function rejection(translation: string): string {
  try {
    parse(translation);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

test('engines get their defaults; without a translation key there are none', () => {
  assert.deepEqual(parse('').translation, { engines: [], pairs: [], glossaries: {} });
  const config = parse(`
translation:
  engines: [{ id: apertium, kind: apertium, url: "http://127.0.0.1:2737" }]
  pairs: [{ from: ur, to: hi, engine: apertium }]
`);
  assert.deepEqual(config.translation.engines[0], {
    id: 'apertium', kind: 'apertium', url: 'http://127.0.0.1:2737', timeoutMs: 30_000, concurrency: 2, retries: 3,
  });
});

test('a pair naming an unknown engine is refused, naming it and the known ones', () => {
  const message = rejection(`
translation:
  engines: [{ id: apertium, kind: apertium, url: "http://127.0.0.1:2737" }]
  pairs: [{ from: en, to: hi, engine: libre }]
`);
  assert.match(message, /translation\.pairs\[0\]\.engine: unknown engine "libre" \(engines: apertium\)/);
});

test('a duplicate pair, a kind nobody implements and a pair into itself are refused', () => {
  assert.match(rejection(`
translation:
  engines: [{ id: a, kind: apertium, url: "http://127.0.0.1:1" }]
  pairs: [{ from: ur, to: hi, engine: a }, { from: ur, to: hi, engine: a }]
`), /duplicate pair "ur→hi"/);
  assert.match(rejection(`
translation:
  engines: [{ id: a, kind: deepl, url: "http://127.0.0.1:1" }]
`), /translation\.engines\[0\]\.kind/);
  assert.match(rejection(`
translation:
  engines: [{ id: a, kind: apertium, url: "http://127.0.0.1:1" }]
  pairs: [{ from: hi, to: hi, engine: a }]
`), /not hi to itself/);
});

test('the engine of a pair is found and translates through its runner', async () => {
  const server = await startLibreTranslateStandIn({ apiKey: 'k1' });
  try {
    const config = parse(`
translation:
  engines:
    - { id: libre, kind: libretranslate, url: "${server.url}", apiKey: k1, retries: 1 }
  pairs: [{ from: en, to: hi, engine: libre }]
`);
    const engines = configuredEngines(config.translation, { sleep: () => Promise.resolve() });
    assert.deepEqual(engines[0]!.pairs, [{ from: 'en', to: 'hi' }]);
    assert.equal(engineForPair(engines, { from: 'ur', to: 'hi' }), null);
    const engine = engineForPair(engines, { from: 'en', to: 'hi' })!;
    server.failNext(1, 502);
    assert.deepEqual(await engine.translate(['ferry'], { from: 'en', to: 'hi' }), ['FERRY']);
  } finally {
    await server.close();
  }
});

test('an openai engine: its own defaults, a model required, the key only by the name of its variable, a prompt only on its pairs', () => {
  const config = parse(`
translation:
  engines: [{ id: llm, kind: openai, url: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b-instruct" }]
  pairs: [{ from: en, to: hi, engine: llm, prompt: "Translate {source} into {target}." }]
`);
  assert.deepEqual(config.translation.engines[0], {
    id: 'llm', kind: 'openai', url: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b-instruct',
    timeoutMs: 120_000, concurrency: 2, retries: 3, maxTokens: 4096, maxInputChars: 2000,
  });
  const engine = (extra: string) => `
translation:
  engines: [{ id: llm, kind: openai, url: "http://127.0.0.1:11434/v1"${extra} }]
`;
  assert.match(rejection(engine('')), /translation\.engines\[0\]\.model: missing/);
  assert.match(rejection(engine(', model: m, apiKey: sk-live-1')), /translation\.engines\[0\]\.apiKey: unknown key/);
  assert.match(rejection(engine(', model: m, apiKeyEnv: "sk-live-1"')), /apiKeyEnv: must be the name of an environment variable/);
  assert.match(rejection(`
translation:
  engines: [{ id: a, kind: apertium, url: "http://127.0.0.1:1", model: m }]
`), /translation\.engines\[0\]\.model: unknown key/);
  assert.match(rejection(`
translation:
  engines: [{ id: a, kind: apertium, url: "http://127.0.0.1:1" }]
  pairs: [{ from: ur, to: hi, engine: a, prompt: "Translate." }]
`), /translation\.pairs\[0\]\.prompt: only an openai engine reads a prompt; "a" is apertium/);
});
