/**
 * What the desk asks of the translation engines: whether one is configured
 * for a pair, and an article translated again (the engine anew, past the
 * memory's machine outputs; reviewers' segments kept; held for review). Built
 * from the configured engines by whoever starts the desk (src/cli/web-app.ts
 * with src/pipeline/article-retranslation.ts); absent when none are configured.
 */
import type { StoredArticle, StoredTranslation } from '../store/store.ts';
import type { LanguagePair } from '../translate/qa.ts';

export interface TranslatedAgain {
  engine: string;
  /** Sentences the engine translated, and those that came from reviewers' segments. */
  sent: number;
  human: number;
}

export interface DeskTranslation {
  serves(pair: LanguagePair): boolean;
  /** Replaces the stored draft; throws when the engine fails, leaving the draft as it was. */
  translateAgain(translation: StoredTranslation, article: StoredArticle): Promise<TranslatedAgain>;
}
