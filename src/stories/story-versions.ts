/**
 * Versions of one report. A wire that updates a story often sends the update
 * as a new item ("UPDATE 1-…", a new lead above the earlier text, a changed
 * headline), not as a change to the old one; a site may do the same with a
 * new URL. Left alone, the desk would show both as separate articles.
 *
 * After clustering, the articles of one story from one source in one
 * language are read in publication order, and each joins the version chain
 * of an earlier article when the two are the same report: the clusterer
 * found them to be copies of one text, or the later one carries most of the
 * earlier one's sentences. The newest article of a chain is the current
 * version; the earlier ones are superseded by it. Two different reports of
 * one source on one event (a main story and its sidebar, an analysis) share
 * few sentences and stay apart.
 *
 * Pure: plain data in, plain data out; time comes with each article.
 */
import { wordTokens } from '../text/tokens.ts';
import { isFunctionWord } from './function-words.ts';
import { LONG_SHINGLE_WORDS, MIN_SIGNATURE_TOKENS, SHORT_SHINGLE_WORDS, SHORT_TEXT_TOKENS, shingleHashes } from './minhash.ts';

/**
 * Share of the earlier text's shingles the later text must carry to be its
 * new version on that evidence alone. A wire update that puts a new lead
 * above the earlier text, or corrects a figure, keeps 85–100% of them; a
 * sidebar that repeats a background paragraph of the main story carries a
 * fifth or less of it. 0.75 leaves room for a few edited sentences.
 */
export const CONTAINED_SHARE = 0.75;
/**
 * A lower share that suffices when the headline says the same, or marks an
 * update (`UPDATE 2-`, `CORRECTED-`): an update that rewrote the lead and a
 * paragraph or two still carries about half of the earlier text, while a
 * separate report sharing its headline's words and half its sentences from
 * the same source is rare.
 */
export const HINTED_CONTAINED_SHARE = 0.45;
/**
 * Share of the shorter headline's content words found in the other for the
 * two to say the same. An update keeps the subject and the place
 * ("Velmora bridge … Tarnwick") and changes the verb phrase; a sidebar's
 * headline names the subject but says something else about it.
 */
export const HEADLINE_OVERLAP = 0.5;
/**
 * Most hours between a version and the next, unless their texts are copies.
 * Wires update a story within its news cycle; a report a day or more later,
 * even one repeating much of the background, is a follow-up, a report of its
 * own, and readers should see both.
 */
export const MAX_VERSION_GAP_HOURS = 24;

const HOUR_MS = 3_600_000;

/**
 * Headline prefixes wires put on a new version of an item: Reuters-style
 * `UPDATE 1-`, `CORRECTED-`, `REFILE-`, `RPT-`, `WRAPUP 2-`, Spanish
 * `ACTUALIZA 1-` and the English loanword wires use in Hindi, `अपडेट`.
 */
const UPDATE_MARKER = /^\s*(?:update(?:d)?|corrected|correction|refile(?:d)?|rpt|repeat|wrapup|actualiza(?:ci[oó]n)?|अपडेट)(?:\s*\d+)?\s*(?:[-–—:|]|\s)\s*/iu;

export interface VersionCandidate {
  id: string;
  /** The story the clusterer put the article in (after merges). */
  storyId: string;
  sourceId: string;
  lang: string;
  headline: string;
  text: string;
  /** Publication time, ms since the epoch. */
  time: number;
  /** The canonical of the article's group of copies, as the clusterer saw it: same group, same text. */
  copyGroup: string;
}

/** Whether a headline carries a wire's update marker. */
export function hasUpdateMarker(headline: string): boolean {
  return UPDATE_MARKER.test(headline);
}

/**
 * Chains of two or more versions of one report, each oldest first: its last
 * article is the current version. Articles of no chain are absent.
 */
export function versionChains(articles: readonly VersionCandidate[]): string[][] {
  const groups = new Map<string, VersionCandidate[]>();
  for (const article of articles) {
    const key = `${article.storyId}\u0000${article.sourceId}\u0000${article.lang}`;
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  const chains: string[][] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const chain of chainsOfOneSource(group)) if (chain.length > 1) chains.push(chain.map((a) => a.id));
  }
  return chains;
}

/** For every superseded article: the current version of its chain. */
export function currentVersions(chains: readonly string[][]): Map<string, string> {
  const current = new Map<string, string>();
  for (const chain of chains) {
    const last = chain.at(-1);
    if (last === undefined) continue;
    for (const id of chain.slice(0, -1)) current.set(id, last);
  }
  return current;
}

/**
 * The canonical of each group of copies once versions are known: a group
 * whose canonical was superseded is shown by that canonical's current
 * version (and joins that version's own group), so lists, cards and "also
 * published by" speak of the current text. `canonicalOf` maps every article
 * to its clusterer canonical.
 */
