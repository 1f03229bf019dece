/**
 * Puts articles into stories. The clusterer (src/stories/) keeps no state of
 * its own between runs: every pass rebuilds it by replaying the articles of
 * the clustering window from the store in publication order, articles of one
 * time by source and guid (never by id, which follows the order entries
 * happened to arrive in), so a restart, a pass cut short, or a second
 * machine reaches the same stories from the same articles.
 * Story ids stay stable across replays: a story keeps the stored id of its
 * earliest article that had one, so addresses of story pages do not move,
 * and an article rebuilt from an updated entry (same article id) keeps its story.
 * An update sent as a new item (new id) supersedes the earlier version of
 * its report (src/stories/story-versions.ts): each membership records the
 * current version, so the site lists that one and keeps the earlier ones.
 * An article's headlines translated by an earlier translation step go in
 * with it: a replay after translation can join what the first pass could not.
 * Killed and still-embargoed articles are not replayed: readers cannot see
 * them, so no story holds them.
 */
import { DEFAULT_OPTIONS, StoryClusterer, type StoryClustererOptions } from '../stories/story-clusterer.ts';
import { canonicalsAfterVersions, currentVersions, versionChains } from '../stories/story-versions.ts';
import type { ClusteringArticle, Store, StoryMember, StoryMembership, StoryRecord } from '../store/store.ts';
import type { StoriesConfig } from '../config/schema.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { summariseStory } from './story-summary.ts';
import { refreshStoryRecords } from '../desk/story-records-refresh.ts';
import { withHeapGrowthLimited } from '../util/heap-growth.ts';

/** Articles read per round trip while replaying: bounds memory, amortises the query. */
const REPLAY_PAGE_SIZE = 500;
const HOUR_MS = 3_600_000;

export interface StoryPassResult {
  /** Articles replayed through the clusterer. */
  articles: number;
  /** Stories written (new, changed or merged away). */
  stories: number;
}

interface Replayed {
  article: ClusteringArticle;
  storyId: string;
  nearDuplicateOf: string | null;
  canonicalId: string;
}

/** Clusters with the `stories` settings of wiredesk.yaml; `overrides` (tests) win over them. */
export async function assignStories(ctx: PipelineContext, overrides: StoryClustererOptions = {}): Promise<StoryPassResult> {
  // The replay's garbage would otherwise let the heap grow to several times what the clusterer holds (src/util/heap-growth.ts).
  return withHeapGrowthLimited(() => storyPass(ctx, overrides));
}

async function storyPass(ctx: PipelineContext, overrides: StoryClustererOptions): Promise<StoryPassResult> {
  const { store } = ctx;
  const options = { ...settingsOf(ctx.config.stories), ...overrides };
  const visibleAt = ctx.now().toISOString();
  const { newest, oldestUnassigned } = await store.clusteringBounds(visibleAt);
  if (newest === null) {
    await refreshStoryRecords(store, ctx.now());
    return { articles: 0, stories: 0 };
  }
  const windowMs = (options.windowHours ?? DEFAULT_OPTIONS.windowHours) * HOUR_MS;
  const windowStart = new Date(Date.parse(newest) - windowMs).toISOString();
  // Articles never clustered are replayed with a window's worth of context before them.
  const from = oldestUnassigned !== null && oldestUnassigned < newest ? oldestUnassigned : newest;
  const since = new Date(Date.parse(from) - windowMs).toISOString();

  const clusterer = new StoryClusterer(options);
  const replayed = await replayWindow(store, clusterer, since, visibleAt);
  const memberships = withVersions(replayed, await stableMemberships(store, clusterer, replayed));
  await store.saveStoryMemberships(memberships);

  const touched = new Set([...memberships.map((m) => m.storyId), ...replayed.flatMap((r) => (r.article.storyId ? [r.article.storyId] : []))]);
  const replayRank = new Map(replayed.map((r, i) => [r.article.id, i]));
  const stories = await summariseStories(store, [...touched], heirs(replayed, memberships), replayRank, ctx.now());
  await store.saveStories(stories, ctx.now().toISOString());
  await store.deleteEmptyStories();
  // Stories an article left outside this replay (the wire withdrew it, staff killed it): their records follow.
  await refreshStoryRecords(store, ctx.now());
  // Stories with no article left in the window are not recomputed: they stop trending.
  await store.clearTrendsBefore(windowStart < since ? windowStart : since);
  return { articles: replayed.length, stories: stories.length };
}

/** The configured settings, leaving out those not given so that the clusterer's defaults apply. */
function settingsOf(stories: StoriesConfig): StoryClustererOptions {
  return Object.fromEntries(Object.entries(stories).filter(([, value]) => value !== undefined));
}

/**
 * The window, replayed. Pages come from the store in (sort key, id) order;
 * each run of one sort key (a wire dump stamps hundreds alike) is held until
 * it is whole and replayed by source and guid.
 */
