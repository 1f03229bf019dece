/** GET /desk/audit: the audit log, a page at a time, or all of it (filtered) as JSON Lines with `?format=jsonl`. */
import { auditJsonLines } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseAuditFilter } from '../forms/audit-filter.ts';
import { AuditPage } from '../pages/audit-page.tsx';

/** Entries per page: a long screen of a dense table. */
const AUDIT_PAGE_SIZE = 100;

export const auditShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const filter = parseAuditFilter(c.req.query());
  const query = {
    ...(filter.actor === null ? {} : { actor: filter.actor }),
    ...(filter.action === null ? {} : { actions: [filter.action] }),
  };
  if (filter.format === 'jsonl') {
    return c.body(auditJsonLines(deps.store, query), 200, {
      'Content-Type': 'application/jsonl; charset=utf-8',
      'Content-Disposition': 'attachment; filename="audit.jsonl"',
      'Cache-Control': 'no-store',
    });
  }
  // One more than a page says whether older entries exist.
  const rows = await deps.store.listAudit({ ...query, limit: AUDIT_PAGE_SIZE + 1, ...(filter.before === null ? {} : { beforeId: filter.before }) });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const olderFrom = rows.length > AUDIT_PAGE_SIZE ? entries.at(-1)!.id : null;
  return renderDeskPage(c, <AuditPage deps={deps} session={session} filter={filter} entries={entries} olderFrom={olderFrom} />);
};
