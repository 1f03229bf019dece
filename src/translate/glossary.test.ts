import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkGlossary, findTerm, GlossaryError, parseGlossary } from './glossary.ts';

test('a YAML glossary maps source terms to target terms, longest first', () => {
  const glossary = parseGlossary('# Hindi edition\nKim: किम\nKim Jong Un: किम जोंग उन\n"Sundarpur Port Trust": सुंदरपुर पोर्ट ट्रस्ट\n', 'hi.yaml');
  assert.deepEqual(glossary.entries.map((e) => e.source), ['Sundarpur Port Trust', 'Kim Jong Un', 'Kim']);
  assert.equal(glossary.entries[1]!.target, 'किम जोंग उन');
});

test('a CSV glossary takes a header, comments and quoted commas', () => {
  const glossary = parseGlossary('source,target\n# names\nKim Jong Un,किम जोंग उन\n"Tata Sons, Ltd","टाटा संस, लिमिटेड"\n', 'hi.csv');
  assert.deepEqual(glossary.entries, [
    { source: 'Tata Sons, Ltd', target: 'टाटा संस, लिमिटेड' },
    { source: 'Kim Jong Un', target: 'किम जोंग उन' },
  ]);
});

test('a syntax error names the file and the line', () => {
  assert.throws(() => parseGlossary('Kim: किम\nSeoul: [सियोल\n', 'hi.yaml'), (e: unknown) => e instanceof GlossaryError && /^glossary hi\.yaml: line [23]:/u.test(e.message));
  assert.throws(() => parseGlossary('Kim: किम\nSeoul:\n', 'hi.yaml'), /hi\.yaml: line 2: expected "source term: target term"/);
  assert.throws(() => parseGlossary('Kim,किम\nSeoul\n', 'hi.csv'), /hi\.csv: line 2: expected two fields/);
  assert.throws(() => parseGlossary('"Kim,किम\n', 'hi.csv'), /hi\.csv: line 1/);
});

test('terms match whole words only, in any case', () => {
  assert.equal(findTerm('President KIM spoke', 'Kim'), 10);
  assert.equal(findTerm('Kimberley spoke', 'Kim'), -1);
});

test('the output must carry the target form of every glossary term in the source', () => {
  const glossary = parseGlossary('Kim Jong Un: किम जोंग उन\n', 'hi.yaml');
  assert.deepEqual(checkGlossary('Kim Jong Un left.', 'किम जोंग उन चले गए.', glossary), []);
  const issues = checkGlossary('Kim Jong Un left.', 'किम जोंग-उन चले गए.', glossary);
  assert.deepEqual(issues.map((i) => i.code), ['glossary-term']);
});
