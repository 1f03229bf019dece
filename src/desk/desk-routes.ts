/**
 * Every desk route: method, path, what it asks of the requester, and its
 * handler (one file each in routes/, noun then verb). The app registers
 * exactly these, and the role-matrix test checks each of them against every
 * role, so a route added here without an expected status fails that test.
 */
import type { Access } from './access.ts';
import type { DeskHandler } from './desk-context.ts';
import { accountShow } from './routes/account-show.tsx';
import { accountTwoFactor } from './routes/account-two-factor.tsx';
import { articleCorrect } from './routes/article-correct.tsx';
import { articleEdit } from './routes/article-edit.tsx';
import { articleKill } from './routes/article-kill.tsx';
import { articleRestore } from './routes/article-restore.tsx';
import { articleUpdate } from './routes/article-update.tsx';
import { articlesShow } from './routes/articles-show.tsx';
import { auditShow } from './routes/audit-show.tsx';
import { homeShow } from './routes/home-show.tsx';
import { loginCheck } from './routes/login-check.tsx';
import { loginCode } from './routes/login-code.tsx';
import { loginShow } from './routes/login-show.tsx';
import { logout } from './routes/logout.ts';
import { reviewApprove } from './routes/review-approve.tsx';
import { reviewReject } from './routes/review-reject.tsx';
import { reviewEditShow } from './routes/review-edit-show.tsx';
import { reviewQueueShow } from './routes/review-queue-show.tsx';
import { revisionShow } from './routes/revision-show.tsx';
import { reviewTranslateAgain } from './routes/review-translate-again.tsx';
import { stylesheetShow } from './routes/stylesheet-show.ts';
import { settingsShow } from './routes/settings-show.tsx';
import { sourceCreate } from './routes/source-create.tsx';
import { sourceFetchNow } from './routes/source-fetch-now.tsx';
import { sourcePause } from './routes/source-pause.tsx';
import { sourceRemove } from './routes/source-remove.tsx';
import { sourceResume } from './routes/source-resume.tsx';
import { sourcesShow } from './routes/sources-show.tsx';
import { userCreate } from './routes/user-create.tsx';
import { userDisable } from './routes/user-disable.tsx';
import { usersShow } from './routes/users-show.tsx';

export interface DeskRoute {
  method: 'GET' | 'POST';
  path: string;
  access: Access;
  handler: DeskHandler;
}

export const DESK_ROUTES: readonly DeskRoute[] = [
  { method: 'GET', path: '/desk/login', access: 'public', handler: loginShow },
  { method: 'POST', path: '/desk/login', access: 'public', handler: loginCheck },
  { method: 'POST', path: '/desk/login/code', access: 'public', handler: loginCode },
  { method: 'GET', path: '/desk/assets/desk.css', access: 'public', handler: stylesheetShow },
  { method: 'POST', path: '/desk/logout', access: 'signed-in', handler: logout },
  { method: 'GET', path: '/desk', access: 'signed-in', handler: homeShow },
  { method: 'GET', path: '/desk/account', access: 'signed-in', handler: accountShow },
  { method: 'POST', path: '/desk/account/two-factor', access: 'signed-in', handler: accountTwoFactor },
  { method: 'GET', path: '/desk/review', access: 'review', handler: reviewQueueShow },
  { method: 'GET', path: '/desk/review/:id', access: 'review', handler: reviewEditShow },
  { method: 'POST', path: '/desk/review/:id/approve', access: 'review', handler: reviewApprove },
  { method: 'POST', path: '/desk/review/:id/reject', access: 'review', handler: reviewReject },
  { method: 'GET', path: '/desk/articles', access: 'edit-articles', handler: articlesShow },
  { method: 'GET', path: '/desk/articles/:id', access: 'edit-articles', handler: articleEdit },
  { method: 'POST', path: '/desk/articles/:id', access: 'edit-articles', handler: articleUpdate },
  { method: 'GET', path: '/desk/articles/:id/revisions/:revision', access: 'edit-articles', handler: revisionShow },
  { method: 'POST', path: '/desk/articles/:id/correct', access: 'kill', handler: articleCorrect },
  { method: 'POST', path: '/desk/articles/:id/kill', access: 'kill', handler: articleKill },
  { method: 'POST', path: '/desk/articles/:id/restore', access: 'kill', handler: articleRestore },
  { method: 'POST', path: '/desk/review/:id/translate-again', access: 'review', handler: reviewTranslateAgain },
  { method: 'GET', path: '/desk/users', access: 'manage-users', handler: usersShow },
  { method: 'POST', path: '/desk/users', access: 'manage-users', handler: userCreate },
  { method: 'POST', path: '/desk/users/:id/disable', access: 'manage-users', handler: userDisable },
  { method: 'GET', path: '/desk/sources', access: 'manage-sources', handler: sourcesShow },
  { method: 'POST', path: '/desk/sources', access: 'manage-sources', handler: sourceCreate },
  { method: 'POST', path: '/desk/sources/:id/pause', access: 'manage-sources', handler: sourcePause },
  { method: 'POST', path: '/desk/sources/:id/resume', access: 'manage-sources', handler: sourceResume },
  { method: 'POST', path: '/desk/sources/:id/fetch-now', access: 'manage-sources', handler: sourceFetchNow },
  { method: 'POST', path: '/desk/sources/:id/remove', access: 'manage-sources', handler: sourceRemove },
  { method: 'GET', path: '/desk/settings', access: 'manage-settings', handler: settingsShow },
  { method: 'GET', path: '/desk/audit', access: 'view-audit', handler: auditShow },
];
