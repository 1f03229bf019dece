/**
 * What wiredesk knows of Hindi words, from two Debian packages: the
 * morphological analyser of `apertium-hin` (every inflected form of its
 * lemmas, with Apertium's tags: `बच्चों` → `बच्चा<n><m><pl><obl>`) and the
 * word list of `hunspell-hi` (spellings only, no tags). The Urdu→Hindi
 * post-editing steps (urdu-hindi-postedit.ts) read it to tell a Hindi word
 * from a leftover, to choose between the readings of an ambiguous short
 * word by its neighbours' tags, and to pick the Hindi spelling of a word
 * written from Urdu letters. Pure: the files are read in
 * hindi-lexicon-files.ts.
 *
 * The analyser ships as an AT&T transducer text (`hin.automorf.att.gz`,
 * written by lttoolbox's `lt-print`): lines `from to input output weight`,
 * final states as `state weight`, and `--` between the transducers of one
 * file (one for numbers and punctuation, one for words). Its surface forms
 * are the paths from state 0 to a final state; they are enumerated once.
 */

export interface HindiLexicon {
  /** Apertium's analyses of a surface form (`बच्चा<n><m><pl><obl>`); empty when the analyser does not know it. */
  analyses(word: string): readonly string[];
  /** Whether either source knows the spelling. */
  knows(word: string): boolean;
  /** Whether the word list (hunspell-hi) has the spelling. */
  listed(word: string): boolean;
  /** Every known single-word spelling, once each. */
  words(): Iterable<string>;
  /** Which sources were read, for the log line. */
  sources: readonly string[];
}

const EPSILON = new Set(['@0@', 'ε', '@_EPSILON_SYMBOL_@']);
/**
 * Paths longer than this are not followed: the longest Hindi word form in the
 * analyser is far shorter, and a cycle (numbers) would otherwise never end.
 */
const MAX_SYMBOLS = 40;
/**
 * `ॊ` (short o, a Dravidian vowel sign) appears in some of apertium-hin's
 * generated oblique forms (`टेलीफॊन`) by a slip of its paradigms; no Hindi
 * text writes it, so such forms are left out rather than offered as spellings.
 */
const NOT_HINDI = /[\u094a\u0946]/u;

interface Arc {
  to: number;
  input: string;
  output: string;
}

/** Surface form → analyses, for every single-word path of the transducer text. */
export function parseAttAnalyser(text: string): Map<string, string[]> {
  const analyses = new Map<string, string[]>();
  for (const section of text.split(/^--$/mu)) {
    const arcs = new Map<number, Arc[]>();
    const finals = new Set<number>();
    for (const line of section.split('\n')) {
      const fields = line.split('\t');
      if (fields.length >= 4) {
        const from = Number(fields[0]);
        const list = arcs.get(from) ?? [];
        list.push({ to: Number(fields[1]), input: EPSILON.has(fields[2]!) ? '' : fields[2]!, output: EPSILON.has(fields[3]!) ? '' : fields[3]! });
        arcs.set(from, list);
      } else if (fields[0] !== undefined && /^\d+$/u.test(fields[0])) {
        finals.add(Number(fields[0]));
      }
    }
    collectPaths(arcs, finals, analyses);
  }
  return analyses;
}

function collectPaths(arcs: Map<number, Arc[]>, finals: Set<number>, into: Map<string, string[]>): void {
  const onPath = new Set<number>();
  const walk = (state: number, input: string, output: string, depth: number): void => {
    if (finals.has(state) && input !== '' && !NOT_HINDI.test(input)) {
      const list = into.get(input) ?? [];
      if (!list.includes(output)) list.push(output);
      into.set(input, list);
    }
    if (depth >= MAX_SYMBOLS) return;
    onPath.add(state);
    for (const arc of arcs.get(state) ?? []) {
      // A space on the surface side makes a multiword (`कोड़े मारेगा`): one token of text is never that.
      if (onPath.has(arc.to) || arc.input === ' ') continue;
      walk(arc.to, input + arc.input, output + arc.output, depth + 1);
    }
    onPath.delete(state);
  };
  walk(0, '', '', 0);
}

/** The words of a hunspell `.dic` file: a count on the first line, then `word[/flags]` per line. */
export function parseHunspellWords(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  const words: string[] = [];
  for (let i = /^\d+\s*$/u.test(lines[0] ?? '') ? 1 : 0; i < lines.length; i++) {
    const word = lines[i]!.split('/')[0]!.trim();
    if (word !== '' && !/\s/u.test(word)) words.push(word.normalize('NFC'));
  }
  return words;
}

const NONE: readonly string[] = Object.freeze([]);

export function hindiLexicon(analyser: ReadonlyMap<string, readonly string[]> | null, wordList: readonly string[] | null, sources: readonly string[]): HindiLexicon {
  const listed = new Set(wordList ?? []);
  return {
    analyses: (word) => analyser?.get(word) ?? NONE,
    knows: (word) => listed.has(word) || (analyser?.has(word) ?? false),
    listed: (word) => listed.has(word),
    *words() {
      yield* listed;
      if (analyser) for (const word of analyser.keys()) if (!listed.has(word)) yield word;
    },
    sources,
  };
}
