/**
 * The lead image: the picture the page's metadata names, found where the
 * page shows it, so that the article keeps the caption and credit printed
 * under it. Pages serve one picture in several sizes (`gates-800.jpg`,
 * `gates-1200.jpg`, `…/resize/1200x675/gates.jpg`), so URLs are compared by
 * the file's name with its size taken off.
 */
import { isTag, type Element } from 'domhandler';
import type { Figure } from '../article.ts';
import { detach } from '../html/dom-walk.ts';
import { figureFromElement, figureFromImage, isCaptionBox } from '../html/html-figure.ts';
import { imageSource } from '../html/image-source.ts';
import { safeImageUrl } from '../html/safe-url.ts';
import { removeElement, type PageText } from '../content/text-blocks.ts';

/** Levels above an <img> searched for its <figure>: a picture and a link or two wrap it. */
const MAX_FIGURE_CLIMB = 4;

/** Size marks at the end of a file name: -800, _1200x675, -large, @2x. */
const SIZE_SUFFIX = /(?:[-_@.](?:\d{2,4}(?:x\d{2,4})?|\d(?:\.\d)?x|\d{2,4}w|small|medium|large|thumb|thumbnail|full|original))+$/u;

/** Takes the figure showing `imageUrl` out of the tree and returns it; null when the page does not show it. */
export function takeLeadImage(imageUrl: string, text: PageText, baseUrl: string | null): Figure | null {
  const key = imageKey(imageUrl);
  if (key === '') return null;
  const stem = key.slice(key.indexOf('/') + 1);
  const img = text.order.find(
    (element) =>
      element.name === 'img' &&
      mentions(element, stem) &&
      imageUrls(element, baseUrl).some((url) => imageKey(url) === key),
  );
  if (!img) return null;
  const box = figureBox(img);
  const figure = box ? figureFromElement(box, baseUrl) : figureFromImage(img, baseUrl);
  if (!figure) return null;
  if (box) removeElement(box, text);
  else detach(img);
  return figure;
}

/** Whether two URLs show the same picture. */
export function sameImage(a: string, b: string): boolean {
  return a === b || (imageKey(a) !== '' && imageKey(a) === imageKey(b));
}

/** The host and file name without extension and size marks: what stays the same across an image's sizes. */
function imageKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const file = parsed.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const stem = decodeURIComponent(file).replace(/\.[a-z0-9]{2,5}$/iu, '').toLowerCase().replace(SIZE_SUFFIX, '');
  return stem === '' ? '' : `${parsed.hostname}/${stem}`;
}

/** A cheap first test: whether any of the image's attributes holds the file name at all. */
function mentions(img: Element, stem: string): boolean {
  for (const value of Object.values(img.attribs)) {
    if (value.toLowerCase().includes(stem)) return true;
  }
  return false;
}

/** Every URL the image may show: its chosen source and each srcset candidate. */
function imageUrls(img: Element, baseUrl: string | null): string[] {
  const urls: string[] = [];
  const chosen = imageSource(img, baseUrl);
  if (chosen) urls.push(chosen);
  for (const name of ['srcset', 'data-srcset', 'data-src', 'src']) {
    for (const candidate of (img.attribs[name] ?? '').split(',')) {
      const url = safeImageUrl(candidate.trim().split(/\s+/u)[0], baseUrl);
      if (url) urls.push(url);
    }
  }
  return urls;
}

/** The <figure> (or caption box) the image sits in, if any. */
function figureBox(img: Element): Element | null {
  let current: Element = img;
  for (let level = 0; level < MAX_FIGURE_CLIMB; level++) {
    const up = current.parent;
    if (!up || !isTag(up)) return null;
    if (up.name === 'figure' || isCaptionBox(up)) return up;
    current = up;
  }
  return null;
}
