/**
 * JSON as CMS templates write it into `<script type="application/ld+json">`:
 * often valid, sometimes not. The breakage seen in the wild is repaired in one
 * string-aware pass: raw newlines and tabs inside strings (JSON forbids
 * control characters there, RFC 8259 §7), quotation marks a template forgot
 * to escape (`"description": "the "best" buy"`), and commas before a closing
 * bracket. Anything still invalid is given up on: parsing never throws.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject { [key: string]: JsonValue }

/** Comment and CDATA wrappers old templates put round script content, with or without a "//" before them. */
const WRAPPER_START = /^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/u;
const WRAPPER_END = /(?:\/\/\s*)?(?:-->|\]\]>)\s*$/u;
/** What may follow a string's closing quote in JSON; any other character means the quote was inside the string. */
const AFTER_STRING = new Set([',', ':', '}', ']']);

/** The parsed value; undefined when the text is empty or cannot be repaired. */
export function parseLenient(text: string): JsonValue | undefined {
  const trimmed = text.replace(WRAPPER_START, '').replace(WRAPPER_END, '').trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed) as JsonValue;
  } catch {
    // Text around the value (a stray "var x =" or ";") goes; the outermost brackets stay.
    const start = trimmed.search(/[[{]/u);
    const end = Math.max(trimmed.lastIndexOf('}'), trimmed.lastIndexOf(']'));
    if (start < 0 || end < start) return undefined;
    try {
      return JSON.parse(repairJson(trimmed.slice(start, end + 1))) as JsonValue;
    } catch {
      return undefined;
    }
  }
}

/** One pass over the text, tracking whether it is inside a string. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') {
        out += char + (text[i + 1] ?? '');
        i++;
      } else if (char === '"') {
        inString = !closesString(text, i + 1);
        out += inString ? '\\"' : '"';
      } else {
        out += char < ' ' ? ' ' : char;
      }
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === ',' && closesNext(text, i + 1)) {
      // a trailing comma: dropped
    } else {
      out += char;
    }
  }
  return out;
}

/** Whether the next character after whitespace may follow a string (or the text ends). */
function closesString(text: string, from: number): boolean {
  const next = nextSignificant(text, from);
  return next === undefined || AFTER_STRING.has(next);
}

function closesNext(text: string, from: number): boolean {
  const next = nextSignificant(text, from);
  return next === '}' || next === ']';
}

function nextSignificant(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char !== ' ' && char !== '\n' && char !== '\r' && char !== '\t') return char;
  }
  return undefined;
}
