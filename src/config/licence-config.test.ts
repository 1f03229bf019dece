import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, parseConfig } from './load-config.ts';

function withLicence(licence: string): string {
  return `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: / }]
sections: [{ id: world, title: World }]
sources:
  - { id: wire, name: Wire, url: https://wire.example.org/rss, section: world, licence: ${licence} }
`;
}

function licenceOf(licence: string) {
  return parseConfig(withLicence(licence), { file: null, env: {} }).sources[0]?.licence;
}

function errorOf(licence: string): string {
  try {
    licenceOf(licence);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('expected the licence to be refused');
}

describe('a source licence', () => {
  test('a text keeps today’s meaning: staff may edit, translations are published', () => {
    assert.deepEqual(licenceOf('"Syndication agreement 2026-14"'), { text: 'Syndication agreement 2026-14', edits: 'full', translation: 'publish' });
  });

  test('an object sets the rules; left out, each takes its default', () => {
    assert.deepEqual(licenceOf('{ text: "The body may not be changed.", edits: headline, translation: review }'), {
      text: 'The body may not be changed.',
      edits: 'headline',
      translation: 'review',
    });
    assert.deepEqual(licenceOf('{ translation: forbid }'), { edits: 'full', translation: 'forbid' });
  });

  test('a mistake is named precisely, key path and all', () => {
    assert.equal(
      errorOf('{ edits: body }'),
      'configuration: sources[0].licence.edits: must be "full" (staff may change anything), "headline" (the headline only) or "none" (nothing of the copy)',
    );
    assert.match(errorOf('{ translation: machine }'), /^configuration: sources\[0\]\.licence\.translation: must be "publish" .* "review" .* or "forbid"/);
    assert.equal(errorOf('{ edit: none }'), 'configuration: sources[0].licence.edit: unknown key');
    assert.equal(errorOf('42'), 'configuration: sources[0].licence: must be the licence text, or { text, edits, translation }');
    assert.equal(errorOf('""'), 'configuration: sources[0].licence: must be the licence text, or { text, edits, translation }');
    assert.equal(errorOf('{ text: "" }'), 'configuration: sources[0].licence.text: must not be empty');
  });
});
