/**
 * Pictures of a site's furniture that pages name as their image: the logo
 * many publishers put in og:image or JSON-LD for pages without a photo,
 * a default sharing card, a tracking pixel. None of them is an article's
 * lead image, so the metadata's candidates are checked against:
 *
 * - the file's name or folder (`logo.png`, `/logos/…`, `favicon`, `sprite`,
 *   `default-share.jpg`), or a beacon's whole name (`pixel.gif`, `1x1.png`);
 * - the page itself: an image shown in its header, navigation or banner,
 *   or marked as a logo by its class, id or alt text;
 * - its size, where the page shows it: a few pixels wide or high.
 */
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';
import { imageSource, isTrackingPixel } from '../html/image-source.ts';
import { sameImage } from './lead-image.ts';

/** Words in a path that name furniture, as whole segments or between dashes, dots, @ and underscores. */
const FURNITURE_PATH = /(?:^|[/_.-])(?:logos?|favicons?|apple-touch-icon|sprites?|masthead|branding|watermark|placeholder|default-(?:share|og|social|image|thumb)|og-default|share-default)(?=$|[/_.@\d-])/iu;

/** Beacons are named for what they are only as a whole file (a news photo may be of a Pixel phone). */
const BEACON_FILE = /\/(?:pixel|spacer|blank|clear|transparent|beacon|track(?:ing)?|1x1)\.(?:gif|png)$/iu;

/** Class or id words that mark an image as a logo. */
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?icon|masthead)(?:$|[\s_-])/iu;
/** Alt text is prose: only the word "logo" says it ("Deccan Ledger logo"). */
const LOGO_ALT = /\blogo\b/iu;

/** Navigation is the site's wherever it sits (HTML §4.3.4; ARIA navigation). */
const NAVIGATION_TAGS: ReadonlySet<string> = new Set(['nav']);
const NAVIGATION_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo']);
/** A header or footer is the page's own (banner, content info) unless it sits in an article (HTML-AAM). */
const PAGE_BOX_TAGS: ReadonlySet<string> = new Set(['header', 'footer']);
const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

export function isFurnitureImageUrl(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  return FURNITURE_PATH.test(path) || BEACON_FILE.test(path);
}

/**
 * The URLs of the page's images that belong to the site rather than to the
 * article. One walk, iterative (a page may nest 100,000 elements deep), with
 * where each node sits kept as two bits beside it rather than an object per
 * node: the walk covers every element of every page extracted.
 */
export function furnitureImageUrls(document: Document, baseUrl: string | null): string[] {
  const urls: string[] = [];
  const nodes: AnyNode[] = [...document.children].reverse();
  const places: number[] = nodes.map(() => 0);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const place = places.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'img') {
      if ((place & FURNITURE) !== 0 || isMarkedLogo(node) || isTrackingPixel(node)) {
        const url = imageSource(node, baseUrl);
        if (url) urls.push(url);
      }
      continue;
    }
    const inside = placeInside(node, place);
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      places.push(inside);
    }
  }
  return urls;
}

/** Inside the site's header, footer or navigation. */
const FURNITURE = 1;
/** Inside an article or the main content, where a header is the article's. */
const IN_ARTICLE = 2;

function placeInside(element: Element, around: number): number {
  const role = element.attribs['role']?.toLowerCase() ?? '';
  if (NAVIGATION_TAGS.has(element.name) || NAVIGATION_ROLES.has(role)) return around | FURNITURE;
  if (ARTICLE_TAGS.has(element.name) || role === 'main' || role === 'article') return around | IN_ARTICLE;
  if (PAGE_BOX_TAGS.has(element.name) && (around & IN_ARTICLE) === 0) return FURNITURE;
  return around;
}

/** Whether a candidate for the lead image is a site's logo, a default card or a beacon. */
export function isFurnitureImage(url: string, furniture: readonly string[]): boolean {
  return isFurnitureImageUrl(url) || furniture.some((other) => sameImage(url, other));
}

function isMarkedLogo(img: Element): boolean {
  const { class: className, id, alt } = img.attribs;
  return [className, id].some((value) => value !== undefined && LOGO_CLASS.test(value)) || (alt !== undefined && LOGO_ALT.test(alt));
}
