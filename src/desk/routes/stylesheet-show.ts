/** GET /desk/assets/desk.css: the stylesheet, cached for a year when asked for by its hashed URL. */
import type { DeskHandler } from '../desk-context.ts';

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Without the hash (a hand-typed URL): an hour, then revalidate by ETag. */
const UNVERSIONED_CACHE = 'public, max-age=3600';

export const stylesheetShow: DeskHandler = (c, deps) => {
  const { stylesheet } = deps;
  const etag = `"${stylesheet.version}"`;
  const headers = { 'Cache-Control': c.req.query('v') === stylesheet.version ? IMMUTABLE_CACHE : UNVERSIONED_CACHE, ETag: etag };
  if (c.req.header('If-None-Match') === etag) return Promise.resolve(c.body(null, 304, headers));
  return Promise.resolve(c.body(stylesheet.body, 200, { ...headers, 'Content-Type': 'text/css; charset=utf-8' }));
};
