/**
 * `<edition prefix>story/<id>`: a story's full coverage. A story merged into
 * another redirects there, so an old address keeps working.
 */
import type { Context, Hono } from 'hono';
import type { StoryRecord } from '../store/store.ts';
import { editionShows, isCurrent, representative, sourceNames, storyPath } from './story-cards.ts';
import type { Edition } from './editions.ts';
import { PAGE_CACHE_CONTROL, pageChrome, renderHtml, type PageDeps } from './page-routes.tsx';
import { StoryPage } from './story-page.tsx';

/** Story ids are article ids, with `~n` when one was taken; anything else is no story. */
const STORY_ID = /^[0-9]{1,15}(?:~[0-9]{1,6})?$/;
/** Merges followed before giving up: chains are short, a loop would be a bug. */
const MAX_MERGE_HOPS = 8;

export function addStoryRoutes(app: Hono, deps: PageDeps): void {
  for (const edition of deps.config.editions) {
    app.get(`${edition.path}story/:id`, (c) => storyHandler(c, deps, edition));
  }
}

async function storyHandler(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  const id = c.req.param('id') ?? '';
  if (!STORY_ID.test(id)) return c.notFound();
  let story: StoryRecord | null = await deps.store.getStory(id);
  for (let hops = 0; story?.mergedInto && hops < MAX_MERGE_HOPS; hops++) story = await deps.store.getStory(story.mergedInto);
  if (!story || story.mergedInto) return c.notFound();
  if (story.id !== id) return c.redirect(storyPath(edition, story.id), 301);

  const members = await deps.store.storyMembers([story.id]);
  if (members.length === 0) return c.notFound();
  const names = await sourceNames(deps.store);
  const sources = new Map((await deps.store.listSources()).map((s) => [s.id, s]));
  // The canonical text: the edition's own first, then any canonical copy a source lets us republish.
  const chosen = representative(deps.config, edition, members);
  const candidates = [chosen, ...members.filter((m) => m.isCanonical && isCurrent(m) && !editionShows(deps.config, edition, m.lang))];
  const shown = candidates.find((m) => m && sources.get(m.sourceId)?.mode !== 'link');
  const text = shown ? await deps.store.getArticle(shown.id) : null;

  c.header('Cache-Control', PAGE_CACHE_CONTROL);
  return renderHtml(
    c,
    <StoryPage chrome={pageChrome(deps, edition)} story={story} members={members} sourceNames={names} text={text} />,
  );
}
