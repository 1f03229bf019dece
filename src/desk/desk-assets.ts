/**
 * The desk's own stylesheet, read once and served from /desk/assets with a
 * content hash in its URL, so it can be cached for a year and a new release
 * still reaches every desk at once. It begins with @font-face rules for the
 * site's Devanagari and Urdu fonts, so Hindi and Urdu read on machines that
 * have neither.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deskFontFaces } from '../site/site-assets.ts';
import { packageFile } from '../util/package-files.ts';

export interface DeskStylesheet {
  path: string;
  /** The path with `?v=<hash>`, as pages link it. */
  url: string;
  version: string;
  body: Uint8Array<ArrayBuffer>;
}

export const DESK_STYLESHEET_PATH = '/desk/assets/desk.css';

export function loadDeskStylesheet(): DeskStylesheet {
  let text: string;
  try {
    text = readFileSync(packageFile('src/desk/desk.css'), 'utf8');
  } catch (cause) {
    throw new Error('desk: cannot read the desk stylesheet desk.css', { cause });
  }
  // The site serves the font files; the desk's pages are on the same server and origin.
  const body = new TextEncoder().encode(deskFontFaces() + text);
  const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { path: DESK_STYLESHEET_PATH, url: `${DESK_STYLESHEET_PATH}?v=${version}`, version, body };
}
