/**
 * The site's static assets: its stylesheet and the self-hosted Devanagari font
 * (@fontsource/noto-sans-devanagari), loaded once when the app is built. Every
 * asset URL carries a hash of its content (`?v=…`), so the files can be cached
 * for a year and a new release still reaches readers at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../util/package-files.ts';

export interface Asset {
  /** Path with the content hash, as pages link to it. */
  url: string;
  path: string;
  version: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export interface SiteAssets {
  stylesheet: Asset;
  fonts: Asset[];
  /** A small wire-desk mark, so browsers do not ask for a /favicon.ico that is not there. */
  icon: Asset;
}

/** Devanagari code points as Fontsource splits them, so Latin text never downloads this font. */
const DEVANAGARI_RANGE =
  'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+20F0, U+25CC, U+A830-A839, U+A8E0-A8FF, U+11B00-11B09';

/** Regular for text, bold for headlines and datelines; no other weights are used. */
const FONT_WEIGHTS = [400, 700] as const;

const FONT_FAMILY = 'Noto Sans Devanagari';

export function loadSiteAssets(): SiteAssets {
  const fonts = devanagariFonts();
  const css = devanagariFontFaces() + readFileSync(packageFile('src/site/site.css'), 'utf8');
  const stylesheet = asset('/assets/site.css', 'text/css; charset=utf-8', new TextEncoder().encode(css));
  const icon = asset('/assets/icon.svg', 'image/svg+xml', new Uint8Array(readFileSync(packageFile('src/site/favicon.svg'))));
  return { stylesheet, fonts, icon };
}

let loadedFonts: Asset[] | undefined;

/** The font files, read once per process: the site serves them, and the site's and the desk's stylesheets name them. */
export function devanagariFonts(): Asset[] {
  return (loadedFonts ??= FONT_WEIGHTS.map((weight) => loadFont(weight)));
}

/**
 * The @font-face rules for the self-hosted Devanagari font, pointing at the
 * site's hashed font URLs. The desk prepends them too: an editor's machine
 * without a Devanagari font would otherwise show boxes for every Hindi word.
 */
export function devanagariFontFaces(): string {
  return fontFaces(devanagariFonts());
}

function loadFont(weight: number): Asset {
  const file = `noto-sans-devanagari-devanagari-${weight}-normal.woff2`;
  let body: Buffer;
  try {
    const require = createRequire(packageFile('package.json'));
    body = readFileSync(require.resolve(`@fontsource/noto-sans-devanagari/files/${file}`));
  } catch (cause) {
    throw new Error(`site: cannot load font file ${file} from @fontsource/noto-sans-devanagari`, { cause });
  }
  return asset(`/assets/fonts/noto-sans-devanagari-${weight}.woff2`, 'font/woff2', new Uint8Array(body));
}

function fontFaces(fonts: Asset[]): string {
  return fonts
    .map((font, i) => `@font-face {
  font-family: '${FONT_FAMILY}';
  font-style: normal;
  font-weight: ${FONT_WEIGHTS[i]};
  font-display: swap;
  src: url('${font.url}') format('woff2');
  unicode-range: ${DEVANAGARI_RANGE};
}
`)
    .join('');
}

function asset(path: string, contentType: string, body: Uint8Array<ArrayBuffer>): Asset {
  // 16 hex digits of sha-256: collisions between two releases of one file are not a concern.
  const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { url: `${path}?v=${version}`, path, version, contentType, body };
}
