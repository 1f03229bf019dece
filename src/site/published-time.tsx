/** A `<time>` element: machine-readable UTC in `datetime`, the edition's language and zone as text. */
import { formatDateTime } from './date-format.ts';
import type { PageChrome } from './layout.tsx';
import { languageAttributes } from '../text/direction.ts';

export function PublishedTime({ chrome, iso }: { chrome: PageChrome; iso: string }) {
  const text = formatDateTime(iso, chrome.edition.lang, chrome.config.site.timeZone);
  if (!text) return null;
  return <time datetime={new Date(iso).toISOString()} {...languageAttributes(chrome.edition.lang)}>{text}</time>;
}
