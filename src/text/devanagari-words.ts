/**
 * Hindi, Marathi and Nepali share the Devanagari script, and a character
 * n-gram detector confuses them on short text: on a one-line Hindi news
 * sentence eld can answer Marathi, and it has no Nepali model at all. Their
 * grammatical words differ, though, and those are frequent enough to decide
 * even a headline. Each list holds stand-alone words common in news prose in
 * one language and rare as separate words in the other two.
 */

export const HINDI_WORDS: ReadonlySet<string> = new Set([
  'है', 'हैं', 'था', 'थी', 'थे', 'का', 'की', 'के', 'को', 'में', 'ने', 'से', 'पर', 'और',
  'कि', 'यह', 'वह', 'गया', 'गई', 'गए', 'किया', 'रहा', 'रही', 'रहे', 'लिए', 'भी', 'नहीं',
  'एक', 'इस', 'उस', 'साथ', 'बाद', 'कहा', 'बताया',
]);

export const MARATHI_WORDS: ReadonlySet<string> = new Set([
  'आहे', 'आहेत', 'आणि', 'होते', 'होता', 'होती', 'केले', 'केली', 'झाला', 'झाली', 'झाले',
  'नाही', 'असून', 'मध्ये', 'या', 'व', 'हे', 'त्यांनी', 'करण्यात', 'आले', 'आली', 'पण',
]);

export const NEPALI_WORDS: ReadonlySet<string> = new Set([
  'छ', 'छन्', 'छैन', 'र', 'पनि', 'हो', 'गरेको', 'भएको', 'गरे', 'थियो', 'लागि', 'भने',
  'गर्न', 'यो', 'गरेका', 'भएका', 'गर्ने', 'हुने',
]);

/** Letters and marks of the Devanagari block, one word at a time. */
const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097f]+/gu;

/**
 * The language whose grammatical words clearly dominate, or null when the
 * text has too few of them or two languages tie.
 */
export function devanagariLanguageByWords(text: string): 'hi' | 'mr' | 'ne' | null {
  const counts = { hi: 0, mr: 0, ne: 0 };
  for (const [word] of text.normalize('NFC').matchAll(DEVANAGARI_WORD)) {
    if (HINDI_WORDS.has(word)) counts.hi++;
    if (MARATHI_WORDS.has(word)) counts.mr++;
    if (NEPALI_WORDS.has(word)) counts.ne++;
  }
  const ranked = (Object.entries(counts) as ['hi' | 'mr' | 'ne', number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return null;
  return first[0];
}
