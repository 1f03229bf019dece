/**
 * The image a feed or wire attaches to an item outside its body (Media RSS,
 * an image enclosure, JSON Feed's `image`, a ninjs picture association).
 * Articles take their image from the figures in the entry's HTML, so the lead
 * image joins the content as a <figure> the extractor already understands:
 * <img> for the picture, <figcaption> for the caption, <small> in it for the
 * credit.
 */

/** An item's lead image as a format reader found it; `url` may still be relative. */
export interface LeadImage {
  url: string;
  /** Caption text, or HTML when `captionIsHtml`. */
  caption: string | null;
  captionIsHtml?: boolean;
  credit: string | null;
  alt: string | null;
}

const HTML_SPECIAL = /[&<>"]/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}

/**
 * The body with the lead image in front, unless the body already shows that
 * image. An item with a summary and no content gets the summary after the
 * figure, so that its text is not lost behind a body made of one picture.
 */
export function withLeadImage(
  contentHtml: string | null,
  summary: string | null,
  image: LeadImage,
  resolvedUrl: string,
): string | null {
  const body = contentHtml ?? summary ?? '';
  if (showsImage(body, image.url, resolvedUrl)) return contentHtml;
  return body ? `${figureHtml(image, resolvedUrl)}\n${body}` : figureHtml(image, resolvedUrl);
}

function showsImage(html: string, given: string, resolved: string): boolean {
  if (!html) return false;
  const path = new URL(resolved).pathname;
  const candidates = [given, resolved, escapeHtml(resolved), ...(path.length > 1 ? [path] : [])];
  return candidates.some((candidate) => html.includes(candidate));
}

function figureHtml(image: LeadImage, src: string): string {
  const caption = image.caption?.trim() ? (image.captionIsHtml ? image.caption.trim() : escapeHtml(image.caption.trim())) : '';
  const credit = image.credit?.trim() ? `<small>${escapeHtml(image.credit.trim())}</small>` : '';
  const figcaption = caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt?.trim() ?? '')}">${figcaption}</figure>`;
}
