/**
 * Marking an article's translations stale when the text they were made from
 * changes: a wire update of the headline or the body (article-save.ts), or a
 * staff edit or correction of them (article-lifecycle.ts), in the same
 * transaction as the change. Standfirst, dateline and section are not
 * translated, so changing them leaves the translations as they are.
 *
 * The mark keeps what the translation was made from and whether staff had
 * approved it, so that after the next pass translates it again the desk can
 * show the reviewer the source's changes and hold a reviewed translation for
 * another look. A translation marked already keeps its first mark: the
 * reviewer sees every change since the version they (or the gate) accepted.
 */
import type { Transaction } from 'kysely';
import { fromJsonText, toJsonText } from './column-values.ts';
import type { Database } from './schema.ts';
import type { FieldChange, SourceSnapshot, StaleFrom } from './store.ts';

/** The article fields a translation is made from (translate/article-translation.ts). */
const TRANSLATED_FIELDS: ReadonlySet<FieldChange['field']> = new Set(['headline', 'body']);

export function changesTranslatedText(changes: readonly FieldChange[]): boolean {
  return changes.some((change) => TRANSLATED_FIELDS.has(change.field));
}

export async function markTranslationsStale(trx: Transaction<Database>, articleId: number, at: string): Promise<void> {
  const current = await trx
    .selectFrom('translations')
    .select(['id', 'source_segments', 'approved_at'])
    .where('article_id', '=', articleId)
    .where('stale_since', 'is', null)
    .execute();
  for (const row of current) {
    const source = row.source_segments === null ? null : fromJsonText<SourceSnapshot>(row.source_segments, `source of translation ${row.id}`);
    const from: StaleFrom = { source, approvedAt: row.approved_at };
    await trx.updateTable('translations').set({ stale_since: at, stale_from: toJsonText(from) }).where('id', '=', row.id).execute();
  }
}
