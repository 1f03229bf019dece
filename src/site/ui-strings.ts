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
  fullCoverage: string;
  alsoPublishedBy: (sourceNames: string) => string;
  storyCounts: (articles: number, sources: number, independent: number) => string;
  timeline: string;
  coverage: string;
  storyText: string;
  copy: string;
  /** On the current version of a report sent more than once, over the list of its earlier versions. */
  reportUpdated: string;
  /** On an earlier version, before the link to the current one. */
  newerVersion: string;
  /** Label of an earlier version in a story's timeline and coverage. */
  earlierVersion: string;
  earlierVersions: string;
  /** The 410 page of a killed article. */
  goneTitle: string;
  goneBody: string;
  /** Over the dated correction notes of an article. */
  corrections: string;
  correction: string;
  /** Meta description of an edition's home page; `sections` is a list already joined in this language. */
  homeDescription: (siteTitle: string, sections: string) => string;
  /** Meta description of a section page, and its feeds' description. */
  sectionDescription: (sectionTitle: string, siteTitle: string) => string;
  /** The support notice's summary line, which stays when a reader closes it. */
  supportTitle: (siteTitle: string) => string;
  /** Beside the summary while the notice is open: what clicking it does. */
  supportHide: string;
  /** The notice's link when `site.support.linkText` gives none for the edition. */
  supportLink: string;
}

const en: UiStrings = {
  skipToContent: 'Skip to content',
  backToTop: 'Back to top',
  home: 'Home',
  latest: 'Latest',
  trends: 'Trends',
  trendsIntro: 'The stories spreading fastest across independent sources.',
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
  fullCoverage: 'Full coverage',
  alsoPublishedBy: (sourceNames) => `Also published by ${sourceNames}`,
  storyCounts: (articles, sources, independent) =>
    `${articles} ${articles === 1 ? 'article' : 'articles'} from ${sources} ${sources === 1 ? 'source' : 'sources'} (${independent} independent)`,
  timeline: 'Timeline',
  coverage: 'Every article by language and source',
  storyText: 'The story',
  copy: 'copy',
  reportUpdated: 'This report has been updated since it was first published.',
  newerVersion: 'A newer version of this report has been published:',
  earlierVersion: 'earlier version',
  earlierVersions: 'Earlier versions',
  goneTitle: 'This story has been withdrawn',
  goneBody: 'The editors have taken this story down. It is no longer available.',
  corrections: 'Corrections',
  correction: 'Correction',
  homeDescription: (siteTitle, sections) => `${siteTitle}: the latest news in ${sections}.`,
  sectionDescription: (sectionTitle, siteTitle) => `The latest news in ${sectionTitle} from ${siteTitle}.`,
  supportTitle: (siteTitle) => `Support ${siteTitle}`,
  supportHide: 'Hide',
  supportLink: 'Support us',
};

const hi: UiStrings = {
  skipToContent: 'सामग्री पर जाएँ',
  backToTop: 'ऊपर जाएँ',
  home: 'मुखपृष्ठ',
  latest: 'ताज़ा',
  trends: 'ट्रेंड्स',
  trendsIntro: 'स्वतंत्र स्रोतों में सबसे तेज़ी से फैल रही ख़बरें।',
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
  fullCoverage: 'पूरी कवरेज',
  alsoPublishedBy: (sourceNames) => `${sourceNames} ने भी प्रकाशित किया`,
  storyCounts: (articles, sources, independent) => `${sources} स्रोतों से ${articles} लेख (${independent} स्वतंत्र)`,
  timeline: 'समयरेखा',
  coverage: 'भाषा और स्रोत के अनुसार हर लेख',
  storyText: 'ख़बर',
  copy: 'प्रति',
  reportUpdated: 'पहली बार प्रकाशित होने के बाद यह ख़बर अपडेट की गई है।',
  newerVersion: 'इस ख़बर का नया संस्करण प्रकाशित हुआ है:',
  earlierVersion: 'पिछला संस्करण',
  earlierVersions: 'पिछले संस्करण',
  goneTitle: 'यह ख़बर हटा ली गई है',
  goneBody: 'संपादकों ने यह ख़बर वापस ले ली है। अब यह उपलब्ध नहीं है।',
  corrections: 'सुधार',
  correction: 'सुधार',
  homeDescription: (siteTitle, sections) => `${siteTitle}: ${sections} की ताज़ा ख़बरें।`,
  sectionDescription: (sectionTitle, siteTitle) => `${siteTitle} पर ${sectionTitle} की ताज़ा ख़बरें।`,
  supportTitle: (siteTitle) => `${siteTitle} का साथ दें`,
  supportHide: 'छिपाएँ',
  supportLink: 'हमारा साथ दें',
};

