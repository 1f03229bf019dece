/**
 * Serves the stylesheet, the icon and the fonts. A request that names the current content
 * hash (`?v=…`) may be cached for a year; one without it (an old bookmark, a
 * hand-typed URL) gets a short lifetime and revalidates by ETag.
 */
import type { Hono } from 'hono';
import type { Asset, SiteAssets } from './site-assets.ts';

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Unversioned requests: an hour, then revalidate; the ETag makes that a 304. */
const UNVERSIONED_CACHE = 'public, max-age=3600';

export function addAssetRoutes(app: Hono, assets: SiteAssets): void {
  for (const asset of [assets.stylesheet, assets.icon, ...assets.fonts]) {
    app.get(asset.path, (c) => {
      const cacheControl = c.req.query('v') === asset.version ? IMMUTABLE_CACHE : UNVERSIONED_CACHE;
      const headers = { 'Cache-Control': cacheControl, ETag: etagOf(asset) };
      if (c.req.header('If-None-Match') === headers.ETag) return c.body(null, 304, headers);
      return c.body(asset.body, 200, { ...headers, 'Content-Type': asset.contentType });
    });
  }

  // Some clients ask for /favicon.ico whatever the page says.
  app.get('/favicon.ico', (c) => c.redirect(assets.icon.url, 301));
}

function etagOf(asset: Asset): string {
  return `"${asset.version}"`;
}
