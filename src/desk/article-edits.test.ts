import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LicenceRules, Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { correctArticle, editArticle } from './article-edits.ts';
import { InvalidEditError, LicenceRefusalError, RevisionConflictError } from './article-errors.ts';

const NOW = new Date('2026-05-01T10:00:00Z');
const SECTIONS = ['world', 'business'];
const LICENCE = 'Harbour Wire agreement HW-7: headlines may be rewritten, the body may not be changed.';
const BODY = [
  { type: 'paragraph' as const, content: [{ kind: 'text' as const, text: 'Eleven ships docked.' }] },
  { type: 'paragraph' as const, content: [{ kind: 'text' as const, text: 'The port reopens on Friday.' }] },
];

for (const dialect of testDialects) {
  void describe(`editing an article on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function articleOf(rules?: LicenceRules): Promise<{ store: Store; id: number }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire', { name: 'Harbour Wire', licence: LICENCE, ...(rules ? { licenceRules: rules } : {}) }), 'config', NOW.toISOString());
      await store.saveEntries([feedEntry('wire', 'a')], NOW.toISOString());
      const [entry] = await store.entriesNeedingArticles(1);
      const article = cleanArticle('Ships return to the harbour', { standfirst: 'After the storm.', dateline: 'SEOUL', blocks: BODY, text: 'Eleven ships docked.\n\nThe port reopens on Friday.' });
      const id = await store.saveArticle(article, { entryId: entry!.id, sourceId: 'wire', section: 'world', slug: 'ships' }, NOW.toISOString());
      return { store, id };
    }

    const options = (expectedRevision: number, actor = 'asha@desk.example') => ({ actor, expectedRevision, now: NOW, sections: SECTIONS });

    void it('saves the changed fields as one revision and describes the change for the audit log', async () => {
      const { store, id } = await articleOf();
      const change = await editArticle(
        store,
        id,
        { headline: '  Ships  return after the storm ', standfirst: 'After the storm.', dateline: '', paragraphs: ['Twelve ships docked.', 'The port reopens on Friday.'], section: 'business' },
        options(0),
      );
      assert.deepEqual(change && { ...change, before: Object.keys(change.before), after: change.after['headline'] }, {
        action: 'edit',
        object: { type: 'article', id },
        actor: 'asha@desk.example',
        at: NOW.toISOString(),
        reason: null,
        revision: 1,
        before: ['headline', 'dateline', 'body', 'section'],
        after: 'Ships return after the storm',
      });
      const article = await store.getArticle(id);
      assert.equal(article?.headline, 'Ships return after the storm');
      assert.equal(article?.slug, 'ships-return-after-the-storm');
      assert.equal(article?.dateline, null);
      assert.equal(article?.section, 'business');
      assert.equal(article?.text, 'Twelve ships docked.\n\nThe port reopens on Friday.');
      assert.deepEqual(article?.staffEdited, ['headline', 'dateline', 'body', 'section']);
      const [revision] = await store.editorialRevisions(id);
      assert.deepEqual(revision?.changes.map((c) => c.field), ['headline', 'dateline', 'body', 'section']);
      assert.equal(await editArticle(store, id, { headline: 'Ships return after the storm' }, options(1)), null, 'no change, no revision');
      assert.equal((await store.editorialRevisions(id)).length, 1);
    });

    void it('two editors save from the same revision: the second is refused, told who saved first, and nothing of theirs is written', async () => {
      const { store, id } = await articleOf();
      const results = await Promise.allSettled([
        editArticle(store, id, { headline: 'Headline by Asha' }, options(0, 'asha@desk.example')),
        editArticle(store, id, { headline: 'Headline by Ravi' }, options(0, 'ravi@desk.example')),
      ]);
      const refused = results.filter((r) => r.status === 'rejected');
      assert.equal(refused.length, 1);
      const error = (refused[0] as PromiseRejectedResult).reason as Error;
      assert.ok(error instanceof RevisionConflictError);
      const winner = results[0].status === 'fulfilled' ? 'asha' : 'ravi';
      assert.match(error.message, new RegExp(`was changed by ${winner}@desk.example \\(edit, 2026-05-01 10:00 UTC\\) after you opened it: it is at revision 1, you opened revision 0`));
      assert.equal((await store.getArticle(id))?.headline, winner === 'asha' ? 'Headline by Asha' : 'Headline by Ravi');

      await assert.rejects(editArticle(store, id, { headline: 'Late' }, options(0)), RevisionConflictError);
    });

    void it('a licence that allows the headline only refuses body, standfirst and dateline changes, naming itself', async () => {
      const { store, id } = await articleOf({ edits: 'headline', translation: 'review' });
      await assert.rejects(
        editArticle(store, id, { headline: 'A new headline', paragraphs: ['Twelve ships docked.'], standfirst: 'Changed.' }, options(0)),
        (error: Error) => {
          assert.ok(error instanceof LicenceRefusalError);
          assert.deepEqual(error.refused, ['standfirst', 'body']);
          assert.equal(
            error.message,
            `desk: article ${id}: the licence of Harbour Wire ("${LICENCE}") allows staff to change the headline only; the standfirst and the body may not be changed. Nothing was saved.`,
          );
          return true;
        },
      );
      assert.equal((await store.getArticle(id))?.headline, 'Ships return to the harbour', 'nothing was saved');
      const change = await editArticle(store, id, { headline: 'A new headline', paragraphs: ['Eleven ships docked.', 'The port reopens on Friday.'], section: 'business' }, options(0));
      assert.deepEqual(Object.keys(change?.after ?? {}), ['headline', 'section'], 'the unchanged body is no change');
    });

    void it('a licence that allows no edits refuses the headline too, but not a move to another section', async () => {
      const { store, id } = await articleOf({ edits: 'none', translation: 'publish' });
      await assert.rejects(editArticle(store, id, { headline: 'Mine' }, options(0)), /allows no change to the copy; the headline may not be changed/);
      assert.ok(await editArticle(store, id, { section: 'business' }, options(0)));
    });

    void it('refuses what cannot be saved: an empty headline, an unknown section', async () => {
      const { store, id } = await articleOf();
      await assert.rejects(editArticle(store, id, { headline: ' \n ' }, options(0)), (e: Error) => e instanceof InvalidEditError && /headline cannot be empty/.test(e.message));
      await assert.rejects(editArticle(store, id, { section: 'sport' }, options(0)), /there is no section "sport" \(sections: world, business\)/);
      await assert.rejects(editArticle(store, id, { headline: 'x' }, { ...options(0), actor: ' ' }), /is not an actor/);
    });

    void it('a correction needs a note, adds it dated to the article, and keeps the earlier text in its revision', async () => {
      const { store, id } = await articleOf();
      await assert.rejects(correctArticle(store, id, { changes: {}, note: ' ' }, options(0)), /needs a note/);
      const change = await correctArticle(store, id, { changes: { paragraphs: ['Twelve ships docked.', 'The port reopens on Friday.'] }, note: 'An earlier version gave the number of ships as eleven.' }, options(0));
      assert.equal(change.action, 'correct');
      assert.equal(change.reason, 'An earlier version gave the number of ships as eleven.');
      const article = await store.getArticle(id);
      assert.deepEqual(article?.corrections, [{ at: NOW.toISOString(), note: 'An earlier version gave the number of ships as eleven.', actor: 'asha@desk.example', revision: 1 }]);
      const [revision] = await store.editorialRevisions(id);
      assert.deepEqual(revision?.changes[0]?.before, BODY);
      const noteOnly = await correctArticle(store, id, { changes: {}, note: 'The port is in Incheon, not Busan.' }, options(1));
      assert.deepEqual(noteOnly.after, {});
      assert.equal((await store.getArticle(id))?.corrections.length, 2);
    });
  });
}
