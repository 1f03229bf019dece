import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticlePlacement, ArticleStateQuery, RevisionWrite, Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T10:00:00.000Z';
const T2 = '2024-05-01T11:00:00.000Z';

for (const dialect of testDialects) {
  void describe(`article lifecycle on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function storeWith(guids: string[]): Promise<{ store: Store; ids: number[]; placements: ArticlePlacement[] }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.saveEntries(guids.map((guid) => feedEntry('wire', guid)), T0);
      const entries = await store.entriesNeedingArticles(guids.length);
      const placements = guids.map((guid) => ({ entryId: entries.find((e) => e.guid === guid)!.id, sourceId: 'wire', section: 'world', slug: guid }));
      const ids: number[] = [];
      for (const [i, guid] of guids.entries()) {
        ids.push(await store.saveArticle(cleanArticle(`Headline ${guid}`, { published: `2024-05-01T0${i}:00:00Z` }), placements[i]!, T0));
      }
      return { store, ids, placements };
    }

    function headlineEdit(expectedRevision: number, headline: string, actor = 'editor@desk'): RevisionWrite {
      return {
        expectedRevision,
        action: 'edit',
        actor,
        at: T1,
        reason: null,
        values: { headline: { headline, headlineLang: null, slug: 'edited' } },
        changes: [{ field: 'headline', before: 'Headline a', after: headline }],
      };
    }

    const listed = async (store: Store, at = T1) => (await store.latestArticles({ limit: 10, visibleAt: at })).map((a) => a.headline);

    void it('kills an article: off every list, one revision with who and why, and again is no change', async () => {
      const { store, ids: [a, b] } = await storeWith(['a', 'b']);
      const done = await store.killArticle(a!, { actor: 'cli:sam', at: T1, reason: 'legal hold' });
      assert.deepEqual(done, { outcome: 'done', revision: 1, changes: [{ field: 'status', before: 'published', after: 'killed' }], storyId: null });
      assert.deepEqual(await listed(store), ['Headline b']);
      const killed = await store.getArticle(a!);
      assert.deepEqual(killed?.killed, { at: T1, by: 'cli:sam', reason: 'legal hold' });
      assert.equal(killed?.revision, 1);
      assert.deepEqual(await store.editorialRevisions(a!), [
        { articleId: a, revision: 1, action: 'kill', actor: 'cli:sam', at: T1, reason: 'legal hold', changes: [{ field: 'status', before: 'published', after: 'killed' }], held: [] },
      ]);
      assert.deepEqual(await store.killArticle(a!, { actor: 'cli:sam', at: T2, reason: 'again' }), { outcome: 'unchanged', current: 1 });
      assert.deepEqual(await store.killArticle(999, { actor: 'cli:sam', at: T2, reason: 'x' }), { outcome: 'not-found' });
      const states = await store.listArticleStates({ status: 'killed', at: T1, limit: 10 });
      assert.deepEqual(states.map((s) => [s.id, s.status, s.killed?.reason]), [[a, 'killed', 'legal hold']]);
      assert.deepEqual((await store.listArticleStates({ status: 'published', at: T1, limit: 10 })).map((s) => s.id), [b]);

      assert.deepEqual(await store.restoreArticle(a!, { actor: 'cli:sam', at: T2 }), {
        outcome: 'done',
        revision: 2,
        changes: [{ field: 'status', before: 'killed', after: 'published' }],
        storyId: null,
      });
      assert.deepEqual(await listed(store, T2), ['Headline b', 'Headline a']);
      assert.deepEqual(await store.restoreArticle(a!, { actor: 'cli:sam', at: T2 }), { outcome: 'unchanged', current: 2 });
    });

    void it('a killed article leaves its story: its copies get another canonical, its earlier version is current again', async () => {
      const { store, ids } = await storeWith(['orig', 'copy1', 'copy2', 'v1']);
      const [orig, copy1, copy2, v1] = ids as [number, number, number, number];
      // orig is the canonical of copy1 and copy2, and supersedes v1 (an earlier version of its report).
      await store.saveStoryMemberships([
        { articleId: v1, storyId: 's', nearDuplicateOf: null, canonicalId: v1, supersededBy: orig },
        { articleId: orig, storyId: 's', nearDuplicateOf: null, canonicalId: orig },
        { articleId: copy1, storyId: 's', nearDuplicateOf: orig, canonicalId: orig },
        { articleId: copy2, storyId: 's', nearDuplicateOf: orig, canonicalId: orig },
      ]);
      await store.saveStories([{ id: 's', title: 'Headline orig', firstSeen: T0, lastSeen: T0, articleCount: 3, sourceCount: 1, independentSourceCount: 1, languages: ['en'], trendScore: 1, mergedInto: null }], T0);
      assert.deepEqual(await listed(store), ['Headline orig']);

      const done = await store.killArticle(orig, { actor: 'editor@desk', at: T1, reason: 'wrong photo' });
      assert.equal(done.outcome === 'done' && done.storyId, 's');
      const members = await store.storyMembers(['s']);
      assert.deepEqual(
        members.map((m) => [m.id, m.canonicalId, m.isCanonical, m.supersededBy]),
        [[copy1, copy1, true, null], [copy2, copy1, false, null], [v1, v1, true, null]].sort((x, y) => ids.indexOf(x[0] as number) - ids.indexOf(y[0] as number)),
      );
      assert.deepEqual(await store.storiesNeedingSummary(), ['s']);
      assert.deepEqual(await listed(store), ['Headline v1', 'Headline copy1'], 'the first copy and the earlier version are listed instead');
      assert.deepEqual(await store.clusteringBounds(T1), { newest: '2024-05-01T03:00:00.000Z', oldestUnassigned: null }, 'the killed article waits for no clustering');
    });

    void it('an edit is written only at the revision it was made from: of two editors, the second is told who came first', async () => {
      const { store, ids: [a] } = await storeWith(['a']);
      const [first, second] = await Promise.all([
        store.reviseArticle(a!, headlineEdit(0, 'First editor', 'one@desk')),
        store.reviseArticle(a!, headlineEdit(0, 'Second editor', 'two@desk')),
      ]);
      const outcomes = [first, second].map((o) => o.outcome).sort();
      assert.deepEqual(outcomes, ['conflict', 'done']);
      const loser = [first, second].find((o) => o.outcome === 'conflict');
      const winner = first.outcome === 'done' ? 'one@desk' : 'two@desk';
      assert.ok(loser?.outcome === 'conflict');
      assert.equal(loser.current, 1);
      assert.equal(loser.lastChange?.actor, winner);
      const article = await store.getArticle(a!);
      assert.equal(article?.headline, winner === 'one@desk' ? 'First editor' : 'Second editor');
      assert.deepEqual(article?.staffEdited, ['headline']);
      assert.equal(article?.slug, 'edited');
      assert.equal((await store.editorialRevisions(a!)).length, 1);
    });

    void it('a correction adds a dated note and keeps the earlier text in its revision', async () => {
      const { store, ids: [a] } = await storeWith(['a']);
      const body = [{ type: 'paragraph' as const, content: [{ kind: 'text' as const, text: 'Eleven ships.' }] }];
      const outcome = await store.reviseArticle(a!, {
        expectedRevision: 0,
        action: 'correct',
        actor: 'editor@desk',
        at: T2,
        reason: 'The count of ships was wrong.',
        values: { body: { blocks: body, text: 'Eleven ships.', image: null } },
        changes: [{ field: 'body', before: (await store.getArticle(a!))?.blocks, after: body }],
        correction: { at: T2, note: 'The count of ships was wrong.', actor: 'editor@desk' },
      });
      assert.equal(outcome.outcome === 'done' && outcome.revision, 1);
      const article = await store.getArticle(a!);
      assert.equal(article?.text, 'Eleven ships.');
      assert.deepEqual(article?.corrections, [{ at: T2, note: 'The count of ships was wrong.', actor: 'editor@desk', revision: 1 }]);
      const [revision] = await store.editorialRevisions(a!);
      assert.deepEqual(revision?.changes[0]?.before, [{ type: 'paragraph', content: [{ kind: 'text', text: 'Headline a.' }] }], 'the earlier body is kept');
    });

    void it('a wire update keeps what staff changed, applies the rest, and records what it held back', async () => {
      const { store, ids: [a], placements: [placement] } = await storeWith(['a']);
      await store.reviseArticle(a!, headlineEdit(0, 'Staff headline'));
      await store.saveEntries([feedEntry('wire', 'a', { title: 'changed' })], T2);
      const update = cleanArticle('Wire headline, updated', { text: 'New body.', blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'New body.' }] }] });
      assert.equal(await store.saveArticle(update, placement!, T2), a);

      const article = await store.getArticle(a!);
      assert.equal(article?.headline, 'Staff headline');
      assert.equal(article?.text, 'New body.');
      assert.equal(article?.revision, 2);
      const revisions = await store.editorialRevisions(a!);
      assert.deepEqual(revisions[1], {
        articleId: a,
        revision: 2,
        action: 'wire-update',
        actor: 'wire:wire',
        at: T2,
        reason: null,
        changes: [{ field: 'body', before: [{ type: 'paragraph', content: [{ kind: 'text', text: 'Headline a.' }] }], after: [{ type: 'paragraph', content: [{ kind: 'text', text: 'New body.' }] }] }],
        held: [{ field: 'headline', before: 'Headline a', after: 'Wire headline, updated' }],
      });
      // The same update again holds nothing new and changes nothing.
      await store.saveArticle(update, placement!, T2);
      assert.equal((await store.getArticle(a!))?.revision, 2);
    });

    void it("a wire's cancellation stores a new item killed, kills a stored one keeping its text, and its all-clear restores only its own kill", async () => {
      const { store, ids: [a, b], placements } = await storeWith(['a', 'b']);
      await store.saveEntries([feedEntry('wire', 'c')], T0);
      const entryC = (await store.entriesNeedingArticles(5)).find((e) => e.guid === 'c')!;
      const c = await store.saveArticle(cleanArticle('Never shown'), { entryId: entryC.id, sourceId: 'wire', section: 'world', slug: 'c', withdrawal: { reason: 'canceled by the wire' } }, T1);
      assert.deepEqual((await store.getArticle(c))?.killed, { at: T1, by: 'wire:wire', reason: 'canceled by the wire' });
      assert.ok(!(await listed(store)).includes('Never shown'));

      await store.saveArticle(cleanArticle('Cancellation notice', { text: '' , blocks: [] }), { ...placements[0]!, withdrawal: { reason: 'withheld by the wire' } }, T1);
      const withheld = await store.getArticle(a!);
      assert.equal(withheld?.headline, 'Headline a', 'the text is kept for the desk');
      assert.equal(withheld?.killed?.by, 'wire:wire');
      await store.killArticle(b!, { actor: 'editor@desk', at: T1, reason: 'ours' });

      await store.saveArticle(cleanArticle('Headline a'), placements[0]!, T2);
      await store.saveArticle(cleanArticle('Headline b'), placements[1]!, T2);
      assert.equal((await store.getArticle(a!))?.killed, null, 'usable again: the wire lifts its own hold');
      assert.equal((await store.getArticle(b!))?.killed?.by, 'editor@desk', 'a staff kill stays');
      assert.deepEqual((await store.editorialRevisions(a!)).map((r) => [r.action, r.actor]), [['kill', 'wire:wire'], ['restore', 'wire:wire']]);
      // The wire's own kills and restores are in the audit log too (a staff kill is the desk's to record).
      const audited = await store.listAudit({ limit: 10 });
      assert.deepEqual(audited.map((e) => [e.action, e.actor, e.objectType, e.objectId, e.reason]).reverse(), [
        ['kill', 'wire:wire', 'article', String(c), 'canceled by the wire'],
        ['kill', 'wire:wire', 'article', String(a), 'withheld by the wire'],
        ['restore', 'wire:wire', 'article', String(a), 'the wire sent the item as usable again'],
      ]);
      assert.deepEqual([audited[0]?.before, audited[0]?.after, audited[0]?.at], [{ status: 'killed' }, { status: 'published', revision: 2 }, T2]);
    });

    void it('the embargoes a wire sets, moves and lifts are in the audit log; one already over is not', async () => {
      const { store, placements: [placement, other] } = await storeWith(['a', 'b']);
      const embargoes = async () => (await store.listAudit({ actions: ['embargo'], limit: 10 })).map((e) => [e.actor, e.before, e.after, e.reason]).reverse();
      await store.saveArticle(cleanArticle('Headline a'), { ...placement!, embargoedUntil: '2024-05-01T10:30:00Z' }, T0);
      await store.saveArticle(cleanArticle('Headline a'), { ...placement!, embargoedUntil: '2024-05-01T11:00:00Z' }, T0);
      await store.saveArticle(cleanArticle('Headline a'), { ...placement!, embargoedUntil: null }, T0);
      await store.saveArticle(cleanArticle('Headline b'), { ...other!, embargoedUntil: '2024-04-30T00:00:00Z' }, T0);
      assert.deepEqual(await embargoes(), [
        ['wire:wire', { embargoedUntil: null }, { embargoedUntil: '2024-05-01T10:30:00.000Z' }, 'embargoed by the wire until 2024-05-01T10:30:00.000Z'],
        ['wire:wire', { embargoedUntil: '2024-05-01T10:30:00.000Z' }, { embargoedUntil: '2024-05-01T11:00:00.000Z' }, 'the wire moved the embargo to 2024-05-01T11:00:00.000Z'],
        ['wire:wire', { embargoedUntil: '2024-05-01T11:00:00.000Z' }, { embargoedUntil: null }, 'the wire lifted the embargo'],
      ]);
    });

    void it('an embargoed article is hidden until its time, then listed without anyone acting', async () => {
      const { store, placements: [placement] } = await storeWith(['a']);
      await store.saveArticle(cleanArticle('Headline a'), { ...placement!, embargoedUntil: '2024-05-01T10:30:00+00:00' }, T0);
      assert.deepEqual(await listed(store, T1), []);
      assert.deepEqual(await store.latestArticles({ limit: 5 }), [], 'without a time, an embargo hides');
      assert.deepEqual(await listed(store, T2), ['Headline a']);
      assert.deepEqual((await store.listArticleStates({ status: 'embargoed', at: T1, limit: 5 })).map((s) => s.embargoedUntil), ['2024-05-01T10:30:00.000Z']);
      assert.deepEqual(await store.clusteringBounds(T1), { newest: null, oldestUnassigned: null });
      assert.equal((await store.clusteringBounds(T2)).oldestUnassigned, '2024-05-01T08:00:00.000Z');
    });

    void it('the desk\'s article list finds headlines by a piece of text, any case, wildcards literal, and filters by language and source', async () => {
      const store = await database().open();
      for (const source of ['wire', 'paper']) await store.upsertSource(sourceDefinition(source), 'config', T0);
      const saved = [
        ['wire', 'a', 'Ferry fares rise 100% at the harbour', 'en'],
        ['wire', 'b', 'Ferry timetable changes', 'en'],
        ['paper', 'c', 'FERRY strike ends', 'en'],
        ['paper', 'd', 'नौका सेवा फिर शुरू', 'hi'],
      ] as const;
      for (const [source, guid, headline, lang] of saved) {
        await store.saveEntries([feedEntry(source, guid)], T0);
        const entry = (await store.entriesNeedingArticles(10)).find((e) => e.guid === guid && e.sourceId === source)!;
        await store.saveArticle(cleanArticle(headline, { lang }), { entryId: entry.id, sourceId: source, section: 'world', slug: guid }, T0);
      }
      const find = async (query: Partial<ArticleStateQuery>) => (await store.listArticleStates({ at: T1, limit: 10, ...query })).map((a) => a.headline).sort();
      assert.deepEqual(await find({ headline: 'ferry' }), ['FERRY strike ends', 'Ferry fares rise 100% at the harbour', 'Ferry timetable changes']);
      assert.deepEqual(await find({ headline: '100%' }), ['Ferry fares rise 100% at the harbour']);
      assert.deepEqual(await find({ headline: '%' }), ['Ferry fares rise 100% at the harbour'], '% is a character, not a wildcard');
      assert.deepEqual(await find({ headline: 'e_s' }), [], '_ is a character too');
      assert.deepEqual(await find({ headline: 'सेवा' }), ['नौका सेवा फिर शुरू']);
      assert.deepEqual(await find({ headline: 'ferry', sourceId: 'paper' }), ['FERRY strike ends']);
      assert.deepEqual(await find({ lang: 'hi' }), ['नौका सेवा फिर शुरू']);
      assert.deepEqual(await find({ headline: 'ferry', lang: 'hi' }), []);
    });

    void it('revisions go with their article', async () => {
      const { store, ids: [a] } = await storeWith(['a']);
      await store.killArticle(a!, { actor: 'cli:sam', at: T1, reason: 'r' });
      await store.removeSource('wire');
      assert.deepEqual(await store.editorialRevisions(a!), []);
    });
  });
}
