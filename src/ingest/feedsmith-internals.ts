/**
 * The pieces of feedsmith that the fast path (xml-fast-path.ts) shares with
 * the ordinary one: its format detection, its namespace table, the element
 * paths it keeps as raw text ("stop nodes"), and the functions that turn the
 * parsed XML object into a feed. Sharing them is what makes the fast path's
 * feeds equal to feedsmith's by construction; only the XML reading differs.
 *
 * feedsmith exports none of these (its package.json exports only "."), so
 * they are required from its CommonJS build by file path, once, on first use.
 * Should a feedsmith release move or rename them, loading fails, the fast
 * path is switched off (every feed goes through feedsmith's own parse), and
 * the fast path's tests say so.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AtomFeed, RssFeed } from 'feedsmith';

export interface FeedsmithFormat<Feed> {
  /** feedsmith's own check that a text is this format; its parse refuses a text that fails it. */
  detect: (text: string) => boolean;
  /** Element paths whose content feedsmith keeps as raw text: "rss.channel.item.title", "*.dc:creator". */
  stopNodes: readonly string[];
  /** The parsed XML object (fast-xml-parser's shape) → the feed, or undefined when it holds none. */
  retrieveFeed: (parsed: Record<string, unknown>) => Feed | undefined;
}

export interface FeedsmithInternals {
  rss: FeedsmithFormat<RssFeed.Feed<string>>;
  atom: FeedsmithFormat<AtomFeed.Feed<string>>;
  /** Namespace URI (lower case) → the prefix feedsmith files its elements under. */
  namespacePrefixes: Readonly<Record<string, string>>;
  /** The URIs of Atom, whose elements an Atom document has without a prefix. */
  atomUris: readonly string[];
}

interface ConfigModule {
  namespacePrefixes: Record<string, string>;
  namespaceUris: Record<string, string[]>;
}

let loaded: FeedsmithInternals | null | undefined;
let loadError: string | null = null;

/** The internals, or null when this feedsmith does not have them where expected. */
export function feedsmithInternals(): FeedsmithInternals | null {
  if (loaded === undefined) loaded = load();
  return loaded;
}

/** Why the internals could not be loaded; null when they were (or were not tried yet). */
export function feedsmithInternalsError(): string | null {
  return loadError;
}

function load(): FeedsmithInternals | null {
  try {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('feedsmith'));
    const part = <T>(file: string): T => require(path.join(dist, file)) as T;
    const config = part<ConfigModule>('common/config.cjs');
    const format = <Feed>(name: 'rss' | 'atom'): FeedsmithFormat<Feed> => {
      const { detect } = part<{ detect: FeedsmithFormat<Feed>['detect'] }>(`feeds/${name}/detect/index.cjs`);
      const { stopNodes } = part<{ stopNodes: string[] }>(`feeds/${name}/parse/config.cjs`);
      const { retrieveFeed } = part<{ retrieveFeed: FeedsmithFormat<Feed>['retrieveFeed'] }>(`feeds/${name}/parse/utils.cjs`);
      if (typeof detect !== 'function' || typeof retrieveFeed !== 'function' || !Array.isArray(stopNodes)) {
        throw new Error(`feedsmith's ${name} parser no longer has detect, stopNodes and retrieveFeed`);
      }
      return { detect, stopNodes, retrieveFeed };
    };
    const atomUris = config.namespaceUris['atom'];
    if (!config.namespacePrefixes || !Array.isArray(atomUris)) throw new Error("feedsmith's namespace table has moved");
    return {
      rss: format<RssFeed.Feed<string>>('rss'),
      atom: format<AtomFeed.Feed<string>>('atom'),
      namespacePrefixes: config.namespacePrefixes,
      atomUris: atomUris.map((uri) => uri.toLowerCase()),
    };
  } catch (error) {
    loadError = error instanceof Error ? error.message : String(error);
    return null;
  }
}
