/**
 * Urdu words that Apertium's Urdu tagger reads the wrong way, put right from
 * the Hindi output's context with the tags of apertium-hin's analyser
 * (hindi-lexicon.ts). Urdu writes several common words alike that Hindi
 * spells apart, and the urd-hin tagger's statistics choose poorly between
 * them:
 *
 * - `میں` is the postposition में ("in") and the pronoun मैं ("I"). A
 *   postposition follows what it governs: a noun, a name, a number, an
 *   adjective or pronoun in the oblique. "I" opens its clause: it follows a
 *   sentence start, punctuation or a conjunction. So मैं after a governing
 *   word is में; elsewhere the engine's choice stands.
 * - `کہ` is the conjunction कि ("that") and the stem कह of "to say". Hindi
 *   uses a bare verb stem only before a verb that completes it (कह कर,
 *   कह रहा, कह सकते, कह दिया), so कह not followed by a verb is कि.
 * - `یہ`, `وہ` are "this/that" and "these/those" at once; the engine writes
 *   them as ये and वो, which the analyser reads as either number. Written
 *   Hindi spells the singular यह, वह and the plural ये, वे; the number shows
 *   in the words that agree with the pronoun: the noun after it, or else the
 *   first verb of its clause.
 * - Urdu writes the future's ending apart (کرے گا), and the engine copies
 *   it so (करे गा), sometimes after the wrong form of the verb (करो गा).
 *   Hindi writes one word: the verb and its ending are joined into the
 *   future form the analyser knows (करेगा, करेंगे, जाएगा, होगा).
 */
import type { HindiLexicon } from './hindi-lexicon.ts';

/** Words, runs of digits (a number governs a postposition as a noun does), and anything else one character at a time. */
const TOKEN = /[\p{L}\p{M}\u200c\u200d]+|\p{Nd}+(?:[.,]\p{Nd}+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{M}\u200c\u200d]+$/u;
const DIGITS = /^\p{Nd}/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** Apertium tags of words a postposition can follow: nouns, names, numerals, and anything in the oblique (adjectives, pronouns, infinitives: करने में). */
const GOVERNS_POSTPOSITION = /<(?:n|np|num)>|<obl>/u;
const CONJUNCTION = /<cnj(?:coo|sub|adv)>/u;
const VERB = /<(?:vblex|vaux|vbmod|vbser|vbdo|vbhaver)>/u;
const PLURAL = /<pl>/u;
const NUMBER_TAG = /<(?:sg|pl)>/u;
const FUTURE = /<fut>/u;
const FUTURE_ENDINGS = new Set(['गा', 'गी', 'गे']);

export interface ContextFix {
  from: string;
  to: string;
}

type Token = { text: string; kind: 'word' | 'number' | 'space' | 'mark' };

function tokenize(text: string): Token[] {
  return (text.match(TOKEN) ?? []).map((t) => ({
    text: t,
    kind: WORD.test(t) ? 'word' : DIGITS.test(t) ? 'number' : /^\s+$/u.test(t) ? 'space' : 'mark',
  }));
}

/** The token before (`step` −1) or after (+1) position `i`, skipping spaces; null at an edge. */
function neighbour(tokens: Token[], i: number, step: 1 | -1): Token | null {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j]!.kind !== 'space') return tokens[j]!;
  return null;
}

/** Applies the rules to one sentence of Hindi output; returns the text and what changed. */
export function applyContextRules(text: string, lexicon: HindiLexicon): { text: string; fixes: ContextFix[] } {
  const tokens = tokenize(text);
  const fixes: ContextFix[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (FUTURE_ENDINGS.has(token.text) && joinFuture(tokens, i, lexicon, fixes)) continue;
    const replacement = ruleFor(token.text, tokens, i, lexicon);
    if (replacement !== null && replacement !== token.text) {
      fixes.push({ from: token.text, to: replacement });
      token.text = replacement;
    }
  }
  return { text: tokens.map((t) => t.text).join(''), fixes };
}

