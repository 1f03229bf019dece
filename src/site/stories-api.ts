/**
 * `GET /api/stories?sort=trend|recent&limit=N`: the live stories as JSON,
 * by trend score (default) or by their latest article, each with its counts,
 * languages, page address and the article that stands for it.
 */
import type { Hono } from 'hono';
import type { Store, StoryMember, StoryRecord } from '../store/store.ts';
import { currentReports, groupByStory } from './story-cards.ts';

/** Stories per response unless asked: a trends list's worth. */
const DEFAULT_LIMIT = 20;
/** Most stories per response: bounds the query and the payload of a public endpoint. */
const MAX_LIMIT = 200;
const LIMIT = /^[0-9]{1,4}$/;
const SORTS = new Set(['trend', 'recent'] as const);

/** Scores change with every pass and every hour; a cached list would show yesterday's trends. */
const API_CACHE_CONTROL = 'no-store';

/** A live story as the API shows it: merged stories are not listed, so `mergedInto` is left out. */
export type ApiStory = Omit<StoryRecord, 'mergedInto'> & {
  /** The story's full-coverage page on the main edition. */
  path: string;
  /** The canonical article of the earliest report, in its current version; null when the story has none left. */
  canonical: { id: number; headline: string; lang: string; sourceId: string } | null;
};

export function addStoryApiRoutes(app: Hono, store: Store): void {
  app.get('/api/stories', async (c) => {
    c.header('Cache-Control', API_CACHE_CONTROL);
    const sort = c.req.query('sort') ?? 'trend';
    const limitParam = c.req.query('limit') ?? String(DEFAULT_LIMIT);
    if (sort !== 'trend' && sort !== 'recent') {
      return c.json({ error: `sort must be one of ${[...SORTS].join(', ')}` }, 400);
    }
    const limit = Number(limitParam);
    if (!LIMIT.test(limitParam) || limit < 1 || limit > MAX_LIMIT) {
      return c.json({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` }, 400);
    }
    const stories = await store.listStories({ sort, limit });
    const members = groupByStory(await store.storyMembers(stories.map((s) => s.id)));
    return c.json({ stories: stories.map((story) => apiStory(story, members.get(story.id) ?? [])) });
  });
}

function apiStory(story: StoryRecord, members: StoryMember[]): ApiStory {
  const canonical = currentReports(members).find((m) => m.isCanonical) ?? null;
  return {
    id: story.id,
    title: story.title,
    path: `/story/${encodeURIComponent(story.id)}`,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    articleCount: story.articleCount,
    sourceCount: story.sourceCount,
    independentSourceCount: story.independentSourceCount,
    languages: story.languages,
    trendScore: story.trendScore,
    canonical: canonical && { id: canonical.id, headline: canonical.headline, lang: canonical.lang, sourceId: canonical.sourceId },
  };
}
