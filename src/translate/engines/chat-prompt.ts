/**
 * The system prompt a chat model translates under, one per language pair:
 * the instructions (wiredesk's own, or the pair's `prompt` from
 * wiredesk.yaml), then the rule for placeholders, then the pair's glossary.
 *
 * The prompt is the same for every request of a pair, whatever the text:
 * servers that cache a prompt's prefix (vLLM's automatic prefix caching,
 * llama.cpp's server, Ollama keeping a loaded context) then process it once,
 * not once per sentence.
 *
 * The placeholder rule is always there, even under a pair's own prompt: the
 * text pipeline sends names, numbers, addresses, glossary terms and inline
 * markup as `⟦n⟧` (protect-terms.ts, inline-placeholders.ts) and puts them
 * back afterwards, so a model that drops or rewrites one loses a word or a
 * link. The gate reports that (`placeholder-lost`); the rule makes it rare.
 */
import type { Glossary, GlossaryEntry } from '../glossary.ts';
import type { EnginePair } from './engine.ts';
import { languageName } from '../../text/language-name.ts';

/**
 * Glossary lines in one prompt. A newsroom glossary of a few hundred names
 * fits; beyond that the prompt costs more tokens than the sentence it comes
 * with, and the terms themselves are protected before the model sees them
 * anyway (protect-terms.ts), so the list only helps with forms the exact
 * match misses. Longest terms first (the glossary's own order).
 */
export const MAX_PROMPT_TERMS = 300;

/** Substituted in the default prompt and in a pair's own: the languages' English names. */
const SOURCE_SLOT = /\{source\}/gu;
const TARGET_SLOT = /\{target\}/gu;

export const DEFAULT_INSTRUCTIONS = [
  'You are a professional news translator. Translate the text the user sends from {source} into {target}.',
  'Answer with the translation only: no introduction, no notes, no quotation marks around it, no transliteration, no explanation.',
  'Translate everything and add nothing: do not summarise, shorten or comment, and keep the sentence structure and the facts exactly as they are.',
  'Write {target} as a newspaper in that language would, in its usual script.',
].join('\n');

export const PLACEHOLDER_RULE = [
  'The text may contain placeholders written as a number between the brackets ⟦ and ⟧, such as ⟦1⟧ or ⟦12⟧.',
  'They stand for names, numbers, links and formatting that are put back after translation.',
  'Copy every placeholder into the translation exactly once, unchanged (same brackets, same number, no spaces inside), at the place where its words belong in {target}.',
  'Never translate, renumber, remove or add a placeholder.',
].join('\n');

/** `hi` → `Hindi`: the model is instructed in English. */
const englishName = (code: string) => languageName(code, 'en');

export function systemPrompt(pair: EnginePair, glossary: Glossary | null, instructions: string = DEFAULT_INSTRUCTIONS): string {
  const fill = (text: string) => text.replace(SOURCE_SLOT, englishName(pair.from)).replace(TARGET_SLOT, englishName(pair.to));
  const parts = [fill(instructions.trim()), fill(PLACEHOLDER_RULE)];
  const terms = glossary?.entries.slice(0, MAX_PROMPT_TERMS) ?? [];
  if (terms.length > 0) parts.push(glossaryBlock(pair, terms));
  return parts.join('\n\n');
}

function glossaryBlock(pair: EnginePair, terms: readonly GlossaryEntry[]): string {
  const lines = terms.map((entry) => `${oneLine(entry.source)} → ${oneLine(entry.target)}`);
  return [`Glossary: always translate these ${englishName(pair.from)} terms as given here:`, ...lines].join('\n');
}

/** A glossary term on one line of the prompt, whatever its file held. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
