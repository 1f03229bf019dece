/**
 * URL slugs from headlines: ASCII letters, digits and dashes only, so a URL
 * survives every mail client and chat app unescaped. Hindi headlines are
 * romanised rather than percent-encoded; Urdu ones are written in Devanagari
 * first (urdu-devanagari.ts) and romanised the same way, so that an Urdu
 * story and its Hindi translation get like slugs.
 */
import { foldToAscii } from './ascii-fold.ts';
import { romanizeDevanagari } from './romanize.ts';
import { urduToDevanagari } from './urdu-devanagari.ts';

/** Long enough for the words that matter, short enough to read in a status bar. */
const MAX_SLUG_LENGTH = 80;

/** Used when nothing usable is left (a headline of emoji or of an unsupported script). */
const FALLBACK_SLUG = 'article';

/** Letters of the Arabic script, which Urdu, Arabic and Persian headlines are written in. */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * `lang` is accepted for scripts that will need it; today every Devanagari
 * word is romanised the Hindi way and every Arabic-script word the Urdu way,
 * whatever the article's language.
 */
export function slugify(headline: string, _lang: string): string {
  const devanagari = ARABIC_SCRIPT.test(headline) ? urduToDevanagari(headline) : headline;
  const ascii = foldToAscii(romanizeDevanagari(devanagari)).toLowerCase();
  const dashed = ascii
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return cutAtDash(dashed, MAX_SLUG_LENGTH) || FALLBACK_SLUG;
}

/** At most `max` characters, cut between words when there is a dash to cut at. */
function cutAtDash(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/u, '');
}
