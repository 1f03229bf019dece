import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configSchema, type Config } from '../config/schema.ts';
import { SECRET_FIELDS } from '../util/secret-values.ts';
import { redactedConfig } from './settings-view.ts';

function config(): Config {
  const parsed = configSchema.parse({
    site: { name: 'Sangam', baseUrl: 'https://news.example/', timeZone: 'Asia/Kolkata' },
    editions: [{ lang: 'hi', path: '/' }],
    sections: [{ id: 'world', title: 'World' }],
    sources: [{ id: 'paid', name: 'Paid', url: 'https://desk:hunter2@paid.example/feed?api_key=k-123&edition=asia', section: 'world' }],
    translation: {
      engines: [
        { id: 'libre', kind: 'libretranslate', url: 'https://mt.example/', apiKey: 'libre-secret-42' },
        { id: 'llm', kind: 'openai', url: 'http://127.0.0.1:8000/v1', model: 'small', apiKeyEnv: 'OPENAI_API_KEY' },
      ],
      pairs: [{ from: 'en', to: 'hi', engine: 'libre' }],
    },
    metrics: { token: 'metrics-token-0123456789' },
  });
  return { ...parsed, file: '/srv/wiredesk/wiredesk.yaml', dataDir: '/srv/wiredesk/data', databaseUrl: 'postgres://wiredesk:pg-pass-77@db.internal:5432/news' };
}

test('no secret of the configuration survives, and everything else does', () => {
  const shown = JSON.stringify(redactedConfig(config()));
  for (const secret of ['hunter2', 'k-123', 'libre-secret-42', 'metrics-token-0123456789', 'pg-pass-77', 'db.internal']) {
    assert.doesNotMatch(shown, new RegExp(secret), secret);
  }
  const view = redactedConfig(config()) as Config;
  assert.equal(view.databaseUrl, '[redacted]');
  assert.equal(view.metrics.token, '[redacted]');
  const [libre, llm] = view.translation.engines;
  assert.equal(libre?.kind === 'libretranslate' ? libre.apiKey : null, '[redacted]');
  assert.equal(llm?.kind === 'openai' ? llm.apiKeyEnv : null, 'OPENAI_API_KEY', 'the name of a variable is no secret');
  assert.equal(view.sources[0]?.url, 'https://paid.example/feed?api_key=%5Bredacted%5D&edition=asia');
  assert.equal(view.site.baseUrl, 'https://news.example/');
  assert.equal(view.editions[0]?.lang, 'hi');
  assert.equal(view.ingestEveryMinutes, 15);
});

test('the list is the service log\'s: every name on it is hidden, in any case', () => {
  for (const name of SECRET_FIELDS) {
    const view = redactValueOf({ nested: { [name]: 'visible?', [name.toUpperCase()]: 'visible?' } });
    assert.doesNotMatch(JSON.stringify(view), /visible\?/, name);
  }
});

function redactValueOf(value: object): unknown {
  return redactedConfig(value as unknown as Config);
}
