/** GET /desk/review: the translations held for review, per edition, oldest first; filtered by edition, source and issue code. */
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseReviewFilter } from '../forms/review-filter.ts';
import { ReviewQueuePage } from '../pages/review-queue-page.tsx';
import { loadReviewQueue } from '../review-queue.ts';

export const reviewQueueShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const filter = parseReviewFilter(c.req.query());
  const queue = await loadReviewQueue(deps.store, filter);
  return renderDeskPage(c, <ReviewQueuePage deps={deps} session={session} filter={filter} queue={queue} now={deps.now()} />);
};
