/**
 * Stories an article left between clustering passes (it was killed, or
 * embargoed after it was clustered) have their stored record recomputed from
 * the articles they still hold: title, counts, languages and trend score,
 * as the clustering pass would write them. A story left with no article is
 * deleted, so its page answers 404 instead of naming a killed headline.
 * Called right after a kill, and by every clustering pass for what the
 * wire withdrew.
 */
import { summariseStory } from '../pipeline/story-summary.ts';
import type { Store, StoryMember, StoryRecord } from '../store/store.ts';

/** Returns the ids of the stories it recomputed or deleted. */
export async function refreshStoryRecords(store: Store, now: Date): Promise<string[]> {
  const ids = await store.storiesNeedingSummary();
  if (ids.length === 0) return [];
  const byStory = new Map<string, StoryMember[]>();
  for (const member of await store.storyMembers(ids)) byStory.set(member.storyId, [...(byStory.get(member.storyId) ?? []), member]);
  const records: StoryRecord[] = [];
  for (const id of ids) {
    const members = byStory.get(id);
    if (members?.length) records.push(summariseStory(id, members, now));
  }
  await store.saveStories(records, now.toISOString());
  await store.deleteEmptyStories();
  return ids;
}
