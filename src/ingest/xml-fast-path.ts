/**
 * A fast path for plain RSS 2.0 and Atom documents. feedsmith reads feeds
 * with fast-xml-parser, configured for every namespace it knows: each element
 * is matched against some 400 raw-text paths, which costs more than the rest
 * of the parse on a large feed and dominates on a small one. This module
 * reads the XML itself, with a strict scanner that understands only what
 * plain feeds contain, into exactly the object fast-xml-parser gives
 * feedsmith (same names, raw text, attributes, arrays for repeated
 * elements), and hands that to feedsmith's own functions
 * (feedsmith-internals.ts). The feed is therefore the one feedsmith's parse
 * gives, field for field.
 *
 * It declines (returns null) whenever a document has anything it does not
 * read the way fast-xml-parser does, and the caller goes the ordinary way:
 * a DOCTYPE or any other declaration, a namespace that feedsmith would file
 * under another prefix, a default namespace, a namespace declared below the
 * root, markup inside an element whose content feedsmith keeps raw, an
 * unquoted or valueless attribute, a name outside ASCII, a tag that does not
 * close, nesting deeper than fast-xml-parser allows, or text outside the root.
 * It never expands an entity: references stay as written, as in feedsmith's
 * parse (which then decodes the predefined and HTML ones itself).
 */
import { feedsmithInternals, type FeedsmithFormat, type FeedsmithInternals } from './feedsmith-internals.ts';
import type { AtomFeed, RssFeed } from 'feedsmith';

type Parsed = Record<string, unknown>;

