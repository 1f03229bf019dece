/**
 * Damaged copies of good translations, one generator per defect class the
 * quality gate knows, for measuring what it catches. Deterministic: the same
 * seed gives the same corruptions. Each generator returns null when the
 * sample cannot carry its defect (no number to drop, too few words to cut).
 *
 * Each class is damage of a size an editor would call a defect, not a
 * shading: the length class makes an output at least twice or at most half
 * as long as the good one; a loop repeats a word three or more times or a
 * phrase twice or more; an untranslated run is three to six source words.
 */
import { placeholder } from '../../src/translate/qa.ts';
import { asciiDigits } from '../../src/translate/qa/number-values.ts';
import type { Random } from '../seeded-random.ts';



export interface Sample {
  source: string;
  output: string;
  /** The same sentence in a third language, for "answered in the wrong language". */
  other: string;
  /** Good outputs of other sentences, for hallucinated additions. */
  pool: readonly string[];
}

export interface Corrupted {
  source: string;
  output: string;
}

export type Corruption = (sample: Sample, random: Random) => Corrupted | null;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(low: number, high: number, random: Random): number {
  return low + Math.floor(random() * (high - low + 1));
}

const TERMINAL_END = /[\s.!?।|۔؟…"'”’)-]+$/u;
const DIGIT_RUN = /[0-9\u0966-\u096f\u0660-\u0669\u06f0-\u06f9]+(?:[,.،٬٫][0-9\u0966-\u096f\u0660-\u0669\u06f0-\u06f9]+)*/gu;

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** The output without its final punctuation, and that punctuation. */
function splitEnding(text: string): [string, string] {
  const body = text.replace(TERMINAL_END, '');
  return [body, text.slice(body.length)];
}

const wrongLanguage: Corruption = (sample, random) =>
  ({ source: sample.source, output: random() < 0.5 ? sample.source : sample.other });

/** Three to six consecutive source words replace as many output words. */
const untranslated: Corruption = (sample, random) => {
  const from = words(sample.source);
  const into = words(splitEnding(sample.output)[0]);
  const size = between(3, 6, random);
  if (from.length < size + 1 || into.length < size + 2) return null;
  const run = from.slice(between(0, from.length - size, random)).slice(0, size).map((w) => w.replace(/[,.;:]+$/u, ''));
  const at = between(1, into.length - size - 1, random);
  const [, ending] = splitEnding(sample.output);
  return { source: sample.source, output: [...into.slice(0, at), ...run, ...into.slice(at + size)].join(' ') + ending };
};

/** Apertium's marks: `*` before a source word left as is, `@` or `#` before a target word. */
const unknownWord: Corruption = (sample, random) => {
  const into = words(sample.output);
  const from = words(sample.source).filter((w) => /^\p{L}+$/u.test(w));
  const wordy = into.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}/u.test(w));
  if (wordy.length < 3 || from.length === 0) return null;
  const [word, at] = pick(wordy, random);
  const mark = pick(['*', '@', '#'], random);
  const marked = mark === '*' ? `*${pick(from, random)}` : `${mark}${word}`;
  return { source: sample.source, output: [...into.slice(0, at), marked, ...into.slice(at + 1)].join(' ') };
};

/** A figure the output shares with the source is dropped, or one of its digits changed. */
const numberMissing: Corruption = (sample, random) => {
  const sourceDigits = asciiDigits(sample.source);
  const runs = Array.from(sample.output.matchAll(DIGIT_RUN)).filter((m) => sourceDigits.includes(asciiDigits(m[0])));
  if (runs.length === 0) return null;
  const run = pick(runs, random);
  const start = run.index;
  const end = start + run[0].length;
  let replacement = '';
  if (random() < 0.5) {
    const digits = Array.from(run[0]).map((c, i) => [c, i] as const).filter(([c]) => /\p{N}/u.test(c));
    const [digit, index] = pick(digits, random);
    const value = (Number(asciiDigits(digit)) + between(1, 8, random)) % 10;
    replacement = run[0].slice(0, index) + String(value) + run[0].slice(index + 1);
  }
  const output = (sample.output.slice(0, start) + replacement + sample.output.slice(end)).replace(/ {2,}/gu, ' ');
  return { source: sample.source, output };
};

