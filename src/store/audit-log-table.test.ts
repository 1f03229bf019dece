import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { AuditRecord, Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { testQueryBuilder } from './test-query-builder.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';

function entry(action: string, fields: Partial<AuditRecord> = {}): AuditRecord {
  return {
    at: T0,
    actorUserId: 1,
    actor: 'asha@desk.example',
    action,
    objectType: 'article',
    objectId: '42',
    before: null,
    after: null,
    reason: null,
    address: '192.0.2.7',
    ...fields,
  };
}

for (const dialect of testDialects) {
  void describe(`audit log on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('keeps each entry whole, before and after as JSON, newest first', async () => {
      const store = await database().open();
      const first = await store.recordAudit(entry('edit', { before: { headline: 'Old' }, after: { headline: 'नया' }, reason: 'typo' }));
      const second = await store.recordAudit(entry('kill', { at: T1, actorUserId: null, actor: 'cli:ops', address: null }));
      assert.ok(second > first);
      const list = await store.listAudit({ limit: 10 });
      assert.deepEqual(list.map((e) => e.id), [second, first]);
      assert.deepEqual(list[1], { ...entry('edit', { before: { headline: 'Old' }, after: { headline: 'नया' }, reason: 'typo' }), id: first });
      assert.equal(list[0]?.actor, 'cli:ops');
    });

    void it('filters by actor and by actions, and pages back by id', async () => {
      const store = await database().open();
      const ids: number[] = [];
      for (const [action, actor] of [['login', 'a@x.example'], ['kill', 'a@x.example'], ['correct', 'b@x.example'], ['login', 'b@x.example'], ['kill', 'b@x.example']] as const) {
        ids.push(await store.recordAudit(entry(action, { actor })));
      }
      assert.deepEqual((await store.listAudit({ actor: 'b@x.example', limit: 10 })).map((e) => e.action), ['kill', 'login', 'correct']);
      assert.deepEqual((await store.listAudit({ actions: ['kill', 'correct'], limit: 10 })).map((e) => e.id), [ids[4], ids[2], ids[1]]);
      assert.deepEqual((await store.listAudit({ actions: ['kill', 'correct'], limit: 2 })).map((e) => e.id), [ids[4], ids[2]]);
      assert.deepEqual((await store.listAudit({ actions: ['kill', 'correct'], beforeId: ids[2]!, limit: 2 })).map((e) => e.id), [ids[1]]);
      assert.deepEqual(await store.listAudit({ actions: [], limit: 10 }), []);
    });

    void it('finds the newest entry about each object of a type', async () => {
      const store = await database().open();
      await store.recordAudit(entry('approve', { objectType: 'translation', objectId: '7', actor: 'asha@desk.example' }));
      const newest = await store.recordAudit(entry('reject', { objectType: 'translation', objectId: '7', actor: 'ravi@desk.example' }));
      const other = await store.recordAudit(entry('approve', { objectType: 'translation', objectId: '8' }));
      await store.recordAudit(entry('kill', { objectType: 'article', objectId: '8', actor: 'mira@desk.example' }));
      const latest = await store.latestAuditOf('translation', ['7', '8', '9', '7']);
      assert.deepEqual([...latest].map(([id, e]) => [id, e.id, e.actor]).sort(), [
        ['7', newest, 'ravi@desk.example'],
        ['8', other, 'asha@desk.example'],
      ]);
      assert.equal((await store.latestAuditOf('translation', [])).size, 0);
    });

    void it('refuses to update or delete an entry, whoever asks', async () => {
      const store: Store = await database().open();
      const id = await store.recordAudit(entry('kill', { reason: 'legal request' }));
      await assert.rejects(testQueryBuilder(store).updateTable('audit_log').set({ reason: 'nothing to see' }).where('id', '=', id).execute(), /append-only/);
      await assert.rejects(testQueryBuilder(store).deleteFrom('audit_log').where('id', '=', id).execute(), /append-only/);
      await assert.rejects(testQueryBuilder(store).deleteFrom('audit_log').execute(), /append-only/);
      if (store.dialect === 'postgres') await assert.rejects(sql`truncate audit_log`.execute(testQueryBuilder(store)), /append-only/);
      const [kept] = await store.listAudit({ limit: 10 });
      assert.equal(kept?.reason, 'legal request');
    });
  });
}

void it('no code outside the audit log\'s own file writes to audit_log but to append', async () => {
  const src = path.resolve(import.meta.dirname, '..');
  const files = (await readdir(src, { recursive: true })).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  const offenders: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(src, file), 'utf8');
    if (/(updateTable|deleteFrom|replaceInto)\(\s*['"]audit_log['"]|(update|delete\s+from|truncate)\s+audit_log\b/i.test(text)) offenders.push(file);
  }
  assert.deepEqual(offenders, []);
});