const es: UiStrings = {
  skipToContent: 'Ir al contenido',
  backToTop: 'Volver arriba',
  home: 'Portada',
  latest: 'Lo último',
  trends: 'Tendencias',
  trendsIntro: 'Las noticias que más rápido se extienden entre fuentes independientes.',
  sectionsNav: 'Secciones',
  editionsNav: 'Ediciones',
  pagination: 'Más páginas',
  olderStories: 'Noticias anteriores',
  newerStories: 'Noticias más recientes',
  page: (n) => `Página ${n}`,
  noStories: 'Todavía no hay noticias aquí.',
  source: 'Fuente',
  readOriginal: 'Leer el original',
  readFullStoryAt: (sourceName) => `Lea la noticia completa en ${sourceName}`,
  published: 'Publicado',
  updated: 'Actualizado',
  moreIn: (sectionTitle) => `Más en ${sectionTitle}`,
  syndicationNotice: 'Aviso de sindicación',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'La página que busca no está aquí. Puede que su dirección haya cambiado o que se haya retirado.',
  goHome: 'Ir a la portada',
  errorTitle: 'Algo salió mal',
  errorBody: 'No se pudo mostrar esta página en este momento. Vuelva a intentarlo dentro de un rato.',
  fullCoverage: 'Cobertura completa',
  alsoPublishedBy: (sourceNames) => `También publicado por ${sourceNames}`,
  storyCounts: (articles, sources, independent) =>
    `${articles} ${articles === 1 ? 'artículo' : 'artículos'} de ${sources} ${sources === 1 ? 'fuente' : 'fuentes'} (${independent} ${independent === 1 ? 'independiente' : 'independientes'})`,
  timeline: 'Cronología',
  coverage: 'Todos los artículos por idioma y fuente',
  storyText: 'La noticia',
  copy: 'copia',
  reportUpdated: 'Esta noticia se ha actualizado desde su primera publicación.',
  newerVersion: 'Se ha publicado una versión más reciente de esta noticia:',
  earlierVersion: 'versión anterior',
  earlierVersions: 'Versiones anteriores',
  goneTitle: 'Esta noticia ha sido retirada',
  goneBody: 'La redacción ha retirado esta noticia. Ya no está disponible.',
  corrections: 'Correcciones',
  correction: 'Corrección',
  homeDescription: (siteTitle, sections) => `${siteTitle}: las últimas noticias de ${sections}.`,
  sectionDescription: (sectionTitle, siteTitle) => `Las últimas noticias de ${sectionTitle} en ${siteTitle}.`,
  supportTitle: (siteTitle) => `Apoye a ${siteTitle}`,
  supportHide: 'Ocultar',
  supportLink: 'Apóyenos',
};

const byLanguage: Readonly<Record<string, UiStrings>> = { en, hi, es };

export function uiStrings(lang: string): UiStrings {
  return byLanguage[lang] ?? en;
}

/** The language whose strings `uiStrings(lang)` returns, for the `lang` attribute of the chrome. */
export function uiLanguage(lang: string): string {
  return lang in byLanguage ? lang : 'en';
}