/** Places `⟦1⟧` at the same relative word position in source and output. */
export function withPlaceholder(sample: Sample, random: Random): Corrupted | null {
  const from = words(sample.source);
  const into = words(sample.output);
  if (from.length < 3 || into.length < 3) return null;
  const share = random();
  const insert = (list: string[]) => {
    const at = 1 + Math.floor(share * (list.length - 2));
    return [...list.slice(0, at), placeholder(1), ...list.slice(at)].join(' ');
  };
  return { source: insert(from), output: insert(into) };
}

/** The placeholder is dropped, spaced out, half-bracketed or renumbered by the "engine". */
const placeholderLost: Corruption = (sample, random) => {
  const kept = withPlaceholder(sample, random);
  if (!kept) return null;
  const damaged = pick(['', '⟦ 1 ⟧', '⟦1', '1⟧', '[1]', placeholder(2), `${placeholder(1)} ${placeholder(1)}`], random);
  return { source: kept.source, output: kept.output.replace(placeholder(1), damaged).replace(/ {2,}/gu, ' ') };
};

/** A stray full stop between two words, a space before a comma or stop, or doubled marks. */
const punctuation: Corruption = (sample, random) => {
  const into = words(sample.output);
  if (into.length < 4) return null;
  const at = between(1, into.length - 2, random);
  const [body, ending] = splitEnding(sample.output);
  switch (pick(['stray-stop', 'space-before', 'doubled'], random)) {
    case 'stray-stop':
      return { source: sample.source, output: [...into.slice(0, at), '.', ...into.slice(at)].join(' ') };
    case 'space-before': {
      const comma = body.indexOf(',');
      if (comma > 0 && random() < 0.5) return { source: sample.source, output: `${body.slice(0, comma)} ,${body.slice(comma + 1)}${ending}` };
      return { source: sample.source, output: `${body} .` };
    }
    default: {
      const mark = pick([',,', '..', '।।', ', .'], random);
      return { source: sample.source, output: `${[...into.slice(0, at)].join(' ')}${mark} ${into.slice(at).join(' ')}` };
    }
  }
};

/** Half or less of the output (ending intact), or the output with other sentences run on after it. */
const lengthRatio: Corruption = (sample, random) => {
  const [body, ending] = splitEnding(sample.output);
  if (random() < 0.5) {
    let longer = sample.output;
    while (longer.length < 2 * sample.output.length) longer += ` ${pick(sample.pool, random)}`;
    return { source: sample.source, output: longer };
  }
  const kept: string[] = [];
  for (const word of words(body)) {
    if ([...kept, word].join(' ').length > 0.5 * sample.output.length) break;
    kept.push(word);
  }
  if (kept.length < 2) return null;
  return { source: sample.source, output: kept.join(' ').replace(/[,;:]$/u, '') + ending };
};

/** A word three to five times, or a phrase of two to four words two to four times, back to back. */
const repetition: Corruption = (sample, random) => {
  const into = words(sample.output);
  const size = between(1, 4, random);
  if (into.length < size + 2) return null;
  const at = between(0, into.length - size - 1, random);
  const unit = into.slice(at, at + size);
  const times = size === 1 ? between(3, 5, random) : between(2, 4, random);
  const looped = Array.from({ length: times }, () => unit).flat();
  return { source: sample.source, output: [...into.slice(0, at), ...looped, ...into.slice(at + size)].join(' ') };
};

const empty: Corruption = (sample, random) => ({ source: sample.source, output: pick(['', ' ', '\n', '.', '।', '""'], random) });

/** Cut at a word boundary between 30 % and 90 % of the words, as a timed-out engine would. */
const truncated: Corruption = (sample, random) => {
  const into = words(sample.output);
  if (into.length < 4) return null;
  const keep = Math.max(1, Math.round(into.length * (0.3 + 0.6 * random())));
  return { source: sample.source, output: into.slice(0, Math.min(keep, into.length - 1)).join(' ') };
};

/** Each class, named by the issue code the gate should report for it. */
export const CORRUPTIONS: ReadonlyMap<string, Corruption> = new Map([
  ['wrong-language', wrongLanguage],
  ['untranslated', untranslated],
  ['unknown-word', unknownWord],
  ['number-missing', numberMissing],
  ['placeholder-lost', placeholderLost],
  ['punctuation', punctuation],
  ['length-ratio', lengthRatio],
  ['repetition', repetition],
  ['empty', empty],
  ['truncated', truncated],
]);
