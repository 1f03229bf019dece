import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Inline } from '../extract/article.ts';
import { humanHeadlineSegments, humanKey, humanSegmentsFromEdit, plainSentences } from './human-segments.ts';

const enEs = { from: 'en', to: 'es' };
const text = (t: string): Inline[] => [{ kind: 'text', text: t }];

test('a changed sentence of a paragraph becomes a human segment of its own; the unchanged one does not', () => {
  const run = text('The council opened the Kingsbridge park on Monday. Residents welcomed it.');
  const machine = 'El consejo abrió el *Kingsbridge #parque el lunes. Los residentes lo acogieron.';
  const edited = 'El consejo abrió el parque de Kingsbridge el lunes. Los residentes lo acogieron.';
  assert.deepEqual(humanSegmentsFromEdit(run, machine, edited, enEs), [
    { key: humanKey('The council opened the Kingsbridge park on Monday.'), source: 'The council opened the Kingsbridge park on Monday.', output: 'El consejo abrió el parque de Kingsbridge el lunes.' },
  ]);
});

test('when the reviewer joins or splits sentences, the whole segment is one human segment', () => {
  const run = text('Tickets cost 12 euros. Children go free.');
  const segments = humanSegmentsFromEdit(run, 'Las entradas cuestan euros. Los niños van libres.', 'Las entradas cuestan 12 euros y los niños entran gratis.', enEs);
  assert.deepEqual(segments, [{ key: humanKey('Tickets cost 12 euros. Children go free.'), source: 'Tickets cost 12 euros. Children go free.', output: 'Las entradas cuestan 12 euros y los niños entran gratis.' }]);
});

test('markup is left out of the key, and an unchanged or emptied segment gives none', () => {
  const linked: Inline[] = [{ kind: 'text', text: 'Read ' }, { kind: 'link', href: 'https://x.example/', children: text('the  report') }, { kind: 'text', text: '.' }];
  assert.deepEqual(plainSentences(linked, 'en'), { whole: 'Read the report.', sentences: ['Read the report.'] });
  assert.equal(humanSegmentsFromEdit(linked, 'Lea el informe.', 'Lea el informe. ', enEs).length, 0);
  assert.equal(humanSegmentsFromEdit(linked, 'Lea el informe.', '', enEs).length, 0);
  assert.equal(humanSegmentsFromEdit(linked, 'Lea el informe.', 'Lea el informe completo.', enEs)[0]?.key, humanKey('Read the report.'));
  assert.equal(humanSegmentsFromEdit(text('12:30.'), '12:30.', '12.30 h', enEs).length, 0, 'nothing to translate');
});

test('an edited headline is a human segment for the source headline', () => {
  assert.deepEqual(humanHeadlineSegments('Park opens', 'El parque abre', 'Abre el parque', enEs), [{ key: humanKey('Park opens'), source: 'Park opens', output: 'Abre el parque' }]);
});
