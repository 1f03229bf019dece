/**
 * Every word of the site's own furniture, per interface language. Stored text
 * (headlines, notices, section titles) never comes from here; only the chrome
 * around it. A language without an entry falls back to English.
 */

export interface UiStrings {
  skipToContent: string;
  backToTop: string;
  home: string;
  latest: string;
  trends: string;
  trendsIntro: string;
  sectionsNav: string;
  editionsNav: string;
  pagination: string;
  olderStories: string;
  newerStories: string;
  page: (n: number) => string;
  noStories: string;
  source: string;
  readOriginal: string;
  readFullStoryAt: (sourceName: string) => string;
  published: string;
  updated: string;
  moreIn: (sectionTitle: string) => string;
  syndicationNotice: string;
  notFoundTitle: string;
  notFoundBody: string;
  goHome: string;
  errorTitle: string;
  errorBody: string;
}

const en: UiStrings = {
  skipToContent: 'Skip to content',
  backToTop: 'Back to top',
  home: 'Home',
  latest: 'Latest',
  trends: 'Trends',
  trendsIntro: 'The newest stories from every section.',
  sectionsNav: 'Sections',
  editionsNav: 'Editions',
  pagination: 'More pages',
  olderStories: 'Older stories',
  newerStories: 'Newer stories',
  page: (n) => `Page ${n}`,
  noStories: 'No stories here yet.',
  source: 'Source',
  readOriginal: 'Read the original',
  readFullStoryAt: (sourceName) => `Read the full story at ${sourceName}`,
  published: 'Published',
  updated: 'Updated',
  moreIn: (sectionTitle) => `More in ${sectionTitle}`,
  syndicationNotice: 'Syndication notice',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for is not here. Its address may have changed, or it may have been removed.',
  goHome: 'Go to the front page',
  errorTitle: 'Something went wrong',
  errorBody: 'This page could not be shown just now. Please try again in a little while.',
};

const hi: UiStrings = {
  skipToContent: 'सामग्री पर जाएँ',
  backToTop: 'ऊपर जाएँ',
  home: 'मुखपृष्ठ',
  latest: 'ताज़ा',
  trends: 'ट्रेंड्स',
  trendsIntro: 'हर खंड की सबसे नई ख़बरें।',
  sectionsNav: 'खंड',
  editionsNav: 'संस्करण',
  pagination: 'और पृष्ठ',
  olderStories: 'पुरानी ख़बरें',
  newerStories: 'नई ख़बरें',
  page: (n) => `पृष्ठ ${n}`,
  noStories: 'यहाँ अभी कोई ख़बर नहीं है।',
  source: 'स्रोत',
  readOriginal: 'मूल लेख पढ़ें',
  readFullStoryAt: (sourceName) => `पूरी ख़बर ${sourceName} पर पढ़ें`,
  published: 'प्रकाशित',
  updated: 'अपडेट',
  moreIn: (sectionTitle) => `${sectionTitle} की और ख़बरें`,
  syndicationNotice: 'सिंडिकेशन सूचना',
  notFoundTitle: 'पृष्ठ नहीं मिला',
  notFoundBody: 'आप जो पृष्ठ ढूँढ रहे हैं, वह यहाँ नहीं है। हो सकता है उसका पता बदल गया हो या उसे हटा दिया गया हो।',
  goHome: 'मुखपृष्ठ पर जाएँ',
  errorTitle: 'कुछ गड़बड़ हो गई',
  errorBody: 'यह पृष्ठ अभी नहीं दिखाया जा सका। कृपया थोड़ी देर बाद फिर कोशिश करें।',
};

const byLanguage: Readonly<Record<string, UiStrings>> = { en, hi };

export function uiStrings(lang: string): UiStrings {
  return byLanguage[lang] ?? en;
}

/** The language whose strings `uiStrings(lang)` returns, for the `lang` attribute of the chrome. */
export function uiLanguage(lang: string): string {
  return lang in byLanguage ? lang : 'en';
}
