/**
 * The process's politeness and robots.txt state, and fetches made through
 * them. A context may bring its own (tests do, with their clock); otherwise
 * every context built on one configuration shares one of each, so feeds,
 * pages and robots.txt of one host queue behind the same limits.
 */
import type { Config } from '../config/schema.ts';
import { HostPoliteness, systemClock } from '../ingest/host-politeness.ts';
import { fetchResource, type FetchOptions, type FetchResult } from '../ingest/http-fetch.ts';
import { RobotsCache } from '../ingest/robots-cache.ts';
import { fetchSettings } from './fetch-settings.ts';
import type { PipelineContext, Politeness } from './pipeline-context.ts';

const ACCEPT_TEXT = 'text/plain,*/*;q=0.1';

const politenessByConfig = new WeakMap<Config, HostPoliteness>();
const robotsByConfig = new WeakMap<Config, RobotsCache>();

export function politenessOf(ctx: PipelineContext): Politeness {
  if (ctx.politeness) return ctx.politeness;
  let politeness = politenessByConfig.get(ctx.config);
  if (!politeness) {
    politeness = new HostPoliteness(ctx.config.fetch.perHost, systemClock);
    politenessByConfig.set(ctx.config, politeness);
  }
  return politeness;
}

export function robotsOf(ctx: PipelineContext): RobotsCache {
  if (ctx.robots) return ctx.robots;
  let robots = robotsByConfig.get(ctx.config);
  if (!robots) {
    robots = new RobotsCache({ fetch: (url) => politeFetch(ctx, url, { accept: ACCEPT_TEXT }), now: () => systemClock.now() });
    robotsByConfig.set(ctx.config, robots);
  }
  return robots;
}

/** One request (chain) to `url` with the configured limits, when its host allows. */
export function politeFetch(ctx: PipelineContext, url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const settings = fetchSettings(ctx.config, ctx.dispatcher);
  return politenessOf(ctx).run(url, () => fetchResource(url, { ...settings, ...options }));
}
