/**
 * The only URLs a sanitised article may hold: absolute, resolved against the
 * page they came from, with a scheme from a short allowlist. Parsing with the
 * WHATWG URL parser, the one browsers use, means every trick that hides a
 * scheme from a regex (entities, tabs and newlines inside it, leading control
 * characters, upper case) is undone before the scheme is checked.
 */

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** The base URL to resolve against, when it is an absolute http(s) URL; null otherwise. */
export function usableBaseUrl(baseUrl: string | null): string | null {
  return baseUrl ? resolveUrl(baseUrl, null, IMAGE_PROTOCOLS) : null;
}

/** An href a reader may follow, or null: then the link is unwrapped and its text kept. */
export function safeLinkUrl(href: string | undefined, baseUrl: string | null): string | null {
  // A fragment-only link points into the source page, which the reader is not on.
  if (href === undefined || href.trim().startsWith('#')) return null;
  return resolveUrl(href, baseUrl, LINK_PROTOCOLS);
}

/** An image URL a page may load: absolute http(s) only (no data:, no blob:). */
export function safeImageUrl(src: string | undefined, baseUrl: string | null): string | null {
  return src === undefined ? null : resolveUrl(src, baseUrl, IMAGE_PROTOCOLS);
}

function resolveUrl(raw: string, baseUrl: string | null, protocols: ReadonlySet<string>): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!protocols.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
