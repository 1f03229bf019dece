import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { humanKey } from '../translate/human-segments.ts';
import { canonicalSegment } from '../translate/translation-memory.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const urHi = { engine: 'apertium-local', from: 'ur', to: 'hi' };

function segment(source: string, output: string) {
  const canonical = canonicalSegment(source);
  return { key: canonical.key, source: canonical.text, output };
}

for (const dialect of testDialects) {
  void describe(`translation memory on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('gives back a remembered output for the same engine and pair only', async () => {
      const store = await database().open();
      const talks = segment('وزیر نے ⟦3⟧ کو بات کی۔', 'मंत्री ने ⟦1⟧ को बात की।');
      await store.rememberInMemory(urHi, [talks], T0);

      const found = await store.lookupMemory(urHi, [talks.key, canonicalSegment('کچھ اور').key], T1);
      assert.deepEqual([...found], [[talks.key, 'मंत्री ने ⟦1⟧ को बात की।']]);
      assert.equal((await store.lookupMemory({ ...urHi, engine: 'libre' }, [talks.key], T1)).size, 0);
      assert.equal((await store.lookupMemory({ ...urHi, to: 'en' }, [talks.key], T1)).size, 0);
    });

    void it('finds a segment whatever its spacing, normal form and placeholder numbers', async () => {
      const store = await database().open();
      const stored = segment('Prices rose ⟦4⟧ per cent  in ⟦5⟧.', 'los precios subieron ⟦1⟧ por ciento en ⟦2⟧.');
      await store.rememberInMemory({ ...urHi, from: 'en', to: 'es' }, [stored], T0);
      const later = canonicalSegment(' Prices rose ⟦11⟧ per cent in ⟦12⟧.');
      assert.equal(later.key, stored.key);
      // "é" composed and decomposed are the same segment (NFC).
      assert.equal(canonicalSegment('Café opens.').key, canonicalSegment('Cafe\u0301 opens.').key);
      assert.notEqual(canonicalSegment('Talks end.').key, canonicalSegment('Talks end?').key);
    });

    void it('counts hits and reports the hit rate', async () => {
      const store = await database().open();
      assert.deepEqual(await store.memoryStats(), { segments: 0, hits: 0, hitRate: 0, human: { segments: 0, hits: 0 } });
      const a = segment('پہلا جملہ۔', 'पहला वाक्य।');
      const b = segment('دوسرا جملہ۔', 'दूसरा वाक्य।');
      await store.rememberInMemory(urHi, [a, b], T0);
      await store.lookupMemory(urHi, [a.key], T1);
      await store.lookupMemory(urHi, [a.key, b.key], T1);
      const stats = await store.memoryStats();
      assert.equal(stats.segments, 2);
      assert.equal(stats.hits, 3);
      assert.equal(stats.hitRate, 3 / 5);
    });

    void it('keeps the first output when a segment is remembered twice, and forgets per engine', async () => {
      const store = await database().open();
      const first = segment('ایک جملہ۔', 'एक वाक्य।');
      await store.rememberInMemory(urHi, [first], T0);
      await store.rememberInMemory(urHi, [{ ...first, output: 'दूसरा अनुवाद।' }], T1);
      assert.equal((await store.lookupMemory(urHi, [first.key], T1)).get(first.key), 'एक वाक्य।');
      await store.rememberInMemory({ ...urHi, engine: 'libre' }, [first], T0);
      assert.equal(await store.clearMemory('apertium-local'), 1);
      assert.equal((await store.memoryStats()).segments, 1);
    });

    void it('replaces a remembered output when asked to (the desk translated it again)', async () => {
      const store = await database().open();
      const first = segment('ایک جملہ۔', 'एक वाक्य।');
      await store.rememberInMemory(urHi, [first], T0);
      await store.rememberInMemory(urHi, [{ ...first, output: 'नया अनुवाद।' }], T1, true);
      assert.equal((await store.lookupMemory(urHi, [first.key], T1)).get(first.key), 'नया अनुवाद।');
      assert.equal((await store.memoryStats()).segments, 1);
    });

    void it('keeps human segments apart from machine ones: per pair, any engine, the newest edit, and not cleared with an engine', async () => {
      const store = await database().open();
      const enEs = { from: 'en', to: 'es' };
      const machine = segment('Residents welcomed it.', 'Los residentes lo acogieron.');
      await store.rememberInMemory({ engine: 'apertium', ...enEs }, [machine], T0);
      const human = { key: humanKey('Residents welcomed it.'), source: 'Residents welcomed it.', output: 'Los vecinos lo celebraron.' };
      await store.rememberHumanSegments(enEs, [human], 'translator@desk.example', T0);
      assert.deepEqual([...(await store.lookupHumanSegments(enEs, [human.key], T1))], [[human.key, 'Los vecinos lo celebraron.']]);
      assert.equal((await store.lookupHumanSegments({ from: 'en', to: 'hi' }, [human.key], T1)).size, 0, 'another pair');
      assert.equal((await store.lookupMemory({ engine: 'apertium', ...enEs }, [machine.key], T1)).get(machine.key), 'Los residentes lo acogieron.', 'the machine output is still there');
      assert.equal((await store.lookupMemory({ engine: '', ...enEs }, [human.key], T1)).size, 0, 'a human segment is never a machine output');
      await store.rememberHumanSegments(enEs, [{ ...human, output: 'Los vecinos lo celebraron mucho.' }], 'editor@desk.example', T1);
      assert.equal((await store.lookupHumanSegments(enEs, [human.key], T1)).get(human.key), 'Los vecinos lo celebraron mucho.');
      assert.equal(await store.clearMemory(), 1, 'only the machine segment');
      assert.deepEqual((await store.memoryStats()).human, { segments: 1, hits: 2 });
      assert.equal((await store.lookupHumanSegments(enEs, [human.key], T1)).size, 1);
    });

    void it('looks up and remembers more keys than one query takes', async () => {
      const store = await database().open();
      const many = Array.from({ length: 1200 }, (_, i) => segment(`Sentence number ${'x'.repeat(i % 7)} ${i}.`, `Oración ${i}.`));
      await store.rememberInMemory(urHi, many, T0);
      const found = await store.lookupMemory(urHi, many.map((s) => s.key), T1);
      assert.equal(found.size, 1200);
      assert.equal(found.get(many[999]!.key), 'Oración 999.');
    });
  });
}
