/** The header's link to the edition's search page, in the edition's language. */
import type { Edition } from './editions.ts';
import { searchLanguage, searchStrings } from './search-strings.ts';

export function SearchLink({ edition }: { edition: Edition }) {
  return (
    <a class="search-link" href={`${edition.path}search`} lang={searchLanguage(edition.lang)}>
      {searchStrings(edition.lang).search}
    </a>
  );
}
