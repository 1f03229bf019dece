/**
 * Mozilla Readability on jsdom, the setup its README suggests for Node: the
 * peer wiredesk is measured against. Each call parses the page afresh, since
 * that cost is part of what a caller pays; the eval and the benchmark share
 * this function so both measure the same thing.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';

export type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;
/** The DOM Document Readability takes; the project compiles without the DOM library. */
export type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * The slice of jsdom used here. jsdom is loaded without its typings on
 * purpose: @types/jsdom pulls the DOM library into the whole program, which
 * changes the types of code that runs in the browser through Playwright.
 */
interface Jsdom {
  JSDOM: new (html: string, options: { url: string; virtualConsole: object }) => {
    window: { document: object; close(): void };
  };
  VirtualConsole: new () => object;
}

const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

/**
 * A console that drops jsdom's messages: it reports every stylesheet it
 * cannot parse, which would bury the eval's output.
 */
const SILENT_CONSOLE = new VirtualConsole();

/** Null when Readability finds no article. */
export function readabilityOnJsdom(html: string, url: string): ReadabilityArticle | null {
  const dom = new JSDOM(html, { url, virtualConsole: SILENT_CONSOLE });
  try {
    return new Readability(dom.window.document as ReadabilityDocument).parse();
  } finally {
    // Frees the window's timers and listeners now rather than at the next collection.
    dom.window.close();
  }
}
