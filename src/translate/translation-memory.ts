/**
 * The translation memory in front of an engine: every segment (one protected
 * sentence, as text-translation.ts sends it) is looked up first, only the
 * segments never seen before go to the engine, and what the engine returns is
 * remembered. Syndicated copies of one story and recurring phrases ("The
 * ministry said in a statement.") are therefore sent once.
 *
 * A segment is keyed by engine, language pair and its source text after two
 * normalisations: NFC with whitespace collapsed (normalizeText), and the
 * placeholders renumbered in order of appearance. Case and punctuation are
 * kept, unlike comparisonKey(): the output of "Talks end." and "Talks end?"
 * differ, and the gate checks punctuation. Renumbering makes "rose ⟦7⟧ per
 * cent" in one article hit "rose ⟦2⟧ per cent" in another: the numbers
 * themselves are protected, so the engine output does not depend on them.
 *
 * These are the machine segments. A reviewer's post-edits are human segments
 * (human-segments.ts), asked for before this memory is, so they rank above it.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.ts';
import { RETURNED_PLACEHOLDER } from './inline-placeholders.ts';
import { placeholder } from './qa.ts';
import { outputText, type EngineCall, type RememberedOutput } from './text-translation.ts';

/** Engine id and direction: an output is only reused for the same engine and pair. */
export interface MemoryScope {
  engine: string;
  from: string;
  to: string;
}

/** A segment as remembered: source and output with canonical placeholders (⟦1⟧, ⟦2⟧… in source order). */
export interface MemorySegment {
  key: string;
  source: string;
  output: string;
}

/** Storage of the memory (src/store/translation-memory-table.ts). */
export interface TranslationMemory {
  /** Canonical outputs by key for the keys remembered; each one found counts as a hit. */
  lookup(scope: MemoryScope, keys: readonly string[], now: string): Promise<Map<string, string>>;
  /** With `replace`, an output remembered before is replaced; otherwise the first one stays. */
  remember(scope: MemoryScope, segments: readonly MemorySegment[], now: string, replace?: boolean): Promise<void>;
}

/** Segments served by the memory and sent to the engine, over the life of one memoised call. */
export interface MemoryCounts {
  hits: number;
  misses: number;
  /** Sentences a reviewer's post-edit answered (counted by the caller: they never reach this call). */
  human: number;
}

export interface MemoisedCallOptions {
  /**
   * Ask the engine again for every segment instead of the memory, and
   * replace what the memory held with the new outputs: the desk's "translate
   * again", after an engine or glossary change or a bad remembered output.
   */
  fresh?: boolean;
}

export interface CanonicalSegment {
  key: string;
  text: string;
  /** Placeholder number in the segment → its canonical number. */
  toCanonical: Map<number, number>;
}

export function canonicalSegment(text: string): CanonicalSegment {
  const toCanonical = new Map<number, number>();
  const canonical = normalizeText(text).replace(RETURNED_PLACEHOLDER, (_token, digits: string) => {
    const n = Number(digits);
    if (!toCanonical.has(n)) toCanonical.set(n, toCanonical.size + 1);
    return placeholder(toCanonical.get(n)!);
  });
  return { key: createHash('sha256').update(canonical).digest('hex'), text: canonical, toCanonical };
}

/**
 * Whether an engine output (of the canonical text) is worth remembering: not
 * empty, an engine failure the next pass should retry, and with no placeholder
 * the source did not have.
 */
export function worthRemembering(output: string, segment: CanonicalSegment): boolean {
  if (output.trim() === '') return false;
  for (const match of output.matchAll(RETURNED_PLACEHOLDER)) {
    const n = Number(match[1]);
    if (n < 1 || n > segment.toCanonical.size) return false;
  }
  return true;
}

/** A remembered output with this segment's own placeholder numbers put back. */
export function restoreOutput(remembered: string, segment: CanonicalSegment): string {
  const fromCanonical = new Map([...segment.toCanonical].map(([own, canonical]) => [canonical, own]));
  return remembered.replace(RETURNED_PLACEHOLDER, (token, digits: string) => {
    const own = fromCanonical.get(Number(digits));
    return own === undefined ? token : placeholder(own);
  });
}

/**
 * An EngineCall that asks the memory first. Repeats within one call are sent
 * once too. The engine is sent the canonical text, so its output carries
 * canonical placeholders and is stored as it came. Outputs the memory gave
 * are marked as remembered, for the origin shown beside each segment.
 */
export function memoisedCall(
  call: EngineCall,
  memory: TranslationMemory,
  scope: MemoryScope,
  now: () => string,
  options: MemoisedCallOptions = {},
): { call: EngineCall; counts: MemoryCounts } {
  const counts: MemoryCounts = { hits: 0, misses: 0, human: 0 };
  const memoised: EngineCall = async (texts) => {
    const segments = texts.map(canonicalSegment);
    const keys = [...new Set(segments.map((s) => s.key))];
    const found = options.fresh ? new Map<string, string>() : await memory.lookup(scope, keys, now());
    const missing = new Map<string, CanonicalSegment>();
    for (const segment of segments) {
      if (!found.has(segment.key) && !missing.has(segment.key)) missing.set(segment.key, segment);
    }
    counts.hits += segments.length - missing.size;
    counts.misses += missing.size;
    const sent = [...missing.values()];
    const outputs = sent.length ? (await call(sent.map((s) => s.text))).map(outputText) : [];
    if (outputs.length !== sent.length) {
      throw new Error(`translate: the engine returned ${outputs.length} texts for ${sent.length}`);
    }
    const fromEngine = new Map<string, string>();
    const learned: MemorySegment[] = [];
    sent.forEach((segment, i) => {
      const output = outputs[i]!;
      fromEngine.set(segment.key, output);
      if (worthRemembering(output, segment)) learned.push({ key: segment.key, source: segment.text, output });
    });
    if (learned.length) await memory.remember(scope, learned, now(), options.fresh === true);
    return segments.map((segment): string | RememberedOutput => {
      const engine = fromEngine.get(segment.key);
      if (engine !== undefined) return restoreOutput(engine, segment);
      return { text: restoreOutput(found.get(segment.key) ?? '', segment), remembered: true };
    });
  };
  return { call: memoised, counts };
}
