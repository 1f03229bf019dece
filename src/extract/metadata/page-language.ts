/**
 * The article's language: the configured one wins; then the page's own
 * declaration, unless the text is plainly in another script (templates often
 * say `lang="en"` on every page of a Hindi site); then detection.
 */
import { detectLanguage } from '../../text/language.ts';
import { primarySubtag } from '../../text/language-tag.ts';
import { contradictsLanguage } from '../../text/script.ts';

export function articleLanguage(configured: string | null, declared: string | null, text: string): string {
  const fromPage = primarySubtag(declared);
  const trusted = fromPage !== null && !contradictsLanguage(text, fromPage) ? fromPage : null;
  return primarySubtag(configured) ?? trusted ?? detectLanguage(text) ?? fromPage ?? 'und';
}

/**
 * A headline in another script than its body is in another language; which one
 * is asked of the detector. Same-script differences are left alone: detection
 * on a single line is not sure enough.
 */
export function headlineLanguage(headline: string, lang: string): string | null {
  if (!contradictsLanguage(headline, lang)) return null;
  const detected = detectLanguage(headline);
  return detected !== null && detected !== lang ? detected : null;
}
