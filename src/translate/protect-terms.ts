/**
 * Protection: what an engine must not touch is replaced by a placeholder
 * (`⟦n⟧`, qa/placeholders.ts) before translation and put back after. Engines
 * mangle numbers (`9:30` → `9:*30`), URLs and addresses, translate names
 * word by word, and, from a non-Latin source, mark Latin-script names and
 * acronyms as unknown (`*UTC`). Protected: URLs, e-mail addresses, dates and
 * times in digits, numbers, glossary terms (restored as the glossary's target
 * form), and, when the source is not written in Latin script, runs of
 * Latin-script words.
 *
 * Digits come back in ASCII unless the target writes its own digits of that
 * script: Urdu `۲۰۲۶` reads `2026` in Hindi copy, as Hindi newspapers print.
 */
import { scriptOfLanguage } from '../text/script.ts';
import { findTerm, type Glossary } from './glossary.ts';
import { RETURNED_PLACEHOLDER } from './inline-placeholders.ts';
import { issue, type LanguagePair, type QaIssue } from './qa/qa-types.ts';
import { PLACEHOLDER_LOST, placeholder } from './qa/placeholders.ts';

export type ProtectedKind = 'url' | 'email' | 'date' | 'time' | 'number' | 'latin' | 'glossary';

export interface ProtectedSpan {
  kind: ProtectedKind;
  number: number;
  /** The text as it stood in the source. */
  source: string;
  /** What goes back into the output in its place. */
  replacement: string;
}

export interface ProtectedText {
  text: string;
  spans: ProtectedSpan[];
  nextNumber: number;
}

/** Patterns in priority order: where two overlap, the earlier kind wins, then the longer match. */
const PATTERNS: readonly [ProtectedKind, RegExp][] = [
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"⟦⟧]*[^\s<>"⟦⟧.,;:!?)\]'’”»]/giu],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  ['date', /(?<![\p{L}\p{M}\p{N}⟦])(?:\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}|\p{Nd}{1,2}[/.]\p{Nd}{1,2}[/.]\p{Nd}{2,4})(?![\p{N}⟧])/gu],
  ['time', /(?<![\p{L}\p{M}\p{N}⟦])\p{Nd}{1,2}:\p{Nd}{2}(?::\p{Nd}{2})?(?![\p{N}⟧])/gu],
  // Digits right after a letter belong to a word (`A1`, `G20`), protected with it or not at all.
  ['number', /(?<![\p{L}\p{M}\p{N}⟦])\p{Nd}+(?:[.,٫٬]\p{Nd}+)*(?![\p{N}⟧])/gu],
  ['latin', /(?<![\p{L}\p{M}])\p{Script=Latin}[\p{Script=Latin}\p{Nd}'’&-]*(?:\.\p{Script=Latin}+)*\.?(?:\s+\p{Script=Latin}[\p{Script=Latin}\p{Nd}'’&-]*(?:\.\p{Script=Latin}+)*)*/gu],
];

const ARABIC_SEPARATORS: Readonly<Record<string, string>> = { '٫': '.', '٬': ',' };

interface Found {
  kind: ProtectedKind;
  start: number;
  end: number;
  replacement: string;
}

export function protectTerms(text: string, pair: LanguagePair, glossary: Glossary | null, firstNumber: number): ProtectedText {
  const found = resolveOverlaps([...glossaryMatches(text, glossary), ...patternMatches(text, pair)]);
  const spans: ProtectedSpan[] = [];
  let out = '';
  let last = 0;
  let next = firstNumber;
  for (const span of mergeAdjacent(found)) {
    out += text.slice(last, span.start) + placeholder(next);
    spans.push({ kind: span.kind, number: next++, source: text.slice(span.start, span.end), replacement: span.replacement });
    last = span.end;
  }
  return { text: out + text.slice(last), spans, nextNumber: next };
}

/** Puts the protected spans back; a placeholder that went missing or came back twice is an issue. */
export function restoreTerms(output: string, spans: readonly ProtectedSpan[]): { text: string; issues: QaIssue[] } {
  const byNumber = new Map(spans.map((span) => [span.number, span]));
  const counts = new Map<number, number>();
  const text = output.replace(RETURNED_PLACEHOLDER, (token, digits: string) => {
    const span = byNumber.get(Number(digits));
    if (!span) return token;
    counts.set(span.number, (counts.get(span.number) ?? 0) + 1);
    return span.replacement;
  });
  const issues = spans.flatMap((span) => {
    const count = counts.get(span.number) ?? 0;
    if (count === 1) return [];
    return [issue(PLACEHOLDER_LOST, { kind: 'protected-term-lost', placeholder: placeholder(span.number), term: span.source, times: count })];
  });
  return { text, issues };
}

function glossaryMatches(text: string, glossary: Glossary | null): Found[] {
  const found: Found[] = [];
  for (const entry of glossary?.entries ?? []) {
    for (let at = findTerm(text, entry.source); at >= 0; at = findTerm(text, entry.source, at + entry.source.length)) {
      found.push({ kind: 'glossary', start: at, end: at + entry.source.length, replacement: entry.target });
    }
  }
  return found;
}

function patternMatches(text: string, pair: LanguagePair): Found[] {
  const latinSource = scriptOfLanguage(pair.from) === 'Latin';
  const targetScript = scriptOfLanguage(pair.to);
  return PATTERNS.filter(([kind]) => kind !== 'latin' || !latinSource).flatMap(([kind, pattern]) =>
    Array.from(text.matchAll(pattern), (m) => ({
      kind,
      start: m.index,
      end: m.index + m[0].length,
      replacement: kind === 'latin' || kind === 'url' || kind === 'email' ? m[0] : digitsFor(m[0], targetScript),
    })),
  );
}

/** Glossary first (an editor's word), then the order of PATTERNS, then the longer span. */
function resolveOverlaps(found: Found[]): Found[] {
  const rank = (f: Found) => (f.kind === 'glossary' ? -1 : PATTERNS.findIndex(([kind]) => kind === f.kind));
  const ordered = [...found].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of ordered) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** `39C` is a number and a Latin letter touching: one placeholder, so the engine cannot part them. */
function mergeAdjacent(found: Found[]): Found[] {
  const merged: Found[] = [];
  for (const f of found) {
    const previous = merged.at(-1);
    if (previous && previous.end === f.start && previous.kind !== 'glossary' && f.kind !== 'glossary') {
      merged[merged.length - 1] = { ...previous, end: f.end, replacement: previous.replacement + f.replacement };
    } else merged.push(f);
  }
  return merged;
}

/** The zero of each script's decimal digits wiredesk meets; Unicode lays the ten out in order. */
const DIGIT_ZEROS: readonly [number, string][] = [
  [0x30, 'Latin'], [0x660, 'Arabic'], [0x6f0, 'Arabic'], [0x966, 'Devanagari'], [0x9e6, 'Bengali'],
  [0xa66, 'Gurmukhi'], [0xae6, 'Gujarati'], [0xbe6, 'Tamil'],
];

/** Digits of a script other than the target's become ASCII digits; Arabic decimal and group marks follow. */
function digitsFor(text: string, targetScript: string | null): string {
  return text.replace(/[\p{Nd}٫٬]/gu, (char) => {
    if (char in ARABIC_SEPARATORS) return targetScript === 'Arabic' ? char : ARABIC_SEPARATORS[char]!;
    const code = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find(([z]) => code >= z && code <= z + 9);
    if (!zero || zero[1] === targetScript) return char;
    return String(code - zero[0]);
  });
}
