/**
 * The lead image of an RSS, RDF or Atom item: Media RSS first
 * (https://www.rssboard.org/media-rss: media:content, inside media:group or
 * not, with media:description as its caption and media:credit as its credit),
 * then media:thumbnail, then an image enclosure (RSS <enclosure>, Atom
 * link rel="enclosure").
 */
import type { MediaNs } from 'feedsmith';
import type { LeadImage } from './lead-image.ts';

type MediaContent = MediaNs.Content;
type MediaElements = MediaNs.ItemOrFeed | MediaNs.Group | MediaContent;

/** An enclosure as RSS and Atom both have it: a URL and a media type. */
export interface Enclosure {
  url: string | undefined;
  type: string | undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

export function feedLeadImage(media: MediaNs.ItemOrFeed | undefined, enclosures: Enclosure[]): LeadImage | null {
  if (media) {
    const fromContent = mediaContentImage(media);
    if (fromContent) return fromContent;
    const thumbnail = firstThumbnail(media);
    if (thumbnail) return { url: thumbnail, ...describe([media]) };
  }
  const enclosure = enclosures.find((candidate) => candidate.url && isImage(candidate.type, undefined, candidate.url));
  return enclosure?.url ? { url: enclosure.url, caption: null, credit: null, alt: null } : null;
}

/** Groups hold alternatives of one picture: the one marked isDefault, else the first. */
function mediaContentImage(media: MediaNs.ItemOrFeed): LeadImage | null {
  for (const group of media.groups ?? []) {
    const images = (group.contents ?? []).filter(isImageContent);
    const chosen = images.find((content) => content.isDefault) ?? images[0];
    if (chosen?.url) return { url: chosen.url, ...describe([chosen, group, media]) };
  }
  const content = (media.contents ?? []).find(isImageContent);
  return content?.url ? { url: content.url, ...describe([content, media]) } : null;
}

function isImageContent(content: MediaContent): boolean {
  return Boolean(content.url) && isImage(content.type, content.medium, content.url!);
}

function isImage(type: string | undefined, medium: string | undefined, url: string): boolean {
  if (medium) return medium.toLowerCase() === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  return IMAGE_FILE.test(url);
}

function firstThumbnail(media: MediaNs.ItemOrFeed): string | null {
  const levels: MediaElements[] = [media, ...(media.groups ?? []), ...(media.contents ?? [])];
  for (const level of levels) {
    const url = level.thumbnails?.find((thumbnail) => thumbnail.url)?.url;
    if (url) return url;
  }
  return null;
}

/** Caption, credit and alt text, from the most specific element that has each. */
function describe(levels: MediaElements[]): Omit<LeadImage, 'url'> {
  const description = levels.map((level) => level.description).find((value) => value?.value?.trim());
  const credit = levels.map((level) => level.credits?.find((c) => c.value?.trim())?.value).find(Boolean);
  const title = levels.map((level) => level.title?.value).find((value) => value?.trim());
  return {
    caption: description?.value ?? null,
    captionIsHtml: description?.type?.toLowerCase() === 'html',
    credit: credit ?? null,
    alt: title ?? null,
  };
}
