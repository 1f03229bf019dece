/**
 * The site's static assets: its stylesheet and the self-hosted fonts
 * (@fontsource/noto-sans-devanagari, and @fontsource/noto-nastaliq-urdu for
 * Urdu), loaded once when the app is built. Every
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

/** A self-hosted font family from a Fontsource package, in the weights used and the script's code points only. */
interface FontFamily {
  family: string;
  /** The package, and its file names' stem before `-<weight>-normal.woff2`. */
  pkg: string;
  fileStem: string;
  /** The served name's stem before `-<weight>.woff2`. */
  pathStem: string;
  weights: readonly number[];
  /** Code points as Fontsource splits them, so text in other scripts never downloads the font. */
  range: string;
}

/** The site's text and the desk's Hindi: regular for text, bold for headlines and datelines. */
const DEVANAGARI: FontFamily = {
  family: 'Noto Sans Devanagari',
  pkg: '@fontsource/noto-sans-devanagari',
  fileStem: 'noto-sans-devanagari-devanagari',
  pathStem: 'noto-sans-devanagari',
  weights: [400, 700],
  range: 'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+20F0, U+25CC, U+A830-A839, U+A8E0-A8FF, U+11B00-11B09',
};

/**
 * Urdu in Nastaliq, the style Urdu is read in: the desk's originals, and on the
 * site an Urdu original's page and an Urdu paper's name in a Hindi notice.
 * Without it a reader's system font may lack Urdu's own letters (ہ, ے, ۔) and
 * show them as boxes among Arabic ones it has.
 */
const URDU: FontFamily = {
  family: 'Noto Nastaliq Urdu',
  pkg: '@fontsource/noto-nastaliq-urdu',
  fileStem: 'noto-nastaliq-urdu-arabic',
  pathStem: 'noto-nastaliq-urdu',
  weights: [400],
  range: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
};

export function loadSiteAssets(): SiteAssets {
  const css = fontFaces(DEVANAGARI) + fontFaces(URDU) + readFileSync(packageFile('src/site/site.css'), 'utf8');
  const stylesheet = asset('/assets/site.css', 'text/css; charset=utf-8', new TextEncoder().encode(css));
  const icon = asset('/assets/icon.svg', 'image/svg+xml', new Uint8Array(readFileSync(packageFile('src/site/favicon.svg'))));
  return { stylesheet, fonts: [...fontFiles(DEVANAGARI), ...fontFiles(URDU)], icon };
}

const loadedFonts = new Map<FontFamily, Asset[]>();

/** A family's font files, read once per process. */
function fontFiles(font: FontFamily): Asset[] {
  let files = loadedFonts.get(font);
  if (!files) {
    files = font.weights.map((weight) => loadFont(font, weight));
    loadedFonts.set(font, files);
  }
  return files;
}

/**
 * The @font-face rules for the fonts the desk shows, pointing at the site's
 * hashed font URLs: an editor's machine without a Devanagari or an Urdu font
 * would otherwise show boxes for every Hindi word and many Urdu letters.
 */
export function deskFontFaces(): string {
  return fontFaces(DEVANAGARI) + fontFaces(URDU);
}

function loadFont(font: FontFamily, weight: number): Asset {
  const file = `${font.fileStem}-${weight}-normal.woff2`;
  let body: Buffer;
  try {
    const require = createRequire(packageFile('package.json'));
    body = readFileSync(require.resolve(`${font.pkg}/files/${file}`));
  } catch (cause) {
    throw new Error(`site: cannot load font file ${file} from ${font.pkg}`, { cause });
  }
  return asset(`/assets/fonts/${font.pathStem}-${weight}.woff2`, 'font/woff2', new Uint8Array(body));
}

function fontFaces(font: FontFamily): string {
  return fontFiles(font)
    .map((file, i) => `@font-face {
  font-family: '${font.family}';
  font-style: normal;
  font-weight: ${font.weights[i]};
  font-display: swap;
  src: url('${file.url}') format('woff2');
  unicode-range: ${font.range};
}
`)
    .join('');
}

function asset(path: string, contentType: string, body: Uint8Array<ArrayBuffer>): Asset {
  // 16 hex digits of sha-256: collisions between two releases of one file are not a concern.
  const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { url: `${path}?v=${version}`, path, version, contentType, body };
}
