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
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.ts';
import { RETURNED_PLACEHOLDER } from './inline-placeholders.ts';
import { placeholder } from './qa.ts';
import type { EngineCall } from './text-translation.ts';

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
  remember(scope: MemoryScope, segments: readonly MemorySegment[], now: string): Promise<void>;
}

/** Segments served by the memory and sent to the engine, over the life of one memoised call. */
export interface MemoryCounts {
  hits: number;
  misses: number;
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
 * canonical placeholders and is stored as it came.
 */
export function memoisedCall(call: EngineCall, memory: TranslationMemory, scope: MemoryScope, now: () => string): { call: EngineCall; counts: MemoryCounts } {
  const counts: MemoryCounts = { hits: 0, misses: 0 };
  const memoised: EngineCall = async (texts) => {
    const segments = texts.map(canonicalSegment);
    const found = await memory.lookup(scope, [...new Set(segments.map((s) => s.key))], now());
    const missing = new Map<string, CanonicalSegment>();
    for (const segment of segments) {
      if (!found.has(segment.key) && !missing.has(segment.key)) missing.set(segment.key, segment);
    }
    counts.hits += segments.length - missing.size;
    counts.misses += missing.size;
    const sent = [...missing.values()];
    const outputs = sent.length ? await call(sent.map((s) => s.text)) : [];
    if (outputs.length !== sent.length) {
      throw new Error(`translate: the engine returned ${outputs.length} texts for ${sent.length}`);
    }
    const learned: MemorySegment[] = [];
    sent.forEach((segment, i) => {
      const output = outputs[i]!;
      found.set(segment.key, output);
      if (worthRemembering(output, segment)) learned.push({ key: segment.key, source: segment.text, output });
    });
    if (learned.length) await memory.remember(scope, learned, now());
    return segments.map((segment) => restoreOutput(found.get(segment.key) ?? '', segment));
  };
  return { call: memoised, counts };
}
