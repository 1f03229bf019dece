/**
 * The reader-support notice after an article's body: opt-in (`site.support`),
 * in the edition's language, and never in the way of reading. The site sends
 * no script (script-src 'none'), so the notice is a <details> element, open
 * at first: its summary closes it with a click, a tap or the keyboard, leaving
 * one line a reader can open again. Nothing covers the text and nothing waits.
 */
import { safeHref } from './block-renderer.tsx';
import { mainEdition } from './editions.ts';
import { editionTitle, type PageChrome } from './layout.tsx';
import { editionText } from './localised-text.ts';
import { languageAttributes } from '../text/direction.ts';
import { uiLanguage } from './ui-strings.ts';

/** The schema accepts only http(s) addresses; checked again here, as every link a page renders is. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

export interface SupportNoticeText {
  text: string;
  url: string;
  linkText: string;
}

/** What the edition shows, or null when the site has no notice or none in the edition's language. */
export function supportNoticeText(chrome: PageChrome): SupportNoticeText | null {
  const support = chrome.config.site.support;
  if (!support) return null;
  const main = mainEdition(chrome.config);
  const text = editionText(support.text, chrome.edition, main);
  const rawUrl = typeof support.url === 'string' ? support.url : (support.url[chrome.edition.lang] ?? null);
  const url = rawUrl ? safeHref(rawUrl, WEB_PROTOCOLS) : null;
  if (!text || !url) return null;
  return { text, url, linkText: editionText(support.linkText, chrome.edition, main) ?? chrome.strings.supportLink };
}

export function SupportNotice({ chrome }: { chrome: PageChrome }) {
  const notice = supportNoticeText(chrome);
  if (!notice) return null;
  const { edition, strings } = chrome;
  return (
    <details class="support-notice" open {...languageAttributes(edition.lang)}>
      <summary lang={uiLanguage(edition.lang)}>
        <span class="support-notice__title">{strings.supportTitle(editionTitle(chrome))}</span>
        <span class="support-notice__hide">{strings.supportHide}</span>
      </summary>
      <p>
        {notice.text} <a href={notice.url} rel="noopener">{notice.linkText}</a>
      </p>
    </details>
  );
}
