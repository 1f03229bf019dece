/**
 * The site's URL scheme. Every edition lives under its own prefix ("/" for the
 * main edition, "/en/" for another); inside it:
 *
 *   <prefix>                         home
 *   <prefix><section>/               section page (?page=N for older stories)
 *   <prefix>trends/                  the built-in trends section
 *   <prefix><section>/<id>-<slug>    article
 *
 * An article belongs to the edition of its language; an article in a language
 * with no edition belongs to the main edition.
 */
import type { Config, EditionConfig } from '../config/schema.ts';
import type { ArticleQuery } from '../store/store.ts';

export type Edition = EditionConfig;

/** Id of the built-in section that lists what is spreading fastest. */
export const TRENDS_SECTION = 'trends';

export function mainEdition(config: Config): Edition {
  const main = config.editions.find((e) => e.path === '/');
  // The config schema rejects a config without a "/" edition, so this is a broken invariant.
  if (!main) throw new Error('site: config has no edition with path "/"');
  return main;
}

/** The edition whose prefix a request path starts with; the main edition when none does. */
export function editionForPath(config: Config, path: string): Edition {
  const prefixed = config.editions.find(
    (e) => e.path !== '/' && (path.startsWith(e.path) || path === e.path.slice(0, -1)),
  );
  return prefixed ?? mainEdition(config);
}

export function editionForLang(config: Config, lang: string): Edition {
  return config.editions.find((e) => e.lang === lang) ?? mainEdition(config);
}

export function homePath(edition: Edition): string {
  return edition.path;
}

export function sectionPath(edition: Edition, sectionId: string, page = 1): string {
  const path = `${edition.path}${sectionId}/`;
  return page > 1 ? `${path}?page=${page}` : path;
}

export interface ArticleAddress {
  id: number;
  lang: string;
  section: string;
  slug: string;
}

export function articlePath(config: Config, article: ArticleAddress): string {
  const edition = editionForLang(config, article.lang);
  // The store promises ASCII slugs; encoding keeps the path valid if one ever is not.
  const ref = article.slug ? `${article.id}-${encodeURIComponent(article.slug)}` : String(article.id);
  return `${edition.path}${article.section}/${ref}`;
}

export function isKnownSection(config: Config, sectionId: string): boolean {
  return sectionId === TRENDS_SECTION || config.sections.some((s) => s.id === sectionId);
}

/**
 * The originals an edition lists: those in its language; the main edition
 * with `showUntranslated` also lists every language without an edition of
 * its own, as it stands (translations into the edition come on top, see
 * translation-view.ts).
 */
export function editionFilter(config: Config, edition: Edition): Pick<ArticleQuery, 'lang' | 'excludeLangs'> {
  if (edition.path !== '/' || !edition.showUntranslated) return { lang: edition.lang };
  return { excludeLangs: config.editions.filter((e) => e.path !== '/').map((e) => e.lang) };
}

/**
 * The same page in every edition (a home, section or story page) for
 * hreflang links; readers with no matching language go to the main edition's.
 */
export function acrossEditions(config: Config, pathIn: (edition: Edition) => string): { alternates: { lang: string; path: string }[]; xDefaultPath: string } {
  return {
    alternates: config.editions.map((edition) => ({ lang: edition.lang, path: pathIn(edition) })),
    xDefaultPath: pathIn(mainEdition(config)),
  };
}
