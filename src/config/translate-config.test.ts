import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translationTargets } from '../translate/translation-targets.ts';
import { ConfigError, parseConfig } from './load-config.ts';

const CONFIG = `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions:
  - { lang: hi, path: /, headline: keep }
  - { lang: en, path: /en/ }
sections:
  - { id: world, title: World, translate: [hi] }
  - { id: sport, title: Sport }
sources:
  - { id: wire, name: Wire, url: https://wire.example.org/rss, section: world }
  - { id: urdu, name: Urdu desk, url: https://ur.example.org/rss, section: sport, translate: [hi, en] }
`;

const parse = (text: string) => parseConfig(text, { file: '/srv/desk/wiredesk.yaml', env: {} });

test('translate lists on sources and sections, and the headline policy per edition', () => {
  const config = parse(CONFIG);
  assert.deepEqual(translationTargets(config), [
    { lang: 'hi', sourceIds: ['urdu'], sections: ['world'], headlinePolicy: 'keep' },
    { lang: 'en', sourceIds: ['urdu'], sections: [], headlinePolicy: 'translate' },
  ]);
});

test('a translate target without an edition is refused, naming the place', () => {
  assert.throws(
    () => parse(CONFIG.replace('translate: [hi, en]', 'translate: [hi, es]')),
    (error: unknown) => error instanceof ConfigError && /sources\[1\]\.translate\[1\]/u.test(error.message) && /"es"/u.test(error.message),
  );
  assert.throws(() => parse(CONFIG.replace('headline: keep', 'headline: drop')), ConfigError);
});
