/**
 * The article page's forms: the edit form (headline, standfirst, dateline,
 * one `paragraph-N` field per body paragraph, section, a correction note)
 * and the kill and restore forms (a reason). Each carries the revision the
 * editor opened, so a save on top of someone else's is refused.
 */
import type { ArticleEdit } from '../article-edits.ts';
import { textField, type FormBody } from './form-values.ts';

export interface ArticleForm {
  /** The revision the form was opened at; null when missing or malformed. */
  revision: number | null;
  /** Each field as posted; undefined when the form did not send it (the field is then left as it is). */
  headline: string | undefined;
  standfirst: string | undefined;
  dateline: string | undefined;
  section: string | undefined;
  /** In order; empty ones are removed paragraphs (or the unused "new paragraph" field). */
  paragraphs: string[] | undefined;
  note: string;
}

export interface StateForm {
  revision: number | null;
  reason: string;
}

/** More paragraphs than any article has; a form with more is not one the desk sent. */
const MAX_PARAGRAPHS = 2000;
const PARAGRAPH_FIELD = /^paragraph-(0|[1-9][0-9]{0,3})$/;

/** Browsers send textarea line breaks as CRLF. */
const unixLines = (text: string): string => text.replace(/\r\n?/g, '\n');

function optional(body: FormBody, name: string): string | undefined {
  return typeof body[name] === 'string' ? unixLines(body[name]) : undefined;
}

export function parseRevision(body: FormBody): number | null {
  const text = textField(body, 'revision');
  return /^(0|[1-9][0-9]{0,9})$/.test(text) ? Number(text) : null;
}

export function parseArticleForm(body: FormBody): ArticleForm {
  const numbered = Object.keys(body)
    .map((name) => PARAGRAPH_FIELD.exec(name))
    .filter((match) => match !== null)
    .map((match) => ({ index: Number(match[1]), text: unixLines(textField(body, match[0])) }))
    .filter(({ index }) => index < MAX_PARAGRAPHS)
    .sort((a, b) => a.index - b.index);
  return {
    revision: parseRevision(body),
    headline: optional(body, 'headline'),
    standfirst: optional(body, 'standfirst'),
    dateline: optional(body, 'dateline'),
    section: optional(body, 'section'),
    paragraphs: numbered.length === 0 ? undefined : numbered.map((p) => p.text),
    note: unixLines(textField(body, 'note')).trim(),
  };
}

/** What the form asks to change: an empty standfirst or dateline removes it. */
export function editOf(form: ArticleForm): ArticleEdit {
  const edit: ArticleEdit = {};
  if (form.headline !== undefined) edit.headline = form.headline;
  if (form.standfirst !== undefined) edit.standfirst = form.standfirst.trim() === '' ? null : form.standfirst;
  if (form.dateline !== undefined) edit.dateline = form.dateline.trim() === '' ? null : form.dateline;
  if (form.paragraphs !== undefined) edit.paragraphs = form.paragraphs;
  if (form.section !== undefined) edit.section = form.section;
  return edit;
}

export function parseStateForm(body: FormBody): StateForm {
  return { revision: parseRevision(body), reason: textField(body, 'reason').replace(/\s+/gu, ' ').trim() };
}

/** An article id from the path (`/desk/articles/12`), or null. */
export function parseArticleId(param: string | undefined): number | null {
  if (param === undefined || !/^[1-9][0-9]{0,14}$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : null;
}
