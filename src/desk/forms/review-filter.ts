/** The review queue's query: which edition, source and QA issue code to show. */

export interface ReviewFilter {
  /** An edition's language (`es`), or null for every edition. */
  edition: string | null;
  /** A source id, as configured. */
  source: string | null;
  /** A QA issue code (`unknown-word`). */
  issue: string | null;
}

/** Language tags, source ids and issue codes are short words; anything else is dropped, so a hand-edited link still shows a page. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

function token(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  return TOKEN.test(text) ? text : null;
}

export function parseReviewFilter(query: Record<string, string | undefined>): ReviewFilter {
  return { edition: token(query['edition']), source: token(query['source']), issue: token(query['issue']) };
}
