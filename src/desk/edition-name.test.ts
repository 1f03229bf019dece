import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionName } from './edition-name.ts';
import { deskTestConfig } from './testdata/desk-fixture.ts';

test('an edition is called by its title, and one without a title, or a language no edition serves, by the language\'s name in the desk\'s language', () => {
  const config = deskTestConfig();
  const untitled = { ...config, editions: config.editions.map(({ title, ...edition }) => (edition.lang === 'es' ? edition : { ...edition, title })) };
  assert.equal(editionName({ config, lang: 'hi' }, 'hi'), 'संगम समाचार');
  assert.equal(editionName({ config: untitled, lang: 'en' }, 'es'), 'Spanish');
  assert.equal(editionName({ config: untitled, lang: 'en' }, 'ur'), 'Urdu');
  const inHindi = editionName({ config: untitled, lang: 'hi' }, 'es');
  assert.match(inHindi, /^[\u0900-\u097f ]+$/u, `"${inHindi}" is not the name in Hindi`);
});
