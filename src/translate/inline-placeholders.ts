/**
 * Inline markup (links, emphasis, code, line breaks) travels through an engine
 * as placeholders (`⟦n⟧`, the format of qa/placeholders.ts), so the engine
 * translates the words of a link in the context of its sentence and cannot
 * break the markup: `read <a>the report</a>` goes out as `read ⟦1⟧the
 * report⟦2⟧` and the link is rebuilt around whatever the engine put between
 * the two. Code and line breaks are one placeholder each and come back as they
 * were.
 *
 * A placeholder that does not come back is reported; the text around it is
 * kept and the markup it carried is dropped, never the words.
 */
import type { Inline } from '../extract/article.ts';
import { issue, type QaIssue } from './qa/qa-types.ts';
import { PLACEHOLDER_LOST, placeholder } from './qa/placeholders.ts';

type Wrapper = Extract<Inline, { children: Inline[] }>;

/** What a placeholder stands for: the opening or closing of an element, or a whole atomic inline. */
type Slot = { role: 'open'; element: Wrapper; close: number } | { role: 'close'; open: number } | { role: 'atom'; inline: Inline };

export interface InlineText {
  /** The text with placeholders, ready for segmentation and protection. */
  text: string;
  /** The next free placeholder number. */
  nextNumber: number;
  slots: ReadonlyMap<number, Slot>;
}

/**
 * A placeholder as engines return it: Apertium may mark the digits inside as
 * unknown (`⟦*1⟧`) and some engines add spaces; all read as the placeholder.
 */
export const RETURNED_PLACEHOLDER = /⟦\s*[*#@]?\s*(\d+)\s*⟧/gu;
/** Placeholder brackets written in the source itself would be confused with ours. */
const SOURCE_BRACKETS = /[⟦⟧]/gu;

export function inlinesToText(inlines: readonly Inline[], firstNumber = 1): InlineText {
  const slots = new Map<number, Slot>();
  let next = firstNumber;
  const encode = (nodes: readonly Inline[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return node.text.replace(SOURCE_BRACKETS, (b) => (b === '⟦' ? '[' : ']'));
        if (node.kind === 'break' || node.kind === 'code') {
          slots.set(next, { role: 'atom', inline: node });
          return placeholder(next++);
        }
        const open = next++;
        const inner = encode(node.children);
        const close = next++;
        slots.set(open, { role: 'open', element: node, close });
        slots.set(close, { role: 'close', open });
        return `${placeholder(open)}${inner}${placeholder(close)}`;
      })
      .join('');
  const text = encode(inlines);
  return { text, nextNumber: next, slots };
}

interface Frame {
  open: number | null;
  element: Wrapper | null;
  children: Inline[];
}

/** Rebuilds inline markup around the engine's output; issues name each placeholder that went missing. */
export function textToInlines(output: string, encoded: InlineText): { inlines: Inline[]; issues: QaIssue[] } {
  const issues: QaIssue[] = [];
  const stack: Frame[] = [{ open: null, element: null, children: [] }];
  const seen = new Set<number>();
  let last = 0;
  const addText = (text: string) => {
    if (text) appendText(stack.at(-1)!.children, text);
  };
  for (const match of output.matchAll(RETURNED_PLACEHOLDER)) {
    addText(output.slice(last, match.index));
    last = match.index + match[0].length;
    const n = Number(match[1]);
    const slot = encoded.slots.get(n);
    if (!slot || seen.has(n)) {
      issues.push(issue(PLACEHOLDER_LOST, { kind: slot ? 'placeholder-repeated' : 'placeholder-foreign', placeholder: placeholder(n) }));
      continue;
    }
    seen.add(n);
    if (slot.role === 'atom') stack.at(-1)!.children.push(slot.inline);
    else if (slot.role === 'open') stack.push({ open: n, element: slot.element, children: [] });
    else closeFrame(stack, slot.open);
  }
  addText(output.slice(last));
  while (stack.length > 1) flattenInto(stack, stack.pop()!);
  for (const [n, slot] of encoded.slots) {
    if (!seen.has(n)) issues.push(issue(PLACEHOLDER_LOST, { kind: 'markup-missing', placeholder: placeholder(n), ...slotMarkup(slot) }));
  }
  return { inlines: stack[0]!.children, issues };
}

/** Closes the frame opened by `open`; frames opened inside it and not closed lose their markup, not their words. */
function closeFrame(stack: Frame[], open: number): void {
  const at = stack.findIndex((frame) => frame.open === open);
  if (at < 0) return;
  while (stack.length - 1 > at) flattenInto(stack, stack.pop()!);
  const frame = stack.pop()!;
  const parent = stack.at(-1)!.children;
  // Engines often put a space just inside a placeholder pair; it belongs outside the element.
  const first = frame.children[0];
  const leading = first?.kind === 'text' ? /^\s*/u.exec(first.text)![0] : '';
  if (leading && first?.kind === 'text') first.text = first.text.slice(leading.length);
  const lastChild = frame.children.at(-1);
  const trailing = lastChild?.kind === 'text' ? /\s*$/u.exec(lastChild.text)![0] : '';
  if (trailing && lastChild?.kind === 'text') lastChild.text = lastChild.text.slice(0, lastChild.text.length - trailing.length);
  if (leading) appendText(parent, leading);
  parent.push({ ...frame.element!, children: frame.children.filter((c) => c.kind !== 'text' || c.text !== '') });
  if (trailing) appendText(parent, trailing);
}

function flattenInto(stack: Frame[], frame: Frame): void {
  for (const child of frame.children) {
    if (child.kind === 'text') appendText(stack.at(-1)!.children, child.text);
    else stack.at(-1)!.children.push(child);
  }
}

/** Appends text, merging with a text node before it; spaces moved out of an element do not double the space there. */
function appendText(children: Inline[], text: string): void {
  const previous = children.at(-1);
  if (previous?.kind !== 'text') return void children.push({ kind: 'text', text });
  const joined = /\s$/u.test(previous.text) ? previous.text + text.replace(/^\s+/u, '') : previous.text + text;
  children[children.length - 1] = { kind: 'text', text: joined };
}

function slotMarkup(slot: Slot): { markup: string; part: 'whole' | 'start' | 'end' } {
  if (slot.role === 'atom') return { markup: slot.inline.kind, part: 'whole' };
  return slot.role === 'open' ? { markup: slot.element.kind, part: 'start' } : { markup: '', part: 'end' };
}