export function canonicalsAfterVersions(canonicalOf: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): Map<string, string> {
  const resolve = (start: string): string => {
    const seen = new Set<string>();
    let id = start;
    for (;;) {
      const latest = current.get(id) ?? id;
      const canonical = canonicalOf.get(latest) ?? latest;
      // The current version leads its own group, or is a copy of an earlier version of itself.
      if (canonical === latest || seen.has(canonical)) return latest;
      // A copy of another text that is still current: that text leads.
      if (!current.has(canonical)) return canonical;
      seen.add(canonical);
      id = canonical;
    }
  };
  return new Map([...canonicalOf].map(([id, canonical]) => [id, resolve(canonical)]));
}

interface Chain {
  members: VersionCandidate[];
}

/**
 * One source's articles of one story, in one language: chains in the order
 * they started. Articles of one time keep the order they were given in (the
 * replay's), not their ids', which follow the order they arrived in.
 */
function chainsOfOneSource(group: readonly VersionCandidate[]): VersionCandidate[][] {
  const ordered = [...group].sort((a, b) => a.time - b.time);
  const texts = new ShingleCache();
  const chains: Chain[] = [];
  for (const article of ordered) {
    let best: { chain: Chain; score: number } | null = null;
    for (const chain of chains) {
      const score = versionScore(chain, article, texts);
      if (score !== null && (best === null || score > best.score)) best = { chain, score };
    }
    if (best) best.chain.members.push(article);
    else chains.push({ members: [article] });
  }
  return chains.map((chain) => chain.members);
}

/**
 * How surely `later` is the chain's next version, or null when it is not:
 * copies of one text (2) beat any share of shared sentences (at most 1).
 * Sentences are compared with the chain's newest member, the text an
 * update is written from.
 */
function versionScore(chain: Chain, later: VersionCandidate, texts: ShingleCache): number | null {
  const head = chain.members.at(-1)!;
  if (chain.members.some((m) => m.copyGroup === later.copyGroup)) return 2;
  if (later.time - head.time > MAX_VERSION_GAP_HOURS * HOUR_MS) return null;
  const size = texts.shingleSize(head);
  if (size === null) return null;
  const share = containedShare(texts.shingles(head, size), texts.shingles(later, size));
  if (share >= CONTAINED_SHARE) return share;
  const hinted = hasUpdateMarker(later.headline) || headlineOverlap(head.headline, later.headline) >= HEADLINE_OVERLAP;
  return hinted && share >= HINTED_CONTAINED_SHARE ? share : null;
}

/**
 * Tokens and shingle sets of each article, made once. Shingles are those
 * the near-duplicate detector reads (minhash.ts), their size set by the
 * earlier text: a one-paragraph flash is compared by short shingles with
 * the full story that follows it, a long text by long ones.
 */
class ShingleCache {
  readonly #tokens = new Map<string, string[]>();
  readonly #sets = new Map<string, Set<number>>();

  /** Null for a text too short to tell a version from a coincidence. */
  shingleSize(article: VersionCandidate): number | null {
    const count = this.#tokensOf(article).length;
    if (count < MIN_SIGNATURE_TOKENS) return null;
    return count < SHORT_TEXT_TOKENS ? SHORT_SHINGLE_WORDS : LONG_SHINGLE_WORDS;
  }

  shingles(article: VersionCandidate, size: number): Set<number> {
    const key = `${size}\u0000${article.id}`;
    let set = this.#sets.get(key);
    if (!set) this.#sets.set(key, (set = new Set(shingleHashes(this.#tokensOf(article), size))));
    return set;
  }

  #tokensOf(article: VersionCandidate): string[] {
    let tokens = this.#tokens.get(article.id);
    if (!tokens) this.#tokens.set(article.id, (tokens = wordTokens(article.text)));
    return tokens;
  }
}

/** Share of the earlier text's shingles found in the later; 0 when the earlier is too short to tell. */
function containedShare(earlier: Set<number>, later: Set<number>): number {
  if (earlier.size === 0) return 0;
  let found = 0;
  for (const shingle of earlier) if (later.has(shingle)) found++;
  return found / earlier.size;
}

/** Share of the shorter headline's content words that the other has, update markers left out. */
export function headlineOverlap(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  const shorter = wordsA.size <= wordsB.size ? wordsA : wordsB;
  const longer = shorter === wordsA ? wordsB : wordsA;
  if (shorter.size === 0) return 0;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size;
}

function contentWords(headline: string): Set<string> {
  return new Set(wordTokens(headline.replace(UPDATE_MARKER, '')).filter((word) => !isFunctionWord(word)));
}
