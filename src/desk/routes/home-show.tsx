/** GET /desk: the desk home. */
import { readSourceHealth, type SourceWithHealth } from '../../store/source-health.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { HomePage } from '../pages/home-page.tsx';
import { sessionCutoffs } from '../session/session-limits.ts';

/** Kills and corrections shown: the last few days' worth in a normal newsroom. */
const RECENT_KILLS = 10;

export const homeShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const now = deps.now();
  const [queue, health, kills, signedIn] = await Promise.all([
    deps.store.reviewQueueCounts(),
    readSourceHealth(deps.store, now),
    deps.store.listAudit({ actions: ['kill', 'correct'], limit: RECENT_KILLS }),
    deps.store.signedInUsers(sessionCutoffs(now)),
  ]);
  const data = { queue, troubled: health.filter(inTrouble), kills, signedIn, now };
  return renderDeskPage(c, <HomePage deps={deps} session={session} data={data} />);
};

/**
 * Failing (its last fetch failed), or silent: fetched fine but no new item in
 * the health's window, which for a news feed means something upstream broke.
 * A source an admin paused is neither: nobody fetches it, on purpose.
 */
export function inTrouble({ source, health }: SourceWithHealth): boolean {
  if (source.pausedAt !== null) return false;
  if (health.consecutiveFailures > 0) return true;
  return health.lastSuccessAt !== null && health.entriesPerDay === 0;
}
