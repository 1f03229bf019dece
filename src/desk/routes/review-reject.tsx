/**
 * POST /desk/review/:id/reject: takes a held translation out of its edition;
 * the original stays listed wherever it was. Audited, with the optional reason.
 */
import { textField } from '../forms/form-values.ts';
import { recordAudit, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { heldTranslation } from './review-edit-show.tsx';

export const reviewReject: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const held = await heldTranslation(c, deps);
  if (!held) return renderNotFound(c, deps);
  const { translation } = held;
  const reason = textField(await c.req.parseBody(), 'reason').trim().slice(0, 1000);
  if (!(await deps.store.rejectTranslation(translation.id, deps.now().toISOString()))) return renderNotFound(c, deps);
  await recordAudit(
    deps.store,
    userActor(session.user),
    {
      action: 'reject',
      object: { type: 'translation', id: translation.id },
      before: { status: 'review', articleId: translation.articleId, lang: translation.targetLang },
      after: { status: 'rejected' },
      reason: reason === '' ? null : reason,
      address: deps.clientAddress(c),
    },
    deps.now(),
  );
  return c.redirect(`/desk/review?rejected=${translation.id}`, 303);
};
