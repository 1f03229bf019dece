/**
 * What a source's licence lets staff change (wiredesk.yaml `licence: { edits }`):
 * `full` anything; `headline` only the headline, the copy's body, standfirst
 * and dateline being the source's words; `none` nothing of the copy. Moving
 * an article to another section is placement, not a change to the copy, and
 * is always allowed.
 */
import type { EditableField, LicenceRules } from '../store/store.ts';

const ALLOWED: Readonly<Record<LicenceRules['edits'], ReadonlySet<EditableField>>> = {
  full: new Set(['headline', 'standfirst', 'dateline', 'body', 'section']),
  headline: new Set(['headline', 'section']),
  none: new Set(['section']),
};

/** The fields among `changed` the licence does not allow, in the order given. */
export function refusedFields(rules: LicenceRules, changed: readonly EditableField[]): EditableField[] {
  return changed.filter((field) => !ALLOWED[rules.edits].has(field));
}

/** The fields staff may change under these rules, for the desk's form (locked fields are shown, not editable). */
export function editableFields(rules: LicenceRules): EditableField[] {
  return [...ALLOWED[rules.edits]];
}
