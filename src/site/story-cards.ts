/**
 * Stories as the site lists them: one card per story, showing the story's
 * canonical article in the edition's language, with the other sources that
 * ran the same text ("also published by …") and a link to full coverage.
 */
import type { Config } from '../config/schema.ts';
import type { ArticleSummary, Store, StoryMember } from '../store/store.ts';
import { editionFilter, type Edition } from './editions.ts';

export interface CardStory {
  id: string;
  articleCount: number;
  /** Names of the other sources that ran this article's text. */
  alsoPublishedBy: string[];
}

export interface StoryCard extends ArticleSummary {
  /** Absent or null for an article not clustered yet. */
  story?: CardStory | null;
}

/** `/story/<id>` under the edition's prefix; ids are digits and `~`, safe in a path as they are. */
export function storyPath(edition: Edition, storyId: string): string {
  return `${edition.path}story/${encodeURIComponent(storyId)}`;
}

/** Whether an article in `lang` belongs on the edition's lists. */
export function editionShows(config: Config, edition: Edition, lang: string): boolean {
  const filter = editionFilter(config, edition);
  return filter.lang !== undefined ? lang === filter.lang : !(filter.excludeLangs ?? []).includes(lang);
}

/** Whether the member is the current version of its report (lists show no other). */
export function isCurrent(member: StoryMember): boolean {
  return member.supersededBy === null;
}

/**
 * The current versions of a story's reports, in the order the reports
 * first appeared: a report's current version counts from its first
 * version, so the wire's update still comes before a paper's later story.
 */
export function currentReports(members: readonly StoryMember[]): StoryMember[] {
  const started = new Map<number, number>();
  members.forEach((m, i) => {
    const report = m.supersededBy ?? m.id;
    if (!started.has(report)) started.set(report, i);
  });
  return members.filter(isCurrent).sort((a, b) => (started.get(a.id) ?? 0) - (started.get(b.id) ?? 0));
}

/**
 * The article that stands for a story in an edition: the earliest report's
 * canonical copy in the edition's languages, else any article the edition
 * shows; a current version either way.
 */
export function representative(config: Config, edition: Edition, members: readonly StoryMember[]): StoryMember | undefined {
  const shown = currentReports(members).filter((m) => editionShows(config, edition, m.lang));
  return shown.find((m) => m.isCanonical) ?? shown[0];
}

/** Stories by trend score as cards; null when no story has been clustered for this edition yet. */
export async function trendingStoryCards(
  store: Store,
  config: Config,
  request: { edition: Edition; limit: number; offset?: number },
): Promise<StoryCard[] | null> {
  const { edition, limit, offset = 0 } = request;
  const stories = await store.listStories({ sort: 'trend', ...editionFilter(config, edition), limit, offset });
  if (stories.length === 0 && offset === 0) return null;
  const byStory = groupByStory(await store.storyMembers(stories.map((s) => s.id)));
  const names = await sourceNames(store);
  const cards: StoryCard[] = [];
  for (const story of stories) {
    const members = byStory.get(story.id) ?? [];
    const chosen = representative(config, edition, members);
    if (chosen) cards.push(cardOf(chosen, members, names));
  }
  return cards;
}

/**
 * Lists of articles (a home page's sections, in order) with each story
 * shown once: where it first appears, by its canonical copy when the edition
 * shows that copy. Each list keeps at most `limit` cards.
 */
export async function oneCardPerStory(
  store: Store,
  config: Config,
  edition: Edition,
  lists: ArticleSummary[][],
  limit: number,
): Promise<StoryCard[][]> {
  const { memberships, byStory, names } = await storiesOf(store, lists.flat());
  const shown = new Set<string>();
  return lists.map((articles) => {
    const cards: StoryCard[] = [];
    for (const article of articles) {
      if (cards.length >= limit) break;
      const membership = memberships.get(article.id);
      const members = membership ? (byStory.get(membership.storyId) ?? []) : [];
      if (!membership || members.length === 0) {
        cards.push(article);
        continue;
      }
      if (shown.has(membership.storyId)) continue;
      shown.add(membership.storyId);
      const canonical = members.find((m) => m.id === membership.canonicalId && isCurrent(m));
      const chosen = canonical && editionShows(config, edition, canonical.lang) ? canonical : members.find((m) => m.id === article.id);
      if (!chosen) cards.push(article);
      // The listed article keeps its own fields: in an edition of translations they carry the translated headline.
      else if (chosen.id === article.id) cards.push({ ...article, story: cardOf(chosen, members, names).story });
      else cards.push(cardOf(chosen, members, names));
    }
    return cards;
  });
}

/**
 * A section's list as cards: every listed report keeps its place (a
 * section shows each report the desk carries; copies are already left out
 * of lists), and each says who else ran its text and links its coverage.
 */
export async function cardsWithCoverage(store: Store, articles: ArticleSummary[]): Promise<StoryCard[]> {
  const { memberships, byStory, names } = await storiesOf(store, articles);
  return articles.map((article) => {
    const membership = memberships.get(article.id);
    const members = membership ? (byStory.get(membership.storyId) ?? []) : [];
    const own = members.find((m) => m.id === article.id);
    return own ? { ...article, story: cardOf(own, members, names).story } : article;
  });
}

/** The listed articles' memberships, every member of their stories, and source names: what cards are made from. */
async function storiesOf(store: Store, articles: readonly ArticleSummary[]) {
  const memberships = await store.storyMemberships(articles.map((a) => a.id));
  const byStory = groupByStory(await store.storyMembers([...new Set([...memberships.values()].map((m) => m.storyId))]));
  return { memberships, byStory, names: await sourceNames(store) };
}

/** A card counts and names current versions only: an earlier version of a report is its history, not more coverage. */
function cardOf(chosen: StoryMember, members: readonly StoryMember[], names: Map<string, string>): StoryCard {
  const current = members.filter(isCurrent);
  const copies = current.filter((m) => m.canonicalId === chosen.canonicalId && m.sourceId !== chosen.sourceId);
  const alsoPublishedBy = [...new Set(copies.map((m) => names.get(m.sourceId) ?? m.sourceId))];
  return { ...summaryOf(chosen), story: { id: chosen.storyId, articleCount: current.length, alsoPublishedBy } };
}

/** The member's article fields alone, so cards carry no membership columns. */
function summaryOf(member: StoryMember): ArticleSummary {
  const { id, headline, headlineLang, standfirst, dateline, byline, published, lang, image, sourceId, section, slug, createdAt } = member;
  return { id, headline, headlineLang, standfirst, dateline, byline, published, lang, image, sourceId, section, slug, createdAt };
}

export function groupByStory(members: readonly StoryMember[]): Map<string, StoryMember[]> {
  const byStory = new Map<string, StoryMember[]>();
  for (const member of members) {
    const list = byStory.get(member.storyId);
    if (list) list.push(member);
    else byStory.set(member.storyId, [member]);
  }
  return byStory;
}

export async function sourceNames(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listSources()).map((s) => [s.id, s.name]));
}
