/**
 * Staff edits and corrections of an article: plain functions over the store,
 * the same for the desk's pages and any script. Each save is one revision
 * (who, when, which fields, before and after, why), written only when the
 * article is still at the revision the editor started from: two editors
 * never silently overwrite each other, the second gets a
 * RevisionConflictError saying who changed it. The source's licence decides
 * what may change (licence-rules.ts). Values are cleaned text and sanitised
 * blocks, never markup (paragraph-text.ts).
 */
import type { Block, Figure } from '../extract/article.ts';
import { blocksToText } from '../extract/html/block-text.ts';
import { contradictsLanguage } from '../text/script.ts';
import { normalizeText } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import type { EditableField, EditedValues, FieldChange, StoredArticle, Store } from '../store/store.ts';
import { articleChange, checkedActor, type ArticleChange } from './article-change.ts';
import { ArticleNotFoundError, InvalidEditError, LicenceRefusalError, RevisionConflictError } from './article-errors.ts';
import { refusedFields } from './licence-rules.ts';
import { withParagraphs } from './paragraph-text.ts';

/** What an editor may change; a field left out stays as it is. Empty standfirst or dateline removes it. */
export interface ArticleEdit {
  headline?: string;
  standfirst?: string | null;
  dateline?: string | null;
  /** The body's paragraphs as text, `[words](https://…)` for a link (paragraph-text.ts). */
  paragraphs?: readonly string[];
  section?: string;
}

export interface EditOptions {
  /** Who saves: a desk user's id or email, or `cli:<name>`. */
  actor: string;
  /** The article's revision when the editor opened it. */
  expectedRevision: number;
  now: Date;
  /** The configured section ids: a section change must name one. */
  sections: readonly string[];
}

/** Longer than any headline a desk writes: a paragraph pasted into the headline field. */
const MAX_HEADLINE_CHARS = 300;
/** A place line ("SEOUL", "नई दिल्ली"), not a sentence. */
const MAX_DATELINE_CHARS = 80;
const MAX_NOTE_CHARS = 2000;

/** Saves the changes as one revision; null when they change nothing (no revision is made). */
export async function editArticle(store: Store, id: number, edit: ArticleEdit, options: EditOptions): Promise<ArticleChange | null> {
  return saveRevision(store, id, edit, options, null);
}

/**
 * A correction: the changes (which may be none) and a note readers see on
 * the page with its date. The earlier text stays in the revision's `before`.
 */
export async function correctArticle(
  store: Store,
  id: number,
  correction: { changes: ArticleEdit; note: string },
  options: EditOptions,
): Promise<ArticleChange> {
  const note = normalizeText(correction.note);
  if (note === '') throw new InvalidEditError(`desk: article ${id}: a correction needs a note saying what was corrected`);
  if (note.length > MAX_NOTE_CHARS) throw new InvalidEditError(`desk: article ${id}: the correction note is longer than ${MAX_NOTE_CHARS} characters`);
  const change = await saveRevision(store, id, correction.changes, options, note);
  if (!change) throw new Error(`desk: article ${id}: the correction was not saved`);
  return change;
}

async function saveRevision(store: Store, id: number, edit: ArticleEdit, options: EditOptions, note: string | null): Promise<ArticleChange | null> {
  const actor = checkedActor(options.actor);
  const article = await store.getArticle(id);
  if (!article) throw new ArticleNotFoundError(id);
  if (article.revision !== options.expectedRevision) {
    const revisions = await store.editorialRevisions(id);
    throw new RevisionConflictError(id, options.expectedRevision, article.revision, revisions.at(-1) ?? null);
  }
  const { values, changes } = editedValues(article, edit, options.sections);
  if (changes.length === 0 && note === null) return null;
  await checkLicence(store, article, changes.map((c) => c.field as EditableField));

  const at = options.now.toISOString();
  const action = note === null ? 'edit' : 'correct';
  const outcome = await store.reviseArticle(id, {
    expectedRevision: options.expectedRevision,
    action,
    actor,
    at,
    reason: note,
    values,
    changes,
    ...(note === null ? {} : { correction: { at, note, actor } }),
  });
  switch (outcome.outcome) {
    case 'done':
      return articleChange(action, id, { actor, at, reason: note }, outcome.revision, changes);
    case 'conflict':
      throw new RevisionConflictError(id, options.expectedRevision, outcome.current, outcome.lastChange);
    case 'not-found':
      throw new ArticleNotFoundError(id);
    case 'unchanged':
      throw new Error(`desk: article ${id}: the store reports an edit as no change`);
  }
}

