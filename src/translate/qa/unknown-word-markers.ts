/**
 * `unknown-word`: marks Apertium leaves in its output. `*word` is a word the
 * analyser did not know (left as in the source), `@word` one the bilingual
 * dictionary lacks, `#word` one the generator could not inflect
 * (wiki.apertium.org, "Apertium stream format"). Any of them means a reader
 * would see debris.
 *
 * A marked token that the source also contains is the source's own (a
 * hashtag `#Budget2026`, a handle `@desk`) and is left alone; so are a
 * marker after a letter or digit (an e-mail address) and markers before
 * digits (`#1`).
 */
import { issue, type QaCheck } from './qa-types.ts';

export const UNKNOWN_WORD = 'unknown-word';

const MARKED_WORD = /(?<![\p{L}\p{M}\p{N}])[*#@][\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

export const checkUnknownWordMarkers: QaCheck = ({ source, output }) =>
  Array.from(output.matchAll(MARKED_WORD))
    .filter((match) => !source.includes(match[0]))
    .map((match) =>
      issue(UNKNOWN_WORD, { kind: 'engine-marker', marker: match[0] }, match.index, match.index + match[0].length),
    );