async function replayWindow(store: Store, clusterer: StoryClusterer, since: string, visibleAt: string): Promise<Replayed[]> {
  const replayed: Replayed[] = [];
  let tied: ClusteringArticle[] = [];
  const replayTied = () => {
    for (const article of tied.sort(byIdentity)) {
      const assignment = clusterer.add({
        id: String(article.id),
        lang: article.lang,
        headline: article.headline,
        text: article.text,
        published: Date.parse(article.sortKey),
        translatedHeadlines: article.translatedHeadlines,
      });
      replayed.push({ article, ...assignment });
    }
    tied = [];
  };
  let after: { sortKey: string; id: number } | null = null;
  for (;;) {
    const page = await store.articlesForClustering(since, after, REPLAY_PAGE_SIZE, visibleAt);
    for (const article of page) {
      if (tied.length > 0 && tied[0]!.sortKey !== article.sortKey) replayTied();
      tied.push(article);
    }
    const last = page.at(-1);
    if (!last || page.length < REPLAY_PAGE_SIZE) {
      replayTied();
      return replayed;
    }
    after = { sortKey: last.sortKey, id: last.id };
  }
}

/** Source, then guid, by code unit: the same order on every engine and whatever the database's collation. */
function byIdentity(a: ClusteringArticle, b: ClusteringArticle): number {
  return compareText(a.sourceId, b.sourceId) || compareText(a.guid, b.guid);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each replayed story, in the order it started, takes the stored id of its
 * earliest article that had one, unless an earlier story already took that
 * id; otherwise it keeps the clusterer's id (made unique).
 */
async function stableMemberships(store: Store, clusterer: StoryClusterer, replayed: Replayed[]): Promise<StoryMembership[]> {
  const byStory = new Map<string, Replayed[]>();
  for (const item of replayed) {
    const id = clusterer.resolve(item.storyId);
    const members = byStory.get(id);
    if (members) members.push(item);
    else byStory.set(id, [item]);
  }
  const claimed = new Set<string>();
  const stableId = new Map<string, string>();
  for (const [replayId, members] of byStory) {
    const kept = members.find((m) => m.article.storyId !== null && !claimed.has(m.article.storyId))?.article.storyId;
    const id = kept ?? (await unusedStoryId(store, replayId, claimed));
    claimed.add(id);
    stableId.set(replayId, id);
  }
  return replayed.map((item) => {
    const canonical = clusterer.canonicalOf(String(item.article.id)) ?? item.canonicalId;
    return {
      articleId: item.article.id,
      storyId: stableId.get(clusterer.resolve(item.storyId)) ?? clusterer.resolve(item.storyId),
      nearDuplicateOf: item.nearDuplicateOf === null ? null : Number(item.nearDuplicateOf),
      canonicalId: Number(canonical),
    };
  });
}

/**
 * Earlier versions of one report marked as superseded by the current one,
 * and each group of copies led by a current version (`memberships` in the
 * order of `replayed`).
 */
function withVersions(replayed: Replayed[], memberships: StoryMembership[]): StoryMembership[] {
  const candidates = replayed.map(({ article }, i) => ({
    id: String(article.id),
    storyId: memberships[i]?.storyId ?? '',
    sourceId: article.sourceId,
    lang: article.lang,
    headline: article.headline,
    text: article.text,
    time: Date.parse(article.sortKey),
    copyGroup: String(memberships[i]?.canonicalId ?? article.id),
  }));
  const current = currentVersions(versionChains(candidates));
  const canonicals = canonicalsAfterVersions(new Map(memberships.map((m) => [String(m.articleId), String(m.canonicalId)])), current);
  return memberships.map((m) => {
    const id = String(m.articleId);
    const latest = current.get(id);
    return { ...m, canonicalId: Number(canonicals.get(id) ?? m.canonicalId), supersededBy: latest === undefined ? null : Number(latest) };
  });
}

async function unusedStoryId(store: Store, wanted: string, claimed: Set<string>): Promise<string> {
  let id = wanted;
  for (let n = 2; claimed.has(id) || (await store.getStory(id)) !== null; n++) id = `${wanted}~${n}`;
  return id;
}

/**
 * Fresh records of every story the replay touched. A stored story that lost
 * all its articles lives on as a pointer to the story that took its earliest one.
 * Members of one sort key are taken in the replay's order, not by id: the
 * first of them names the story.
 */
async function summariseStories(
  store: Store,
  ids: string[],
  heirOf: Map<string, string>,
  replayRank: ReadonlyMap<number, number>,
  now: Date,
): Promise<StoryRecord[]> {
  const members = new Map<string, StoryMember[]>();
  for (const member of await store.storyMembers(ids)) {
    const list = members.get(member.storyId);
    if (list) list.push(member);
    else members.set(member.storyId, [member]);
  }
  // Members not replayed are older than the window: -1 keeps them first, as their sort keys do.
  const rank = (member: StoryMember) => replayRank.get(member.id) ?? -1;
  for (const list of members.values()) list.sort((a, b) => compareText(a.sortKey, b.sortKey) || rank(a) - rank(b));
  const records: StoryRecord[] = [];
  for (const id of ids) {
    const list = members.get(id);
    if (list?.length) {
      records.push(summariseStory(id, list, now));
      continue;
    }
    const old = await store.getStory(id);
    const heir = heirOf.get(id);
    if (old && heir && heir !== id) records.push({ ...old, articleCount: 0, sourceCount: 0, independentSourceCount: 0, trendScore: 0, mergedInto: heir });
  }
  return records;
}

/** For each stored story id of a replayed article: the story its earliest replayed article went to. */
function heirs(replayed: Replayed[], memberships: StoryMembership[]): Map<string, string> {
  const heir = new Map<string, string>();
  replayed.forEach((item, i) => {
    const old = item.article.storyId;
    const now = memberships[i]?.storyId;
    if (old !== null && now !== undefined && !heir.has(old)) heir.set(old, now);
  });
  return heir;
}
