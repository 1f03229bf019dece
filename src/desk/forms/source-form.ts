/**
 * The sources page's forms: a new source (checked by the configuration's own
 * rules for each field, so the desk accepts what wiredesk.yaml accepts), the
 * optional reason of an action, and the typed confirmation of a removal.
 */
import { sourceFieldSchemas, type Config } from '../../config/schema.ts';
import type { SourceDefinition } from '../../store/store.ts';
import { textField, type FormBody } from './form-values.ts';

export interface NewSourceForm {
  id: string;
  name: string;
  url: string;
  section: string;
  language: string;
  mode: string;
  format: string;
}

export type NewSourceField = keyof NewSourceForm;

export type ParsedNewSource = { ok: true; definition: SourceDefinition } | { ok: false; invalid: NewSourceField[] };

/** Longer reasons are cut: the log keeps a note, not a document. */
const MAX_REASON_LENGTH = 500;
const MAX_URL_LENGTH = 2048;
const MAX_NAME_LENGTH = 200;
const HTTP_URL = /^https?:\/\//i;

export function readNewSourceForm(body: FormBody): NewSourceForm {
  const field = (name: NewSourceField) => textField(body, name).trim();
  return { id: field('id'), name: field('name'), url: field('url'), section: field('section'), language: field('language') || 'auto', mode: field('mode') || 'republish', format: field('format') || 'auto' };
}

/**
 * A source from the web is an http(s) feed: a path on the server is for the
 * configuration file and the command line, whose users can read the disk anyway.
 */
export function parseNewSource(form: NewSourceForm, config: Config): ParsedNewSource {
  const invalid: NewSourceField[] = [];
  const check = <T,>(name: NewSourceField, result: { success: true; data: T } | { success: false }): T | null => {
    if (result.success) return result.data;
    invalid.push(name);
    return null;
  };
  const id = check('id', sourceFieldSchemas.id.safeParse(form.id));
  const name = form.name.length <= MAX_NAME_LENGTH ? form.name : (invalid.push('name'), '');
  const url = HTTP_URL.test(form.url) && form.url.length <= MAX_URL_LENGTH && URL.canParse(form.url) ? form.url : (invalid.push('url'), '');
  const section = config.sections.some((s) => s.id === form.section) ? form.section : (invalid.push('section'), '');
  const language = check('language', sourceFieldSchemas.language.safeParse(form.language));
  const mode = check('mode', sourceFieldSchemas.mode.safeParse(form.mode));
  const format = check('format', sourceFieldSchemas.format.safeParse(form.format));
  if (invalid.length > 0 || id === null || language === null || mode === null || format === null) return { ok: false, invalid };
  return {
    ok: true,
    definition: { id, name: name || id, url, format, section, language, mode, fullText: 'feed', licence: null, notice: null },
  };
}

/** The action's reason, or null when none was given. */
export function readReason(body: FormBody): string | null {
  const reason = textField(body, 'reason').trim().slice(0, MAX_REASON_LENGTH);
  return reason === '' ? null : reason;
}

/** A removal goes ahead only when the form names the source again. */
export function confirmsRemoval(body: FormBody, id: string): boolean {
  return textField(body, 'confirm').trim() === id;
}

/** A source id from the path (`/desk/sources/wire-en/pause`), or null when it cannot be one. */
export function parseSourceId(param: string | undefined): string | null {
  return param !== undefined && sourceFieldSchemas.id.safeParse(param).success ? param : null;
}

/**
 * Whether two http(s) addresses name the same feed as far as the desk can
 * tell: scheme and host case, a default port and a fragment do not make
 * another feed. (`sources add` on the command line compares more loosely,
 * as entries' links are compared.)
 */
export function sameFeedAddress(a: string, b: string): boolean {
  const canonical = (url: string) => {
    try {
      const parsed = new URL(url);
      parsed.hash = '';
      return parsed.href;
    } catch {
      return url;
    }
  };
  return canonical(a) === canonical(b);
}
