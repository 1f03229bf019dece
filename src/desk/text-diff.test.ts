import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffParagraphs, diffWords, type DiffPiece } from './text-diff.ts';

const side = (pieces: DiffPiece[], drop: 'removed' | 'added') => pieces.filter((p) => p.kind !== drop).map((p) => p.text).join('');

void describe('word diff', () => {
  void it('marks the words that changed and keeps the rest', () => {
    assert.deepEqual(diffWords('Eleven ships docked on Friday.', 'Twelve ships docked on Friday.'), [
      { kind: 'removed', text: 'Eleven' },
      { kind: 'added', text: 'Twelve' },
      { kind: 'same', text: ' ships docked on Friday.' },
    ]);
    assert.deepEqual(diffWords('नौका सेवा सोमवार को शुरू हुई', 'नौका सेवा मंगलवार को फिर शुरू हुई'), [
      { kind: 'same', text: 'नौका सेवा ' },
      { kind: 'removed', text: 'सोमवार' },
      { kind: 'added', text: 'मंगलवार' },
      { kind: 'same', text: ' को' },
      { kind: 'added', text: ' फिर' },
      { kind: 'same', text: ' शुरू हुई' },
    ]);
  });

  void it('reads two neighbouring replaced words as one replacement', () => {
    assert.deepEqual(diffWords('the old red ferry', 'the new blue ferry'), [
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'old red' },
      { kind: 'added', text: 'new blue' },
      { kind: 'same', text: ' ferry' },
    ]);
  });

  void it('always gives back both texts exactly, whatever they are', () => {
    // A small fixed generator: the same texts on every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ['a', 'b', 'ship', 'नौका', ' ', '  ', '\n', '<script>', 'x.'];
    const text = () => Array.from({ length: Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join('');
    for (let n = 0; n < 500; n++) {
      const before = text();
      const after = text();
      const pieces = diffWords(before, after);
      assert.equal(side(pieces, 'added'), before);
      assert.equal(side(pieces, 'removed'), after);
      assert.ok(pieces.every((p) => p.text !== ''), 'no empty pieces');
    }
  });

  void it('shows a rewrite too large to compare as the old text removed and the new added', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, i) => `v${i}`).join(' ');
    assert.deepEqual(diffWords(before, after), [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});

void describe('paragraph diff', () => {
  void it('keeps unchanged paragraphs, pairs a replaced one with its replacement, and shows added and removed ones', () => {
    assert.deepEqual(diffParagraphs(['One.', 'Two ships.', 'Three.', 'Four.'], ['One.', 'Two boats.', 'Four.', 'Five.']), [
      { kind: 'same', text: 'One.' },
      {
        kind: 'changed',
        pieces: [
          { kind: 'same', text: 'Two ' },
          { kind: 'removed', text: 'ships.' },
          { kind: 'added', text: 'boats.' },
        ],
      },
      { kind: 'removed', text: 'Three.' },
      { kind: 'same', text: 'Four.' },
      { kind: 'added', text: 'Five.' },
    ]);
    assert.deepEqual(diffParagraphs([], ['New.']), [{ kind: 'added', text: 'New.' }]);
  });
});
