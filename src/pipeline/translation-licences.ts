/**
 * What sources' licences say about machine translation (wiredesk.yaml
 * `licence: { translation }`): `forbid`, none is made; `review`, every one
 * is held for staff review, even when the quality gate passes it, with an
 * issue saying why; `publish`, the gate decides.
 */
import type { Store } from '../store/store.ts';
import { issue, type QaIssue } from '../translate/qa.ts';

/** The issue code of a translation held because its source's licence asks for review. */
export const LICENCE_REVIEW = 'licence-review';

export interface TranslationLicences {
  /** Sources whose articles are not machine-translated at all. */
  forbidden: string[];
  /** By source id: the issue that holds each of its translations for review. */
  reviewed: Map<string, QaIssue>;
}

export async function translationLicences(store: Store): Promise<TranslationLicences> {
  const sources = await store.listSources();
  return {
    forbidden: sources.filter((s) => s.licenceRules.translation === 'forbid').map((s) => s.id),
    reviewed: new Map(
      sources
        .filter((s) => s.licenceRules.translation === 'review')
        .map((s) => [s.id, issue(LICENCE_REVIEW, { kind: 'licence-review', source: s.name })]),
    ),
  };
}