/** fast-xml-parser refuses more than 100 open elements; far below that, the fast path leaves the document to it. */
const MAX_DEPTH = 64;
/** feedsmith reads namespace declarations in the first 64 KiB from the root (common/utils createNamespaceResolver). */
const NAMESPACE_SCAN_LIMIT = 65536;

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const DECLARATION_TAIL = /([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const CRLF = /\r\n?/g;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

export function fastRssFeed(text: string): RssFeed.Feed<string> | null {
  const internals = feedsmithInternals();
  return internals ? readFast(text, internals, internals.rss, 'rss') : null;
}

export function fastAtomFeed(text: string): AtomFeed.Feed<string> | null {
  const internals = feedsmithInternals();
  return internals ? readFast(text, internals, internals.atom, 'atom') : null;
}

function readFast<Feed>(text: string, internals: FeedsmithInternals, format: FeedsmithFormat<Feed>, kind: 'rss' | 'atom'): Feed | null {
  if (!format.detect(text)) return null;
  const root = rootIndex(text);
  if (root === -1 || !namespacesKeepTheirPrefixes(text, root, internals, kind)) return null;
  const parsed = new Scanner(text.includes('\r') ? text.replace(CRLF, '\n') : text, pathCache(format), defaultNamespaceOk(internals, kind)).scan();
  if (!parsed) return null;
  try {
    return format.retrieveFeed(parsed) ?? null;
  } catch {
    return null;
  }
}

/** Where the root element starts: the first "<" that opens no declaration, instruction or comment. */
function rootIndex(text: string): number {
  let index = text.indexOf('<');
  while (index !== -1) {
    const marker = text.charCodeAt(index + 1);
    if (marker !== QUESTION && marker !== BANG) return index;
    const end = text.startsWith('<!--', index) ? text.indexOf('-->', index) : text.indexOf('>', index);
    if (end === -1) return -1;
    index = text.indexOf('<', end);
  }
  return -1;
}

/**
 * feedsmith files a namespace's elements under its own prefix for the URI
 * ("dc:" for Dublin Core whatever the document calls it), looking for
 * `xmlns:` anywhere in the first 64 KiB. A document that uses the usual
 * prefixes needs no renaming; one that does not is left to feedsmith.
 */
function namespacesKeepTheirPrefixes(text: string, root: number, internals: FeedsmithInternals, kind: 'rss' | 'atom'): boolean {
  const head = text.length > NAMESPACE_SCAN_LIMIT ? text.slice(0, NAMESPACE_SCAN_LIMIT) : text;
  let index = head.indexOf('xmlns:', root);
  while (index !== -1) {
    DECLARATION_TAIL.lastIndex = index + 6;
    const match = DECLARATION_TAIL.exec(head);
    if (match) {
      const canonical = canonicalPrefix(match[2] ?? match[3]!, internals, kind);
      if (canonical !== undefined && canonical !== match[1]!.toLowerCase()) return false;
    }
    index = head.indexOf('xmlns:', match ? DECLARATION_TAIL.lastIndex : index + 6);
  }
  return true;
}

function canonicalPrefix(uri: string, internals: FeedsmithInternals, kind: 'rss' | 'atom'): string | undefined {
  const normalized = uri.trim().toLowerCase();
  if (kind === 'atom' && internals.atomUris.includes(normalized)) return '';
  return internals.namespacePrefixes[normalized];
}

/** A root `xmlns="…"` that feedsmith maps to a prefix would rename every element: left to feedsmith. */
function defaultNamespaceOk(internals: FeedsmithInternals, kind: 'rss' | 'atom'): (uri: string) => boolean {
  return (uri) => !canonicalPrefix(uri, internals, kind);
}

/** Whether the element at the end of a path of names (root first) is one feedsmith keeps raw. */
type StopNodeTest = (names: readonly string[]) => boolean;

/**
 * One element path, reached name by name from the root, with the answer of
 * the stop-node test for it: feeds repeat a few dozen paths thousands of
 * times, and the test is then one map lookup per element.
 */
interface PathNode {
  stop: boolean;
  children: Map<string, PathNode>;
}

/**
 * Distinct paths remembered per format. A document with more is still read,
 * only not remembered; the next document starts a fresh cache, so one feed
 * with thousands of odd names does not slow the ones after it.
 */
const MAX_PATHS = 4096;

interface PathCache {
  root: Map<string, PathNode>;
  size: number;
  test: StopNodeTest;
}

const pathCaches = new WeakMap<object, PathCache>();

function pathCache(format: FeedsmithFormat<unknown>): PathCache {
  let cache = pathCaches.get(format);
  if (!cache) {
    cache = { root: new Map(), size: 0, test: stopNodeMatcher(format.stopNodes) };
    pathCaches.set(format, cache);
  } else if (cache.size >= MAX_PATHS) {
    cache.root = new Map();
    cache.size = 0;
  }
  return cache;
}

/**
 * feedsmith's stop nodes: a full path ("rss.channel.item.title") or, after
 * "*.", the end of a path at any depth ("*.atom:author.atom:name").
 */
function stopNodeMatcher(stopNodes: readonly string[]): StopNodeTest {
  const full = new Set<string>();
  const suffixes = new Map<string, string[][]>();
  for (const node of stopNodes) {
    if (!node.startsWith('*.')) {
      full.add(node);
      continue;
    }
    const names = node.slice(2).split('.');
    const last = names[names.length - 1]!;
    suffixes.set(last, [...(suffixes.get(last) ?? []), names]);
  }
  return (names) => {
    const patterns = suffixes.get(names[names.length - 1]!);
    if (patterns?.some((pattern) => endsWith(names, pattern))) return true;
    return full.has(names.join('.'));
  };
}

function endsWith(names: readonly string[], pattern: readonly string[]): boolean {
  if (names.length <= pattern.length) return false;
  const offset = names.length - pattern.length;
  return pattern.every((name, i) => names[offset + i] === name);
}

/** An element being read: its children as fast-xml-parser would name them, its text and attributes. */
interface Frame {
  raw: string;
  name: string;
  /** Its path's node in the cache; null once the cache is full. */
  node: PathNode | null;
  children: Parsed | null;
  text: string;
  attrs: Parsed | null;
}

/** Thrown inside the scanner when the document has something the fast path does not read; never escapes it. */
class Decline extends Error {}

class Scanner {
  private pos = 0;
  private readonly stack: Frame[] = [];
  private readonly names: string[] = [];
  private result: Parsed | null = null;

  constructor(
    private readonly text: string,
    private readonly paths: PathCache,
    private readonly defaultNamespaceOk: (uri: string) => boolean,
  ) {}

  scan(): Parsed | null {
    try {
      this.readAll();
      return this.stack.length === 0 ? this.result : null;
    } catch (error) {
      if (error instanceof Decline) return null;
      throw error;
    }
  }

  private readAll(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const end = lt === -1 ? text.length : lt;
      if (end > this.pos) this.addText(this.pos, end);
      if (lt === -1) return;
      const marker = text.charCodeAt(lt + 1);
      if (marker === SLASH) this.closeTag(lt);
      else if (marker === BANG) this.markup(lt);
      else if (marker === QUESTION) this.instruction(lt);
      else this.openTag(lt);
    }
  }

  private addText(start: number, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += this.text.slice(start, end);
    else if (this.text.slice(start, end).trim() !== '') throw new Decline();
  }

  /** Comments are dropped and CDATA is text, as fast-xml-parser does with feedsmith's options; any declaration declines. */
  private markup(lt: number): void {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) throw new Decline();
      this.pos = end + 3;
      return;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      const top = this.stack[this.stack.length - 1];
      if (end === -1 || !top) throw new Decline();
      top.text += text.slice(lt + 9, end);
      this.pos = end + 3;
      return;
    }
    throw new Decline();
  }

  /** Processing instructions (the XML declaration, a stylesheet) only before the root. */
  private instruction(lt: number): void {
    const end = this.text.indexOf('?>', lt + 2);
    if (end === -1 || this.stack.length > 0 || this.result) throw new Decline();
    this.pos = end + 2;
  }

  private closeTag(lt: number): void {
    const end = this.text.indexOf('>', lt + 2);
    const top = this.stack[this.stack.length - 1];
    if (end === -1 || !top || this.text.slice(lt + 2, end).trimEnd() !== top.raw) throw new Decline();
    this.pos = end + 1;
    this.stack.pop();
    this.names.pop();
    this.finish(top);
  }

  private openTag(lt: number): void {
    if (this.result) throw new Decline();
    const { text } = this;
    let i = lt + 1;
    while (i < text.length && !isNameEnd(text.charCodeAt(i))) i++;
    const raw = text.slice(lt + 1, i);
    const name = checkedName(raw);
    const attrs = this.attributes(i);
    i = this.pos;
    const selfClosing = text.charCodeAt(i) === SLASH;
    this.pos = selfClosing ? i + 2 : i + 1;
    this.names.push(name);
    if (this.names.length > MAX_DEPTH) throw new Decline();
    const parent = this.stack[this.stack.length - 1];
    const node = this.pathNode(parent ? parent.node : undefined, name);
    const frame: Frame = { raw, name, node, children: null, text: '', attrs };
    if (selfClosing) {
      this.names.pop();
      this.finish(frame);
    } else if (node ? node.stop : this.paths.test(this.names)) {
      frame.text = this.rawContent(raw);
      this.names.pop();
      this.finish(frame);
    } else {
      this.stack.push(frame);
    }
  }

  /** The cached path node for a child of `parent` (undefined: of the root); null when the cache is full or the parent has none. */
  private pathNode(parent: PathNode | null | undefined, name: string): PathNode | null {
    if (parent === null) return null;
    const children = parent ? parent.children : this.paths.root;
    let node = children.get(name);
    if (!node) {
      if (this.paths.size >= MAX_PATHS) return null;
      node = { stop: this.paths.test(this.names), children: new Map() };
      children.set(name, node);
      this.paths.size++;
    }
    return node;
  }

  /** Attributes from `start` to the end of the tag, which leaves `pos` at its "/>" or ">". */
  private attributes(start: number): Parsed | null {
    const { text } = this;
    const isRoot = this.stack.length === 0;
    let attrs: Parsed | null = null;
    let i = start;
    for (;;) {
      const before = i;
      while (isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === GT || (c === SLASH && text.charCodeAt(i + 1) === GT)) {
        this.pos = i;
        return attrs;
      }
      if (i === before || Number.isNaN(c)) throw new Decline();
      const nameStart = i;
      while (i < text.length && !isNameEnd(text.charCodeAt(i)) && text.charCodeAt(i) !== EQUALS) i++;
      const raw = text.slice(nameStart, i);
      while (isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== EQUALS) throw new Decline();
      i++;
      while (isSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw new Decline();
      const end = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (end === -1) throw new Decline();
      const value = text.slice(i + 1, end);
      i = end + 1;
      const key = attributeKey(raw);
      if (key.startsWith('@xmlns') && !(isRoot && (key !== '@xmlns' || this.defaultNamespaceOk(value)))) throw new Decline();
      attrs ??= {};
      if (key in attrs) throw new Decline();
      attrs[key] = value;
    }
  }

  /**
   * The content of an element feedsmith keeps raw, up to its closing tag:
   * text, CDATA and comments only. Markup in it, which fast-xml-parser
   * counts its own way, declines.
   */
  private rawContent(raw: string): string {
    const { text } = this;
    const start = this.pos;
    let i = start;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt === -1) throw new Decline();
      if (text.startsWith('<![CDATA[', lt)) i = skipPast(text, ']]>', lt + 9);
      else if (text.startsWith('<!--', lt)) i = skipPast(text, '-->', lt + 4);
      else if (text.charCodeAt(lt + 1) === SLASH) {
        const end = text.indexOf('>', lt + 2);
        if (end === -1 || text.slice(lt + 2, end).trim() !== raw) throw new Decline();
        this.pos = end + 1;
        return text.slice(start, lt);
      } else throw new Decline();
    }
  }

  /** The element's value as fast-xml-parser gives it, added to its parent (or made the document). */
  private finish(frame: Frame): void {
    const value = elementValue(frame);
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.result = { [frame.name]: value };
      return;
    }
    parent.children ??= {};
    const earlier = parent.children[frame.name];
    if (earlier === undefined) parent.children[frame.name] = value;
    else if (Array.isArray(earlier)) earlier.push(value);
    else parent.children[frame.name] = [earlier, value];
  }
}

