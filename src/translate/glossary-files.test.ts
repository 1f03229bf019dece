import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadGlossaries } from './glossary-files.ts';

test('glossaries are read per target language, relative to wiredesk.yaml; a bad one names file and line', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-glossary-'));
  await writeFile(path.join(dir, 'hi.yaml'), 'Kim Jong Un: किम जोंग उन\n');
  await writeFile(path.join(dir, 'es.csv'), 'Sundarpur Port,Puerto de Sundarpur\nbroken line\n');
  const config = path.join(dir, 'wiredesk.yaml');
  const loaded = await loadGlossaries({ engines: [], pairs: [], glossaries: { hi: './hi.yaml' } }, config);
  assert.deepEqual(loaded.get('hi')?.entries, [{ source: 'Kim Jong Un', target: 'किम जोंग उन' }]);
  await assert.rejects(loadGlossaries({ engines: [], pairs: [], glossaries: { es: 'es.csv' } }, config), /glossary es\.csv: line 2: expected two fields/);
  await assert.rejects(loadGlossaries({ engines: [], pairs: [], glossaries: { en: 'missing.yaml' } }, config), /glossary missing\.yaml \(translation\.glossaries\.en\): cannot read/);
});
