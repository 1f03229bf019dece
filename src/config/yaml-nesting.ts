/**
 * How deep a YAML text nests, measured on the text before the yaml package
 * reads it. That parser recurses once per level: some hundreds of levels
 * exhaust the stack, and a flow sequence nested thousands deep (`[[[[…`)
 * made V8 end the process from inside its regular-expression compiler
 * ("RegExpCompiler Allocation failed") instead of throwing. A wiredesk.yaml
 * nests five levels; anything near these limits is not a configuration.
 */

/** `[` and `{` open and not yet closed. */
export const MAX_FLOW_DEPTH = 64;

/** Columns of indentation and block indicators (`- `, `? `) before a line's content. */
export const MAX_INDENT_COLUMNS = 256;

const LINE_START = /^[ \t?-]*/u;

/**
 * What is too deep, naming its line, or null. Brackets are counted wherever
 * they stand, quoted or not: reading quotes as YAML does would take a parser,
 * and no configuration holds 64 brackets left open.
 */
export function yamlNestingProblem(text: string): string | null {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (i === 0 || text[i - 1] === '\n') {
      const indent = LINE_START.exec(text.slice(i, i + MAX_INDENT_COLUMNS + 1))![0].length;
      if (indent > MAX_INDENT_COLUMNS) return `line ${line}: indented more than ${MAX_INDENT_COLUMNS} columns, far deeper than a configuration nests`;
    }
    if (char === '\n') line++;
    else if (char === '[' || char === '{') {
      if (++depth > MAX_FLOW_DEPTH) return `line ${line}: more than ${MAX_FLOW_DEPTH} [ and { open at once, far deeper than a configuration nests`;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return null;
}
