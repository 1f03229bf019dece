/** A Spanish machine translation held for review, with the engine's leftovers a reviewer must fix, over a real store. */
import type { Block } from '../../extract/article.ts';
import { blocksToText } from '../../extract/html/block-text.ts';
import type { Store } from '../../store/store.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../../store/test-records.ts';
import { checkTranslation } from '../../translate/qa.ts';
import { T0 } from './desk-fixture.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ kind: 'text', text }] });

export const HELD_SOURCE = ['The council opened the Kingsbridge park on Monday.', 'Tickets cost 12 euros.', 'Residents welcomed it.'];
/** As Apertium leaves them: an unknown word, a lost number, and a segment an attacker controls. */
export const HELD_TARGET = ['El consejo abrió el *Kingsbridge #parque el lunes.', 'Las entradas cuestan euros.', 'Los vecinos <script>alert(1)</script> lo celebraron.'];

/** `sourceLang` gives the original another language than English (the texts stay the fixture's). */
export async function holdTranslation(store: Store, guid: string, sourceLang = 'en'): Promise<{ articleId: number; translationId: number }> {
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  await store.saveEntries([feedEntry('wire', guid)], T0);
  const entry = (await store.entriesNeedingArticles(100)).find((e) => e.guid === guid);
  if (!entry) throw new Error(`review fixture: entry ${guid} was not saved`);
  const sourceBlocks = HELD_SOURCE.map(paragraph);
  const article = cleanArticle(`Park opens ${guid}`, { blocks: sourceBlocks, text: blocksToText(sourceBlocks), lang: sourceLang });
  const articleId = await store.saveArticle(article, { entryId: entry.id, sourceId: 'wire', section: 'world', slug: guid }, T0);
  const saved = await store.getArticle(articleId);
  const blocks = HELD_TARGET.map(paragraph);
  const pair = { from: sourceLang, to: 'es' };
  const issues = HELD_SOURCE.flatMap((source, i) => checkTranslation(source, HELD_TARGET[i]!, pair));
  const translationId = await store.saveTranslation(
    {
      articleId,
      targetLang: 'es',
      articleVersion: saved!.updatedAt,
      engine: 'apertium',
      headline: `El parque abre ${guid}`,
      headlineLang: null,
      translatedHeadline: `El parque abre ${guid}`,
      headlinePolicy: 'translate',
      blocks,
      text: blocksToText(blocks),
      status: 'review',
      issues,
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
    },
    T0,
  );
  return { articleId, translationId };
}
