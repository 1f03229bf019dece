/**
 * The pages that say something went wrong: 404 and 410 inside the site's chrome, and a
 * bare 500 page that needs nothing but the config, because the store or the
 * chrome itself may be what failed.
 */
import { homePath, type Edition } from './editions.ts';
import { Layout, type PageChrome } from './layout.tsx';
import { languageAttributes } from '../text/direction.ts';
import { uiLanguage, type UiStrings } from './ui-strings.ts';

export function NotFoundPage({ chrome }: { chrome: PageChrome }) {
  const { strings } = chrome;
  return (
    <Layout chrome={chrome} title={strings.notFoundTitle} description={strings.notFoundBody} lang={uiLanguage(chrome.edition.lang)}>
      <div class="message-page">
        <h1>{strings.notFoundTitle}</h1>
        <p>{strings.notFoundBody}</p>
        <p>
          <a href={homePath(chrome.edition)}>{strings.goHome}</a>
        </p>
      </div>
    </Layout>
  );
}

/** A killed article's address: 410 Gone, said in the edition's language, in the site's chrome. */
export function GonePage({ chrome }: { chrome: PageChrome }) {
  const { strings } = chrome;
  return (
    <Layout chrome={chrome} title={strings.goneTitle} description={strings.goneBody} lang={uiLanguage(chrome.edition.lang)}>
      <div class="message-page">
        <h1>{strings.goneTitle}</h1>
        <p>{strings.goneBody}</p>
        <p>
          <a href={homePath(chrome.edition)}>{strings.goHome}</a>
        </p>
      </div>
    </Layout>
  );
}

export function ErrorPage({ edition, strings, siteName }: { edition: Edition; strings: UiStrings; siteName: string }) {
  return (
    <html {...languageAttributes(uiLanguage(edition.lang))}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${strings.errorTitle} · ${siteName}`}</title>
        <meta name="description" content={strings.errorBody} />
      </head>
      <body>
        <main>
          <h1>{strings.errorTitle}</h1>
          <p>{strings.errorBody}</p>
          <p>
            <a href={homePath(edition)}>{strings.goHome}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
