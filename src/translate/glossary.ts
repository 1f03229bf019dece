/**
 * An edition's glossary: names and terms that must come out one way in its
 * language (`Kim Jong Un` → `किम जोंग उन`). The terms are protected before the
 * engine sees the text (protect-terms.ts) and checked on the output here, so a
 * term that does not come out as the glossary says is a QA issue.
 *
 * Two file formats, chosen by extension:
 * - YAML (`.yaml`, `.yml`): a mapping, one `source term: target term` a line;
 * - CSV (`.csv`): `source,target` a line, RFC 4180 quoting for a comma inside
 *   a term (`"Tata Sons, Ltd",टाटा संस`); a first line `source,target` is a header.
 * Lines that are empty or start with `#` are skipped in both.
 */
import YAML, { isMap, isScalar, LineCounter } from 'yaml';
import { issue, type QaIssue } from './qa/qa-types.ts';

export interface GlossaryEntry {
  source: string;
  target: string;
}

export interface Glossary {
  /** Longest source term first, so `Kim Jong Un` wins over `Kim`. */
  entries: readonly GlossaryEntry[];
}

export const GLOSSARY_TERM = 'glossary-term';

export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

export function parseGlossary(text: string, file: string): Glossary {
  const entries = /\.csv$/iu.test(file) ? parseCsv(text, file) : parseYaml(text, file);
  return glossaryOf(entries);
}

export function glossaryOf(entries: readonly GlossaryEntry[]): Glossary {
  return { entries: [...entries].sort((a, b) => b.source.length - a.source.length) };
}

function parseYaml(text: string, file: string): GlossaryEntry[] {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? '?' : lines.linePos(offset).line);
  const first = doc.errors[0];
  if (first) throw new GlossaryError(`glossary ${file}: line ${lineOf(first.pos[0])}: ${first.message.split('\n')[0]}`);
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new GlossaryError(`glossary ${file}: must be a mapping of "source term: target term" lines`);
  return doc.contents.items.map((pair) => {
    const key = isScalar(pair.key) ? pair.key : null;
    const value = isScalar(pair.value) ? pair.value : null;
    const line = lineOf(key?.range?.[0]);
    if (!key || !value || typeof value.value !== 'string' || String(key.value).trim() === '' || value.value.trim() === '') {
      throw new GlossaryError(`glossary ${file}: line ${line}: expected "source term: target term" with two texts`);
    }
    return { source: String(key.value).trim(), target: value.value.trim() };
  });
}

function parseCsv(text: string, file: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  text.replace(/^\uFEFF/u, '').split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = csvFields(line);
    if (!fields || fields.length !== 2 || fields.some((f) => f.trim() === '')) {
      throw new GlossaryError(`glossary ${file}: line ${i + 1}: expected two fields, source,target (quote a term that holds a comma)`);
    }
    const [source, target] = fields.map((f) => f.trim()) as [string, string];
    if (i === 0 && source.toLowerCase() === 'source' && target.toLowerCase() === 'target') return;
    entries.push({ source, target });
  });
  return entries;
}

/** The fields of one CSV line, or null when a quote is not closed. */
function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else field += line[i++];
      }
      i++;
      const rest = line.indexOf(',', i);
      if (line.slice(i, rest < 0 ? undefined : rest).trim() !== '') return null;
      i = rest < 0 ? line.length : rest;
    } else {
      const comma = line.indexOf(',', i);
      field = line.slice(i, comma < 0 ? undefined : comma);
      i = comma < 0 ? line.length : comma;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++;
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Where `term` occurs in `text` as whole words (not inside a longer word); case-insensitive. */
export function findTerm(text: string, term: string, from = 0): number {
  const lowerText = text.toLowerCase();
  const lowerTerm = term.toLowerCase();
  for (let at = lowerText.indexOf(lowerTerm, from); at >= 0; at = lowerText.indexOf(lowerTerm, at + 1)) {
    const before = text[at - 1];
    const after = text[at + term.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return at;
  }
  return -1;
}

/** `glossary-term`: a glossary term of the source whose target form is absent from the output. */
export function checkGlossary(source: string, output: string, glossary: Glossary): QaIssue[] {
  return glossary.entries
    .filter((entry) => findTerm(source, entry.source) >= 0 && !output.includes(entry.target))
    .map((entry) => issue(GLOSSARY_TERM, { kind: 'glossary-term', term: entry.source, target: entry.target }));
}
