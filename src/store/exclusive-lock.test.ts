/**
 * Work under one name never overlaps across processes on one PostgreSQL
 * database (two stores stand for two processes: each has its own pool), work
 * under another name is not held up, and a failure releases the lock.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { missing } from '../../test/missing-tool.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';

const postgres = testDialects.find((d) => d.name === 'postgres');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('exclusive work on postgres', { skip: postgres ? false : missing('postgresql', 'set WIREDESK_TEST_DATABASE_URL to run') }, () => {
  const database = useFreshDatabase(postgres!);

  test('two processes take turns under one name, and another name runs alongside', async () => {
    const [a, b] = [await database().open(), await database().open()];
    let running = 0;
    let most = 0;
    const steps: string[] = [];
    const work = (who: string) => async () => {
      running++;
      most = Math.max(most, running);
      await pause(150);
      running--;
      steps.push(who);
      return who;
    };
    const started = Date.now();
    let otherDoneAt = 0;
    const results = await Promise.all([
      a.exclusively('wiredesk:test', work('a')),
      b.exclusively('wiredesk:test', work('b')),
      b.exclusively('wiredesk:other', async () => {
        await pause(20);
        otherDoneAt = Date.now() - started;
      }),
    ]);
    assert.deepEqual(results.slice(0, 2), ['a', 'b']);
    assert.equal(steps.length, 2);
    assert.equal(most, 1, 'never two runs under one name at once');
    // Two runs of 150 ms in turn take 300 ms at least; together they would take 150.
    assert.ok(Date.now() - started >= 300, 'the two runs under one name took turns');
    assert.ok(otherDoneAt < 150, `work under another name was not held up (${otherDoneAt} ms)`);
  });

  test('a failing run releases the lock for the next', async () => {
    const [a, b] = [await database().open(), await database().open()];
    await assert.rejects(a.exclusively('wiredesk:test', () => Promise.reject(new Error('clusterer broke'))), /clusterer broke/);
    assert.equal(await b.exclusively('wiredesk:test', () => Promise.resolve('ran')), 'ran');
  });
});
