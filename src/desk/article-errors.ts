/**
 * Why a desk action on an article was refused, as typed errors the web
 * layer turns into answers (not found 404, conflict 409, licence 403,
 * invalid 422, state 409) and the CLI prints. Each message says what
 * happened and what to do next.
 */
import type { EditorialRevision, EditableField } from '../store/store.ts';

export class ArticleActionError extends Error {
  override name = 'ArticleActionError';
}

export class ArticleNotFoundError extends ArticleActionError {
  override name = 'ArticleNotFoundError';
  constructor(readonly articleId: number) {
    super(`desk: no article ${articleId}`);
  }
}

/** The article changed since the form was opened: nothing was saved. */
export class RevisionConflictError extends ArticleActionError {
  override name = 'RevisionConflictError';
  constructor(
    readonly articleId: number,
    readonly expected: number,
    readonly current: number,
    readonly lastChange: EditorialRevision | null,
  ) {
    const who = lastChange ? ` by ${lastChange.actor} (${lastChange.action}, ${lastChange.at.slice(0, 16).replace('T', ' ')} UTC)` : '';
    super(
      `desk: article ${articleId} was changed${who} after you opened it: it is at revision ${current}, you opened revision ${expected}. ` +
        'Nothing was saved; open it again and make your change on the current text.',
    );
  }
}

/** The source's licence does not allow changing these fields. */
export class LicenceRefusalError extends ArticleActionError {
  override name = 'LicenceRefusalError';
  constructor(
    readonly articleId: number,
    readonly refused: readonly EditableField[],
    readonly sourceName: string,
    readonly licence: string | null,
    readonly allowed: 'headline' | 'none',
  ) {
    const named = licence ? `the licence of ${sourceName} ("${licence}")` : `the licence configured for ${sourceName}`;
    const allows = allowed === 'headline' ? 'allows staff to change the headline only' : 'allows no change to the copy';
    super(`desk: article ${articleId}: ${named} ${allows}; ${fieldList(refused)} may not be changed. Nothing was saved.`);
  }
}

/** An edit that cannot be saved as given (an empty headline, an unknown section). */
export class InvalidEditError extends ArticleActionError {
  override name = 'InvalidEditError';
}

/** Killing a killed article, restoring a published one. */
export class ArticleStateError extends ArticleActionError {
  override name = 'ArticleStateError';
}

const FIELD_NAMES: Record<EditableField, string> = {
  headline: 'the headline',
  standfirst: 'the standfirst',
  dateline: 'the dateline',
  body: 'the body',
  section: 'the section',
};

function fieldList(fields: readonly EditableField[]): string {
  const names = fields.map((f) => FIELD_NAMES[f]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
