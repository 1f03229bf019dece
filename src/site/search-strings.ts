/**
 * The words of the search page and the header's search link, per interface
 * language, beside the site's other strings (ui-strings.ts) but in a file of
 * their own. A language without an entry falls back to English.
 */

export interface SearchStrings {
  /** The header link and the page's heading. */
  search: string;
  /** The label of the query field. */
  queryLabel: string;
  submit: string;
  /** Under the form: what can be typed. */
  hint: string;
  /** The page's title with a query. */
  resultsFor: (query: string) => string;
  noResults: (query: string) => string;
  /** The query had no word to search for (empty, or punctuation only). */
  emptyQuery: string;
  /** The query was cut to its first `max` characters, or its first `words` words. */
  truncated: (max: number, words: number) => string;
  pagination: string;
  previous: string;
  next: string;
  page: (n: number) => string;
  /** The result is a translation into the edition's language. */
  translated: string;
  description: (siteTitle: string) => string;
}

const en: SearchStrings = {
  search: 'Search',
  queryLabel: 'Search the news',
  submit: 'Search',
  hint: 'Words in Hindi, English or Hindi in Latin letters (bhukamp, modi) all work.',
  resultsFor: (query) => `Search results for “${query}”`,
  noResults: (query) => `No articles match “${query}”.`,
  emptyQuery: 'Type one or more words to search for.',
  truncated: (max, words) => `Your search was long, so only part of it was used: its first ${max} characters, and at most ${words} words.`,
  pagination: 'More results',
  previous: 'Previous results',
  next: 'More results',
  page: (n) => `Page ${n}`,
  translated: 'Machine translation',
  description: (siteTitle) => `Search the articles of ${siteTitle}.`,
};

const hi: SearchStrings = {
  search: 'खोजें',
  queryLabel: 'समाचार खोजें',
  submit: 'खोजें',
  hint: 'हिंदी, अंग्रेज़ी या रोमन लिपि में हिंदी (bhukamp, modi) — सभी से खोज सकते हैं।',
  resultsFor: (query) => `“${query}” के खोज परिणाम`,
  noResults: (query) => `“${query}” से मेल खाता कोई लेख नहीं मिला।`,
  emptyQuery: 'खोजने के लिए एक या अधिक शब्द लिखें।',
  truncated: (max, words) => `आपकी खोज लंबी थी, इसलिए उसका केवल एक हिस्सा इस्तेमाल हुआ: पहले ${max} अक्षर और अधिकतम ${words} शब्द।`,
  pagination: 'और परिणाम',
  previous: 'पिछले परिणाम',
  next: 'और परिणाम',
  page: (n) => `पृष्ठ ${n}`,
  translated: 'मशीन अनुवाद',
  description: (siteTitle) => `${siteTitle} के लेखों में खोजें।`,
};

const es: SearchStrings = {
  search: 'Buscar',
  queryLabel: 'Buscar noticias',
  submit: 'Buscar',
  hint: 'Puede buscar en hindi, en inglés, en español o en hindi con letras latinas (bhukamp, modi).',
  resultsFor: (query) => `Resultados de la búsqueda «${query}»`,
  noResults: (query) => `Ningún artículo coincide con «${query}».`,
  emptyQuery: 'Escriba una o más palabras para buscar.',
  truncated: (max, words) => `Su búsqueda era larga: solo se usó una parte, sus primeros ${max} caracteres y como mucho ${words} palabras.`,
  pagination: 'Más resultados',
  previous: 'Resultados anteriores',
  next: 'Más resultados',
  page: (n) => `Página ${n}`,
  translated: 'Traducción automática',
  description: (siteTitle) => `Buscar en los artículos de ${siteTitle}.`,
};

const ur: SearchStrings = {
  search: 'تلاش',
  queryLabel: 'خبریں تلاش کریں',
  submit: 'تلاش کریں',
  hint: 'ہندی، انگریزی، اردو یا لاطینی حروف میں ہندی (bhukamp, modi) سے تلاش کر سکتے ہیں۔',
  resultsFor: (query) => `“${query}” کے نتائج`,
  noResults: (query) => `“${query}” سے ملتا کوئی مضمون نہیں ملا۔`,
  emptyQuery: 'تلاش کے لیے ایک یا زیادہ الفاظ لکھیں۔',
  truncated: (max, words) => `آپ کی تلاش لمبی تھی، اس لیے اس کا صرف ایک حصہ استعمال ہوا: پہلے ${max} حروف اور زیادہ سے زیادہ ${words} الفاظ۔`,
  pagination: 'مزید نتائج',
  previous: 'پچھلے نتائج',
  next: 'مزید نتائج',
  page: (n) => `صفحہ ${n}`,
  translated: 'مشینی ترجمہ',
  description: (siteTitle) => `${siteTitle} کے مضامین میں تلاش کریں۔`,
};

const byLanguage: Readonly<Record<string, SearchStrings>> = { en, hi, es, ur };

export function searchStrings(lang: string): SearchStrings {
  return byLanguage[lang] ?? en;
}

/** The language whose strings `searchStrings(lang)` returns, for `lang` attributes. */
export function searchLanguage(lang: string): string {
  return lang in byLanguage ? lang : 'en';
}
