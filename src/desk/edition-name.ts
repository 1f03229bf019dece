/**
 * What the desk calls an edition or a language in its lists and filters: the
 * edition's configured title ("संगम समाचार"), or, for an edition without one
 * (`wiredesk init` writes none) and for a language no edition serves, the
 * language's name in the desk's own language ("अंग्रेज़ी", "English") rather
 * than its bare code.
 */
import type { DeskDeps } from './desk-context.ts';
import { deskLanguage } from './desk-strings.ts';
import { languageName } from '../text/language-name.ts';

export function editionName(deps: Pick<DeskDeps, 'config' | 'lang'>, lang: string): string {
  return deps.config.editions.find((e) => e.lang === lang)?.title ?? languageName(lang, deskLanguage(deps.lang));
}
