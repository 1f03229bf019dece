/**
 * The translation step over a real store with an openai engine on a
 * loopback chat-completions server (src/translate/engines/testdata/
 * chat-completions-server.ts): what a pass stores for a model's good
 * answer, for one that adds commentary, and for one cut off at max_tokens.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { completion, startChatServer, userText, type ChatServer } from '../translate/engines/testdata/chat-completions-server.ts';
import { glossaryOf } from '../translate/glossary.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { translatePendingArticles } from './translation-step.ts';

const T0 = new Date('2026-03-02T08:00:00Z');
const HINDI: Record<string, string> = {
  'The harbour reopened on Monday after the storm.': 'तूफ़ान के बाद सोमवार को बंदरगाह फिर से खुल गया।',
  'Ferries resumed at ⟦1⟧.': 'नौकाएँ ⟦1⟧ बजे फिर से चलने लगीं।',
  'Harbour reopens after storm': 'तूफ़ान के बाद बंदरगाह खुला',
};

const harbour = cleanArticle('Harbour reopens after storm', {
  blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'The harbour reopened on Monday after the storm. Ferries resumed at 9:30.' }] }],
});

for (const dialect of testDialects) {
  describe(`the translation step with an openai engine on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);
    let server: ChatServer;
    before(async () => {
      server = await startChatServer();
    });
    after(() => server.close());

    async function pass(change: (text: string, good: string) => ReturnType<ChatServer['reply']>) {
      server.reply = (request) => {
        const text = userText(request);
        return change(text, HINDI[text] ?? `no translation for ${text}`);
      };
      const config = parseConfig(
        `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: / }]
sections: [{ id: world, title: World, translate: [hi] }]
sources: [{ id: wire, name: Wire, url: https://wire.example/feed.xml, section: world }]
translation:
  engines: [{ id: llm, kind: openai, url: "${server.url}", model: m, apiKeyEnv: LLM_KEY, retries: 0 }]
  pairs: [{ from: en, to: hi, engine: llm }]
`,
        { file: null, env: {} },
      );
      const store = await database().open();
      const lines: string[] = [];
      const ctx: PipelineContext = { config, store, log: { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) }, now: () => T0, random: () => 0.5 };
      const glossaries = new Map([['hi', glossaryOf([{ source: 'harbour master', target: 'हार्बर मास्टर' }])]]);
      const id = await addArticle(store);
      const result = await translatePendingArticles(ctx, { engines: configuredEngines(config.translation, { env: { LLM_KEY: 'sk-step-5150' }, glossaries }), glossaries });
      const [stored] = await store.translationsOf(id);
      return { result, stored: stored!, lines, store, id };
    }

    test('a good answer is stored as passed, and every request carried the key and the glossary', async () => {
      const { stored } = await pass((_text, good) => ({ body: completion(good) }));
      assert.equal(stored.status, 'pass', JSON.stringify(stored.issues));
      assert.equal(stored.headline, 'तूफ़ान के बाद बंदरगाह खुला');
      assert.equal(stored.text, 'तूफ़ान के बाद सोमवार को बंदरगाह फिर से खुल गया। नौकाएँ 9:30 बजे फिर से चलने लगीं।');
      assert.ok(server.requests.every((r) => r.headers.authorization === 'Bearer sk-step-5150' && r.body!.messages![0]!.content.includes('harbour master → हार्बर मास्टर')));
    });

    test('commentary after the translation is stored for review with the gate\'s issues', async () => {
      const { stored } = await pass((text, good) => ({ body: completion(text.startsWith('Ferries') ? `${good}\n\n(Note: the time was kept in digits as in the source.)` : good) }));
      assert.equal(stored.status, 'review');
      assert.ok(stored.issues.some((i) => i.code === 'untranslated'), JSON.stringify(stored.issues));
    });

    test('an answer cut off at max_tokens leaves the translation pending with the engine\'s reason; the original stays', async () => {
      const { result, stored, store, id, lines } = await pass((text, good) => ({ body: completion(text.startsWith('Ferries') ? good.slice(0, 8) : good, text.startsWith('Ferries') ? 'length' : 'stop') }));
      assert.equal(stored.status, 'pending');
      assert.match(stored.lastError ?? '', /llm: \/chat\/completions: the model stopped at max_tokens \(\d+\).*finish_reason "length"/);
      assert.equal(result.pending.length, 1);
      assert.ok(await store.getArticle(id));
      assert.doesNotMatch(lines.join('\n') + (stored.lastError ?? ''), /sk-step-5150/);
    });
  });
}

async function addArticle(store: Store): Promise<number> {
  await store.upsertSource(sourceDefinition('wire'), 'config', T0.toISOString());
  await store.saveEntries([feedEntry('wire', 'a')], T0.toISOString());
  const entry = (await store.listEntries({ sourceId: 'wire', limit: 5 })).find((e) => e.guid === 'a')!;
  return store.saveArticle(harbour, { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'a' }, T0.toISOString());
}