/** Text alone is a string; otherwise an object of children, then "#text" when there is text, then attributes. */
function elementValue(frame: Frame): unknown {
  if (!frame.children && !frame.attrs) return frame.text;
  const value: Parsed = frame.children ?? {};
  if (frame.text !== '') value['#text'] = frame.text;
  if (frame.attrs) Object.assign(value, frame.attrs);
  return value;
}

function skipPast(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  if (end === -1) throw new Decline();
  return end + marker.length;
}

/** Names checked and lowered before: feeds repeat a few dozen names thousands of times. */
const checkedNames = new Map<string, string>();
const MAX_CHECKED_NAMES = 1024;

/**
 * Lower case, as feedsmith names elements and attributes; a name outside
 * ASCII's name characters, or one that could reach an object's prototype,
 * declines.
 */
function checkedName(raw: string): string {
  const known = checkedNames.get(raw);
  if (known !== undefined) return known;
  if (!NAME.test(raw)) throw new Decline();
  const name = raw.toLowerCase();
  if (name.startsWith('__') || name === 'constructor' || name === 'prototype') throw new Decline();
  if (checkedNames.size >= MAX_CHECKED_NAMES) checkedNames.clear();
  checkedNames.set(raw, name);
  return name;
}

const attributeKeys = new Map<string, string>();

/** An attribute as fast-xml-parser names it for feedsmith: "@" and the lowered name. */
function attributeKey(raw: string): string {
  let key = attributeKeys.get(raw);
  if (key === undefined) {
    key = `@${checkedName(raw)}`;
    if (attributeKeys.size >= MAX_CHECKED_NAMES) attributeKeys.clear();
    attributeKeys.set(raw, key);
  }
  return key;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH || c === LT;
}
