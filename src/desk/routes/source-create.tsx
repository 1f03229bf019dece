/**
 * POST /desk/sources: adds an http(s) feed the database owns (origin `desk`),
 * fetched by the next pass; or the page again with the form and what to fix.
 * The request fetches nothing: the feed's health shows on the page after the pass.
 */
import { userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import type { DeskStrings } from '../desk-strings.ts';
import { parseNewSource, readNewSourceForm, readReason, sameFeedAddress, type NewSourceField } from '../forms/source-form.ts';
import { addSource } from '../source-actions.ts';
import { problemStatus } from './source-action.tsx';
import { renderSourcesPage } from './sources-render.tsx';

export const sourceCreate: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const body = await c.req.parseBody();
  const form = readNewSourceForm(body);
  const parsed = parseNewSource(form, deps.config);
  if (!parsed.ok) return renderSourcesPage(c, deps, { error: deps.strings.badSourceForm(parsed.invalid.map((field) => fieldLabel(deps.strings, field)).join('; ')), form, status: 422 });
  const result = await addSource({ store: deps.store, now: deps.now }, parsed.definition, {
    actor: userActor(session.user),
    address: deps.clientAddress(c),
    reason: readReason(body),
    origin: 'desk',
    sameFeed: sameFeedAddress,
  });
  if (result.ok) return c.redirect(`/desk/sources?done=add&source=${encodeURIComponent(result.source.id)}`, 303);
  return renderSourcesPage(c, deps, { error: deps.strings.sourceProblem(result.problem, parsed.definition.id), form, status: problemStatus(result.problem) });
};

function fieldLabel(strings: DeskStrings, field: NewSourceField): string {
  const labels: Record<NewSourceField, string> = {
    id: strings.sourceId,
    name: strings.sourceName,
    url: strings.feedUrl,
    section: strings.section,
    language: strings.languageOrAuto,
    mode: strings.mode,
    format: strings.format,
  };
  return labels[field];
}
