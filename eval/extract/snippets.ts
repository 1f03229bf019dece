/**
 * wcxb's second kind of truth: short passages the article must hold (`with`:
 * its opening, a sentence from its middle, its close) and passages of the
 * page around it that it must not (`without`: a sidebar's heading, a related
 * story's title). They are checked on every page, including one whose record
 * gives no full text to score shingles against.
 *
 * A passage counts as held when its word tokens (as body-score.ts cuts them)
 * appear in the extracted text as one unbroken run: punctuation, spacing and
 * line breaks are not compared, words and their case are. Records drafted
 * by a tool cut their passages at CUT_CHARS characters, often inside a
 * word ("…there’s nothing more gr"): in a passage of that length the last
 * word need only begin a word of the text.
 */
import { tokenize } from './body-score.ts';
import type { Snippets } from './suites.ts';

export interface SnippetScore {
  /** `with` passages found in the extraction, of how many. */
  held: number;
  heldOf: number;
  /** `without` passages absent from the extraction, of how many. */
  left: number;
  leftOf: number;
}

/** U+0001 cannot occur inside a token, so it marks token boundaries. */
const SEPARATOR = '\u0001';

/** The length at which the suite's drafted records cut a passage (90 of its 885 `with` passages are this long). */
const CUT_CHARS = 80;

function tokenRun(text: string): string {
  return `${SEPARATOR}${tokenize(text).join(SEPARATOR)}${SEPARATOR}`;
}

/** A passage's run of tokens to look for; open at its end when the passage may have been cut inside its last word. */
function passageRun(snippet: string): string {
  const run = tokenRun(snippet);
  return snippet.length === CUT_CHARS && /[\p{L}\p{N}\p{M}_]$/u.test(snippet) ? run.slice(0, -SEPARATOR.length) : run;
}

/** Whether the text holds the passage's words as one run (an empty passage is held nowhere). */
export function holdsSnippet(snippet: string, text: string): boolean {
  return tokenize(snippet).length > 0 && tokenRun(text).includes(passageRun(snippet));
}

export function scoreSnippets(snippets: Snippets, predicted: string): SnippetScore {
  const text = tokenRun(predicted);
  const holds = (snippet: string) => text.includes(passageRun(snippet));
  const withPassages = snippets.with.filter((s) => tokenize(s).length > 0);
  const withoutPassages = snippets.without.filter((s) => tokenize(s).length > 0);
  return {
    held: withPassages.filter(holds).length,
    heldOf: withPassages.length,
    left: withoutPassages.filter((s) => !holds(s)).length,
    leftOf: withoutPassages.length,
  };
}
