/** GET /desk/sources: every source with its health and actions, with the outcome of the last action (`?done=pause&source=ID`). */
import type { DeskHandler } from '../desk-context.ts';
import type { SourceChangeName } from '../admin-strings.ts';
import { parseSourceId } from '../forms/source-form.ts';
import { renderSourcesPage } from './sources-render.tsx';

const CHANGES: readonly SourceChangeName[] = ['pause', 'resume', 'fetch-now', 'add', 'remove'];

export const sourcesShow: DeskHandler = async (c, deps) => {
  const done = c.req.query('done');
  const id = parseSourceId(c.req.query('source'));
  const change = CHANGES.find((name) => name === done);
  const notice = change && id ? deps.strings.sourceDone(change, id) : null;
  return renderSourcesPage(c, deps, { notice });
};
