/**
 * Text from outside (feed titles, authors, error messages quoting a body)
 * on its way to a terminal. Tables take it cell by cell (text-table.ts's
 * terminalText); everything a command prints goes through terminalLines,
 * which keeps the line breaks the command wrote and nothing a terminal
 * would act on; JSON keeps every character, escaped where JSON.stringify
 * leaves it raw, so a script reads exactly what the feed said.
 */
import { terminalText } from './text-table.ts';

/**
 * What JSON.stringify writes as it is although a terminal acts on it or
 * reorders it: DEL, the C1 controls (U+009B is CSI), the bidi marks,
 * embeddings, overrides and isolates that terminalText takes out, and the
 * line and paragraph separators, at which some line readers (Python's
 * str.splitlines) would cut a JSON line in two. JSON.stringify itself
 * escapes the C0 controls and lone surrogates.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Each line made safe on its own: line feeds stay, every other control goes. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/** JSON.stringify, with the characters it leaves raw written as \uXXXX escapes: the same value, nothing for a terminal to act on. */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