function ruleFor(word: string, tokens: Token[], i: number, lexicon: HindiLexicon): string | null {
  switch (word) {
    case 'मैं':
      return governsPostposition(neighbour(tokens, i, -1), lexicon) ? 'में' : null;
    case 'कह':
      return isVerb(neighbour(tokens, i, 1), lexicon) ? null : 'कि';
    case 'ये':
      return pluralFollows(tokens, i, lexicon) ? 'ये' : 'यह';
    case 'वो':
      return pluralFollows(tokens, i, lexicon) ? 'वे' : 'वह';
    default:
      return null;
  }
}

/**
 * Whether the word before can govern a postposition. A number does; so does
 * a word the analyser does not know (the word list may, without tags), which
 * in engine output is a name or a loanword written from the source (both
 * nouns); a conjunction, a finite verb or punctuation does not.
 */
function governsPostposition(before: Token | null, lexicon: HindiLexicon): boolean {
  if (before === null || before.kind === 'mark' || before.kind === 'space') return false;
  if (before.kind === 'number') return true;
  if (!DEVANAGARI.test(before.text)) return true; // A Latin-script name restored after the engine.
  const analyses = lexicon.analyses(before.text);
  if (analyses.length === 0) return true;
  if (analyses.some((a) => CONJUNCTION.test(a))) return false;
  return analyses.some((a) => GOVERNS_POSTPOSITION.test(a));
}

/**
 * Joins a future ending to the verb before it, as the future form the
 * analyser knows: the verb as written with the ending (करें गे → करेंगे),
 * else its lemma with the ending's vowel (करो गा → करेगा, जा गा → जाएगा),
 * else the lemma with the ending alone (हूँ गी → होगी). Nothing is joined
 * when no such form is known.
 */
function joinFuture(tokens: Token[], i: number, lexicon: HindiLexicon, fixes: ContextFix[]): boolean {
  const before = i >= 2 && tokens[i - 1]!.kind === 'space' ? tokens[i - 2]! : null;
  if (before === null || before.kind !== 'word') return false;
  const verbs = lexicon.analyses(before.text).filter((a) => VERB.test(a));
  if (verbs.length === 0) return false;
  const ending = tokens[i]!.text;
  const lemmas = [...new Set(verbs.map((a) => a.slice(0, a.indexOf('<'))))];
  const candidates = [
    before.text + ending,
    ...lemmas.flatMap((lemma) => [lemma + (ending === 'गे' ? 'ें' : 'े') + ending, lemma + (ending === 'गे' ? 'एँ' : 'ए') + ending, lemma + ending]),
  ];
  const joined = candidates.find((c) => lexicon.analyses(c).some((a) => FUTURE.test(a)));
  if (joined === undefined) return false;
  fixes.push({ from: `${before.text} ${ending}`, to: joined });
  before.text = joined;
  tokens[i - 1]!.text = '';
  tokens[i]!.text = '';
  return true;
}

function isVerb(token: Token | null, lexicon: HindiLexicon): boolean {
  return token !== null && token.kind === 'word' && lexicon.analyses(token.text).some((a) => VERB.test(a));
}

/**
 * Whether the words agreeing with the pronoun at `i` are plural: the next
 * word, when the analyser gives it a number and only the plural; otherwise
 * the verb forms up to the clause's end, the last whose number is not in
 * doubt (an auxiliary, as in खेल रहे थे) deciding. Singular when nothing says.
 */
function pluralFollows(tokens: Token[], i: number, lexicon: HindiLexicon): boolean {
  const first = nextWordIndex(tokens, i);
  let plural: boolean | null = null;
  for (let j = first; j >= 0 && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'space') continue;
    if (token.kind !== 'word') break;
    const numbered = lexicon.analyses(token.text).filter((a) => NUMBER_TAG.test(a));
    const verbs = numbered.filter((a) => VERB.test(a));
    const decided = (analyses: readonly string[]) => (analyses.every((a) => PLURAL.test(a)) ? true : analyses.some((a) => PLURAL.test(a)) ? null : false);
    if (j === first && verbs.length === 0 && numbered.length > 0 && decided(numbered) === true) return true;
    if (verbs.length > 0) plural = decided(verbs) ?? plural;
  }
  return plural ?? false;
}

function nextWordIndex(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]!.kind !== 'space') return j;
  return -1;
}
