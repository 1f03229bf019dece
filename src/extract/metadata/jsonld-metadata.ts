/**
 * Metadata from the page's schema.org JSON-LD (https://schema.org/NewsArticle):
 * the article node is found among every script's top-level values, `@graph`
 * members and `mainEntity`s, and `@id` references (how Yoast and most CMS
 * plugins link an article to its author and publisher) are resolved. Values
 * are returned as written, cleaned to one line; judging them is
 * page-metadata.ts's work.
 */
import { hasChildren, isText, type Element } from 'domhandler';
import { parseHtml } from '../../text/nesting-limit.ts';
import { normalizeText } from '../../text/normalize.ts';
import { parseLenient, type JsonObject, type JsonValue } from './lenient-json.ts';
import { scriptText } from './page-elements.ts';


export interface JsonLdAuthor { name: string; isOrganization: boolean }

export interface JsonLdImage { url: string; caption: string | null; credit: string | null }

export interface JsonLdMetadata {
  /** Whether the chosen node is an article type (not just a WebPage). */
  isArticle: boolean;
  headline: string | null;
  /** A WebPage's or other node's name: often "Headline - Site", weaker than a headline. */
  pageName: string | null;
  authors: JsonLdAuthor[];
  published: string | null;
  updated: string | null;
  lang: string | null;
  publisher: string | null;
  /** A personal site names its author as publisher: then the publisher's name is no sign of a false author. */
  publisherIsPerson: boolean;
  /** The name of a WebSite or Organization node, when the article names no publisher. */
  websiteName: string | null;
  description: string | null;
  image: JsonLdImage | null;
  dateline: string | null;
  section: string | null;
  keywords: string[];
  url: string | null;
}

/**
 * Article types by how much they say about a news page. NewsArticle's
 * subtypes and the blog types outrank plain Article, which CMS plugins put
 * on everything; WebPage counts only when nothing better is there.
 */
const ARTICLE_TYPE_RANK: ReadonlyMap<string, number> = new Map([
  ...['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
    'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting'].map((type) => [type, 3] as const),
  ...['Article', 'BlogPosting', 'SatiricalArticle', 'TechArticle', 'ScholarlyArticle', 'Report', 'SocialMediaPosting',
    'Recipe', 'Review', 'HowTo'].map((type) => [type, 2] as const),
  ...['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'FAQPage', 'QAPage'].map((type) => [type, 1] as const),
]);

const ORGANIZATION_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|LocalBusiness|WebSite|Brand)$/u;

export function readJsonLd(scripts: readonly Element[]): JsonLdMetadata | null {
  const values = scripts.map((script) => parseLenient(scriptText(script))).filter((v) => v !== undefined);
  const nodes = values.flatMap((value) => collectNodes(value));
  if (nodes.length === 0) return null;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: JsonValue | undefined): JsonValue | undefined => resolveReference(value, byId);
  const best = chooseArticleNode(nodes);
  if (!best) return null;
  const { node, rank } = best;
  return {
    isArticle: rank >= 2,
    headline: rank >= 2 ? firstText(node['headline']) ?? firstText(node['name']) : firstText(node['headline']),
    pageName: rank >= 2 ? null : firstText(node['name']),
    authors: readAuthors(resolve(node['author']) ?? resolve(node['creator']), resolve),
    published: firstText(node['datePublished']) ?? firstText(node['dateCreated']),
    updated: firstText(node['dateModified']),
    lang: readLanguage(resolve(node['inLanguage'])),
    publisher: nameOf(resolve(firstOf(node['publisher'])), resolve),
    publisherIsPerson: isPerson(resolve(firstOf(node['publisher']))),
    websiteName: websiteName(nodes),
    description: firstText(node['description']),
    image: readImage(resolve(node['image']) ?? resolve(node['thumbnailUrl']), resolve),
    dateline: firstText(node['dateline']),
    section: firstText(node['articleSection']),
    keywords: readKeywords(node['keywords']),
    url: firstText(node['url']) ?? idOf(node['mainEntityOfPage']),
  };
}

/** Every object a consumer would treat as a node: top-level values, @graph members, mainEntity. */
function collectNodes(value: JsonValue): JsonObject[] {
  const nodes: JsonObject[] = [];
  const pending: JsonValue[] = [value];
  // Bounded: a page could nest @graph within @graph without end.
  for (let steps = 0; pending.length > 0 && steps < 10_000; steps++) {
    const item = pending.pop()!;
    if (Array.isArray(item)) pending.push(...item);
    else if (isObject(item)) {
      nodes.push(item);
      for (const key of ['@graph', 'mainEntity'] as const) {
        const inner = item[key];
        if (inner !== undefined) pending.push(inner);
      }
    }
  }
  return nodes;
}

