/**
 * Absolute addresses for what leaves the page (canonical links, feeds,
 * sitemaps, OpenGraph): the site's public base URL, which is
 * `site.baseUrl`, or where the demo really listens (see `SiteOptions.publicUrl`).
 */

/** `path` (absolute-path, already percent-encoded) on the site's public origin. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl).href;
}

/**
 * OpenGraph's `og:locale` is `language_TERRITORY`; editions name a language
 * only, so the territory is CLDR's likeliest one (`hi` → `hi_IN`, `en` → `en_US`).
 */
export function ogLocale(lang: string): string {
  try {
    const likely = new Intl.Locale(lang).maximize();
    return likely.region ? `${likely.language}_${likely.region}` : likely.language;
  } catch {
    return lang;
  }
}
