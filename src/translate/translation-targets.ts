/**
 * Which articles the configuration asks to translate into which edition
 * languages: `translate: [hi, en]` on a source or on a section. A source's
 * list and its section's list add up; an article is never translated into its
 * own language (the store query leaves those out).
 */
import type { Config } from '../config/schema.ts';

export interface TranslationTarget {
  lang: string;
  /** Articles of these sources… */
  sourceIds: string[];
  /** …or of these sections are translated into `lang`. */
  sections: string[];
  headlinePolicy: 'keep' | 'translate';
}

export function translationTargets(config: Pick<Config, 'editions' | 'sources' | 'sections'>): TranslationTarget[] {
  return config.editions
    .map((edition) => ({
      lang: edition.lang,
      sourceIds: config.sources.filter((s) => s.translate?.includes(edition.lang)).map((s) => s.id),
      sections: config.sections.filter((s) => s.translate?.includes(edition.lang)).map((s) => s.id),
      headlinePolicy: edition.headline,
    }))
    .filter((t) => t.sourceIds.length > 0 || t.sections.length > 0);
}