function chooseArticleNode(nodes: readonly JsonObject[]): { node: JsonObject; rank: number } | null {
  let best: { node: JsonObject; rank: number } | null = null;
  for (const node of nodes) {
    const rank = Math.max(0, ...typesOf(node).map((type) => ARTICLE_TYPE_RANK.get(type) ?? 0));
    if (rank === 0) continue;
    // Among equals, the first one that has a headline: later ones are usually related stories.
    const better = !best || rank > best.rank || (rank === best.rank && !best.node['headline'] && !!node['headline']);
    if (better) best = { node, rank };
  }
  return best;
}

/** "@type" as bare names: "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike. */
function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/u, ''));
}

/** The node an `{"@id": …}` stands for; in a list, each item's. One level only: nothing here needs deeper. */
function resolveReference(value: JsonValue | undefined, byId: ReadonlyMap<string, JsonObject>): JsonValue | undefined {
  if (Array.isArray(value)) return value.map((item) => lookUp(item, byId));
  return value === undefined ? undefined : lookUp(value, byId);
}

function lookUp(value: JsonValue, byId: ReadonlyMap<string, JsonObject>): JsonValue {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

type Resolver = (value: JsonValue | undefined) => JsonValue | undefined;

function readAuthors(value: JsonValue | undefined, resolve: Resolver): JsonLdAuthor[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const authors: JsonLdAuthor[] = [];
  for (const item of list) {
    const resolved = resolve(item);
    if (typeof resolved === 'string') {
      authors.push(...resolved.split(/\s*;\s*/u).map((name) => ({ name: clean(name), isOrganization: false })));
    } else if (isObject(resolved)) {
      const name = nameOf(resolved, resolve);
      if (name) authors.push({ name, isOrganization: typesOf(resolved).some((t) => ORGANIZATION_TYPES.test(t)) });
    }
  }
  return authors.filter((author) => author.name !== '');
}

function nameOf(value: JsonValue | undefined, resolve: Resolver): string | null {
  const resolved = resolve(value);
  if (typeof resolved === 'string') return clean(resolved) || null;
  if (!isObject(resolved)) return null;
  const name = firstText(resolved['name']);
  if (name) return name;
  const given = [firstText(resolved['givenName']), firstText(resolved['familyName'])].filter(Boolean);
  return given.length > 0 ? given.join(' ') : null;
}

function isPerson(value: JsonValue | undefined): boolean {
  return isObject(value) && typesOf(value).includes('Person');
}

function websiteName(nodes: readonly JsonObject[]): string | null {
  for (const type of ['WebSite', 'NewsMediaOrganization', 'Organization']) {
    const node = nodes.find((candidate) => typesOf(candidate).includes(type));
    const name = node ? firstText(node['name']) : null;
    if (name) return name;
  }
  return null;
}

function readLanguage(value: JsonValue | undefined): string | null {
  if (isObject(value)) return firstText(value['alternateName']) ?? firstText(value['name']);
  return firstText(value);
}

function readImage(value: JsonValue | undefined, resolve: Resolver): JsonLdImage | null {
  const first = resolve(firstOf(value));
  if (typeof first === 'string') return first.trim() ? { url: first.trim(), caption: null, credit: null } : null;
  if (!isObject(first)) return null;
  const url = firstText(first['url']) ?? firstText(first['contentUrl']);
  if (!url) return null;
  const credit =
    firstText(first['creditText']) ??
    nameOf(firstOf(first['copyrightHolder']), resolve) ??
    nameOf(firstOf(first['author']), resolve);
  return { url, caption: firstText(first['caption']) ?? firstText(first['description']), credit };
}

function readKeywords(value: JsonValue | undefined): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.filter((k): k is string => typeof k === 'string').map(clean).filter((k) => k !== '');
}

function idOf(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) ? firstText(value['@id']) ?? firstText(value['url']) : null;
}

function firstOf(value: JsonValue | undefined): JsonValue | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The first non-empty string of a value or a list of them, as one clean line. */
function firstText(value: JsonValue | undefined): string | null {
  const first = firstOf(value);
  if (typeof first !== 'string' && typeof first !== 'number') return null;
  const text = clean(String(first));
  return text === '' ? null : text;
}

/**
 * One line of text. Script content is never entity-decoded by the parser, so
 * entities and stray tags in a JSON string are decoded here, once, with
 * their nesting limited as a page's is (a string can hold any markup).
 */
function clean(text: string): string {
  if (!/[&<]/u.test(text)) return normalizeText(text);
  const document = parseHtml(text);
  const parts: string[] = [];
  const stack = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (hasChildren(node)) stack.push(...[...node.children].reverse());
  }
  return normalizeText(parts.join(''));
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
