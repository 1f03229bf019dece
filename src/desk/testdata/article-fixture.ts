/** An English wire article over a real store, for the desk's article pages; its source's licence as the test needs it. */
import type { Block } from '../../extract/article.ts';
import { blocksToText } from '../../extract/html/block-text.ts';
import type { LicenceRules, Store } from '../../store/store.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../../store/test-records.ts';
import { T0 } from './desk-fixture.ts';

export const ARTICLE_PARAGRAPHS = ['Eleven ships docked at the harbour on Friday.', 'The port reopens to ferries on Monday.'];

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ kind: 'text', text }] });

export interface ArticleOptions {
  source?: string;
  sourceName?: string;
  licence?: string | null;
  licenceRules?: LicenceRules;
  headline?: string;
  lang?: string;
  section?: string;
  published?: string;
}

/** Stores the article (a new entry of `source` with this guid) and returns its id. */
export async function storeArticle(store: Store, guid: string, options: ArticleOptions = {}): Promise<number> {
  const source = options.source ?? 'harbour';
  await store.upsertSource(
    sourceDefinition(source, {
      name: options.sourceName ?? 'Harbour Wire',
      licence: options.licence ?? null,
      ...(options.licenceRules ? { licenceRules: options.licenceRules } : {}),
    }),
    'config',
    T0,
  );
  await store.saveEntries([feedEntry(source, guid)], T0);
  const entry = (await store.entriesNeedingArticles(1000)).find((e) => e.guid === guid && e.sourceId === source);
  if (!entry) throw new Error(`article fixture: entry ${source}/${guid} was not saved`);
  const blocks = ARTICLE_PARAGRAPHS.map(paragraph);
  const article = cleanArticle(options.headline ?? `Ships return to the harbour (${guid})`, {
    standfirst: 'After the storm, the port fills again.',
    dateline: 'KINGSBRIDGE',
    blocks,
    text: blocksToText(blocks),
    lang: options.lang ?? 'en',
    published: options.published ?? '2026-03-01T06:00:00Z',
  });
  return store.saveArticle(article, { entryId: entry.id, sourceId: source, section: options.section ?? 'world', slug: guid }, T0);
}