async function checkLicence(store: Store, article: StoredArticle, fields: EditableField[]): Promise<void> {
  const source = await store.getSource(article.sourceId);
  if (!source) return;
  const refused = refusedFields(source.licenceRules, fields);
  if (refused.length > 0 && source.licenceRules.edits !== 'full') {
    throw new LicenceRefusalError(article.id, refused, source.name, source.licence, source.licenceRules.edits);
  }
}

/** The cleaned new values of the fields that differ from the article's, and the changes they make. */
export function editedValues(article: StoredArticle, edit: ArticleEdit, sections: readonly string[]): { values: EditedValues; changes: FieldChange[] } {
  const values: EditedValues = {};
  const changes: FieldChange[] = [];
  const record = (field: EditableField, before: unknown, after: unknown) => changes.push({ field, before, after });

  if (edit.headline !== undefined) {
    const headline = oneLine(edit.headline, 'headline', MAX_HEADLINE_CHARS, article.id);
    if (headline === null) throw new InvalidEditError(`desk: article ${article.id}: the headline cannot be empty`);
    if (headline !== article.headline) {
      values.headline = { headline, headlineLang: headlineLanguage(headline, article), slug: slugify(headline, article.lang) };
      record('headline', article.headline, headline);
    }
  }
  if (edit.standfirst !== undefined) {
    const standfirst = edit.standfirst === null ? null : normalizeText(edit.standfirst) || null;
    if (standfirst !== article.standfirst) {
      values.standfirst = standfirst;
      record('standfirst', article.standfirst, standfirst);
    }
  }
  if (edit.dateline !== undefined) {
    const dateline = edit.dateline === null ? null : oneLine(edit.dateline, 'dateline', MAX_DATELINE_CHARS, article.id);
    if (dateline !== article.dateline) {
      values.dateline = dateline;
      record('dateline', article.dateline, dateline);
    }
  }
  if (edit.paragraphs !== undefined) {
    const blocks = withParagraphs(article.blocks, edit.paragraphs);
    if (JSON.stringify(blocks) !== JSON.stringify(article.blocks)) {
      values.body = { blocks, text: blocksToText(blocks), image: leadFigure(blocks, article.image) };
      record('body', article.blocks, blocks);
    }
  }
  if (edit.section !== undefined && edit.section !== article.section) {
    if (!sections.includes(edit.section)) {
      throw new InvalidEditError(`desk: article ${article.id}: there is no section "${edit.section}" (sections: ${sections.join(', ')})`);
    }
    values.section = edit.section;
    record('section', article.section, edit.section);
  }
  return { values, changes };
}

/** One line of text, or null when nothing is left. */
function oneLine(value: string, what: string, max: number, id: number): string | null {
  const line = normalizeText(value);
  if (line.length > max) throw new InvalidEditError(`desk: article ${id}: the ${what} is longer than ${max} characters`);
  return line === '' ? null : line;
}

/**
 * A headline in the article's script is in its language. One in another
 * script keeps the language the headline had when that fits the script (an
 * English wire headline reworded in English); otherwise it is marked
 * undetermined rather than guessed.
 */
function headlineLanguage(headline: string, article: StoredArticle): string | null {
  if (!contradictsLanguage(headline, article.lang)) return null;
  if (article.headlineLang && !contradictsLanguage(headline, article.headlineLang)) return article.headlineLang;
  return 'und';
}

/** The lead image follows the body: kept while its figure stays, else the body's first figure. */
function leadFigure(blocks: readonly Block[], image: Figure | null): Figure | null {
  const figures = blocks.filter((b): b is Figure => b.type === 'figure');
  return figures.find((f) => f.src === image?.src) ?? (image && !figures.length ? image : (figures[0] ?? null));
}
