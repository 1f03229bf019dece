/**
 * Which section an entry goes to. A source has a default section, but wires and
 * general news feeds carry every kind of story and say which in their
 * categories (`<category>sports</category>`, `<category term="खेल">`): the first
 * category that names a configured section, by id or by any of its titles,
 * places the entry there.
 */
import type { SectionConfig } from '../config/schema.ts';
import { comparisonKey } from '../text/normalize.ts';

const TRENDS = 'trends';

export function entrySection(categories: readonly string[], fallback: string, sections: readonly SectionConfig[]): string {
  const byName = new Map<string, string>();
  for (const section of sections) {
    // `trends` is computed from how stories spread; a feed cannot file into it.
    if (section.id === TRENDS) continue;
    const titles = typeof section.title === 'string' ? [section.title] : Object.values(section.title);
    for (const name of [section.id, ...titles]) byName.set(comparisonKey(name), section.id);
  }
  for (const category of categories) {
    const section = byName.get(comparisonKey(category));
    if (section) return section;
  }
  return fallback;
}
