/** The sources page as every sources route shows it: the rows read fresh, with the outcome of the last action. */
import { readSourceHealth } from '../../store/source-health.ts';
import { signedInSession, type DeskContext, type DeskDeps } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import type { NewSourceForm } from '../forms/source-form.ts';
import { SourcesPage, type SourceRow } from '../pages/sources-page.tsx';

/** Counting from here counts every entry a source has. */
const ALL_TIME = '1970-01-01T00:00:00.000Z';

export async function sourceRows(deps: DeskDeps): Promise<SourceRow[]> {
  const [health, entries] = await Promise.all([readSourceHealth(deps.store, deps.now()), deps.store.countEntriesSince(ALL_TIME)]);
  return health.map((row) => ({ ...row, entries: entries.get(row.source.id) ?? 0 }));
}

export async function renderSourcesPage(
  c: DeskContext,
  deps: DeskDeps,
  outcome: { notice?: string | null; error?: string | null; form?: NewSourceForm | null; status?: 200 | 404 | 409 | 422 } = {},
): Promise<Response> {
  const session = signedInSession(c);
  const page = <SourcesPage deps={deps} session={session} sources={await sourceRows(deps)} notice={outcome.notice ?? null} error={outcome.error ?? null} form={outcome.form ?? null} />;
  return renderDeskPage(c, page, outcome.status ?? 200);
}
