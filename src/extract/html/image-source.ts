/**
 * Which URL an <img> really shows. Lazy-loading scripts keep the real image
 * in a data- attribute or a srcset and put a placeholder in src, so those are
 * read first; tracking pixels and emoji images are told apart from pictures.
 */
import { isTag, type Element } from 'domhandler';
import { hasClass } from './html-tags.ts';
import { safeImageUrl } from './safe-url.ts';

/** Attributes lazy loaders (WordPress, lazysizes, jQuery plugins) keep the real URL in. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-full-src'];

/** Tried after src, because they often list sizes far larger than the article needs. */
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** File names that lazy loaders use for the image shown before the real one loads. */
const PLACEHOLDER_SRC = /(?:blank|spacer|placeholder|transparent|lazy|loading|grey|gray|pixel)\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])/iu;

/** An image no more than this many CSS pixels wide or high is a tracking beacon, not a picture. */
const MAX_TRACKING_PIXEL_SIZE = 2;

const STYLE_SIZE = /(?:^|;)\s*(width|height)\s*:\s*(\d+(?:\.\d+)?)px/giu;

/** The absolute http(s) URL the image shows, or null when it has none. */
export function imageSource(img: Element, baseUrl: string | null): string | null {
  for (const name of LAZY_SOURCE_ATTRIBUTES) {
    const url = safeImageUrl(img.attribs[name], baseUrl);
    if (url) return url;
  }
  const src = safeImageUrl(img.attribs['src'], baseUrl);
  if (src && !PLACEHOLDER_SRC.test(src)) return src;
  for (const name of SRCSET_ATTRIBUTES) {
    const url = safeImageUrl(largestCandidate(img.attribs[name]), baseUrl);
    if (url) return url;
  }
  return pictureSource(img, baseUrl);
}

/** A <picture> may give its sources only in <source srcset>, leaving the <img> empty. */
function pictureSource(img: Element, baseUrl: string | null): string | null {
  const picture = img.parent;
  if (!picture || !isTag(picture) || picture.name !== 'picture') return null;
  for (const child of picture.children) {
    if (!isTag(child) || child.name !== 'source') continue;
    const url = safeImageUrl(largestCandidate(child.attribs['srcset'] ?? child.attribs['data-srcset']), baseUrl);
    if (url) return url;
  }
  return null;
}

/**
 * The URL of the widest candidate of a srcset (by `w`, else by `x`), following
 * the HTML parsing rules: a URL is a run of non-space characters and may
 * itself contain commas; descriptors follow it up to the next comma.
 */
export function largestCandidate(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: { url: string; score: number } | undefined;
  let position = 0;
  while (position < srcset.length) {
    const start = skipSeparators(srcset, position);
    if (start >= srcset.length) break;
    const urlEnd = srcset.slice(start).search(/\s/u);
    let url = urlEnd < 0 ? srcset.slice(start) : srcset.slice(start, start + urlEnd);
    position = urlEnd < 0 ? srcset.length : start + urlEnd;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/u, '');
    } else {
      const comma = srcset.indexOf(',', position);
      descriptor = (comma < 0 ? srcset.slice(position) : srcset.slice(position, comma)).trim();
      position = comma < 0 ? srcset.length : comma + 1;
    }
    const score = descriptorScore(descriptor);
    if (url && (!best || score > best.score)) best = { url, score };
  }
  return best?.url;
}

function skipSeparators(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s,]/u.test(text[i]!)) i++;
  return i;
}

/** Widths outrank densities; a candidate with no descriptor counts as 1x. */
function descriptorScore(descriptor: string): number {
  const width = /^(\d+)w$/u.exec(descriptor);
  if (width) return Number(width[1]) * 1000;
  const density = /^(\d+(?:\.\d+)?)x$/u.exec(descriptor);
  return density ? Number(density[1]) : 1;
}

/** A 1×1 (or 0×0, or 2-pixel-wide) image: a beacon that tells the source who read the item. */
export function isTrackingPixel(img: Element): boolean {
  const sizes = [img.attribs['width'], img.attribs['height']]
    .map((value) => (value === undefined ? Number.NaN : Number.parseFloat(value)))
    .filter((value) => Number.isFinite(value));
  for (const match of (img.attribs['style'] ?? '').matchAll(STYLE_SIZE)) sizes.push(Number(match[2]));
  return sizes.some((size) => size <= MAX_TRACKING_PIXEL_SIZE);
}

/** Emoji drawn as images (WordPress replaces emoji with <img class="emoji" alt="🙂">). */
export function isEmojiImage(img: Element): boolean {
  return hasClass(img, (name) => name === 'emoji' || name === 'wp-smiley') || /\/emoji\//u.test(img.attribs['src'] ?? '');
}
