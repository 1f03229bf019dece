/**
 * What a wire update does to an article staff have edited. The rule
 * (docs/articles.md, "When the wire sends an update"):
 *
 * - a field staff never changed takes the wire's new value;
 * - a field staff changed keeps the staff's value. The wire's new value is
 *   not lost: it is kept as the field's latest wire value, and when it differs
 *   from the one before, the update's revision lists it as `held`, so the desk
 *   can show that the wire changed text staff had edited, and what to.
 *
 * Held rather than applied, because the staff's version was a decision (a
 * corrected name, a headline fitted to the licence) that a machine re-send
 * must not undo without anyone noticing; held rather than dropped, because
 * a wire update is often a correction the desk needs to see. Pure.
 */
import type { Block } from '../extract/article.ts';
import { fromJsonText } from './column-values.ts';
import { EDITABLE_FIELDS, type EditableField, type FieldChange } from './store.ts';

/** The article columns a rebuild writes, as articleColumns() in articles-table.ts makes them. */
export interface FieldColumns {
  headline: string;
  headline_lang: string | null;
  slug: string;
  standfirst: string | null;
  dateline: string | null;
  blocks: string;
  text: string;
  image: string | null;
  section: string;
}

const COLUMNS_OF: Readonly<Record<EditableField, readonly (keyof FieldColumns)[]>> = {
  headline: ['headline', 'headline_lang', 'slug'],
  standfirst: ['standfirst'],
  dateline: ['dateline'],
  body: ['blocks', 'text', 'image'],
  section: ['section'],
};

export interface WireMerge {
  /** The columns to write: the wire's, minus those of staff-edited fields. */
  set: Partial<FieldColumns>;
  /** Fields the wire changed, as applied. */
  changes: FieldChange[];
  /** Fields staff changed whose wire value changed, not applied: `before` the last wire value, `after` the new one. */
  held: FieldChange[];
  /** The latest wire value of each staff-edited field. */
  wireValues: Record<string, unknown>;
}

export function mergeWireUpdate(
  current: FieldColumns,
  staffEdited: readonly EditableField[],
  lastWireValues: Readonly<Record<string, unknown>>,
  built: FieldColumns,
): WireMerge {
  const merge: WireMerge = { set: {}, changes: [], held: [], wireValues: { ...lastWireValues } };
  for (const field of EDITABLE_FIELDS) {
    const next = fieldValue(field, built);
    if (staffEdited.includes(field)) {
      const last = lastWireValues[field];
      if (!sameValue(last, next)) merge.held.push({ field, before: last ?? null, after: next });
      merge.wireValues[field] = next;
      continue;
    }
    const now = fieldValue(field, current);
    if (!sameValue(now, next)) merge.changes.push({ field, before: now, after: next });
    for (const column of COLUMNS_OF[field]) Object.assign(merge.set, { [column]: built[column] });
  }
  return merge;
}

/** A field's value as revisions record it: the headline's text, the body's blocks. */
export function fieldValue(field: EditableField, columns: FieldColumns): unknown {
  switch (field) {
    case 'headline':
      return columns.headline;
    case 'standfirst':
      return columns.standfirst;
    case 'dateline':
      return columns.dateline;
    case 'body':
      return fromJsonText<Block[]>(columns.blocks, 'blocks of a rebuilt article');
    case 'section':
      return columns.section;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
