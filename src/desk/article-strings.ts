/**
 * The desk's words for articles: the list, the article page, its revisions
 * and the refusals of article actions, per language (desk-strings.ts joins
 * them to the rest). Field and state names are the desk's own, never the
 * store's identifiers.
 */
import type { ArticleStatus, LicenceRules } from '../store/store.ts';

export interface ArticleStrings {
  articles: string;
  allArticles: string;
  allKilledArticles: string;
  searchHeadline: string;
  anyStatus: string;
  statusName: (status: ArticleStatus) => string;
  language: string;
  anyLanguage: string;
  publishedAt: string;
  revisionShort: string;
  noArticles: string;
  newerPage: string;
  olderPage: string;

  articleState: (status: string, revision: number) => string;
  killedBy: (by: string, when: string, reason: string) => string;
  embargoedUntil: (when: string) => string;
  publicPage: string;
  licenceAllows: (source: string, licence: string | null, edits: LicenceRules['edits']) => string;
  lockedByLicence: string;
  fieldName: (field: string) => string;
  paragraph: (n: number) => string;
  newParagraph: string;
  paragraphHelp: string;
  otherBlocks: (n: number) => string;
  save: string;
  correctionNote: string;
  saveAsCorrection: string;
  killTitle: string;
  killReason: string;
  kill: string;
  restoreTitle: string;
  restoreReason: string;
  restore: string;
  correctionsTitle: string;
  revisionsTitle: string;
  noRevisions: string;
  fields: string;
  showChanges: string;
  savedAs: (revision: number) => string;
  nothingChanged: string;
  correctedAs: (revision: number) => string;
  killedNotice: string;
  restoredNotice: string;
  revisionConflict: (who: string | null, action: string, when: string, current: number, opened: number) => string;
  licenceRefused: (source: string, licence: string | null, edits: 'headline' | 'none', fields: string[]) => string;
  killNeedsReason: string;
  correctionNeedsNote: string;
  headlineEmpty: string;
  alreadyKilled: string;
  notKilled: string;
  editRefused: (detail: string) => string;
  formMissingRevision: string;
  yourUnsavedText: string;
  revisionTitle: (n: number) => string;
  comparedWith: (n: number) => string;
  heldBack: string;
  backToArticle: string;
  figure: (alt: string) => string;
}

const EN_FIELDS: Record<string, string> = { headline: 'the headline', standfirst: 'the standfirst', dateline: 'the dateline', body: 'the body', section: 'the section', status: 'the state' };
const EN_STATUSES: Record<ArticleStatus, string> = { published: 'published', killed: 'killed', embargoed: 'embargoed' };

export const enArticles: ArticleStrings = {
  articles: 'Articles',
  allArticles: 'All articles',
  allKilledArticles: 'Every killed article',
  searchHeadline: 'Headline contains',
  anyStatus: 'Any state',
  statusName: (status) => EN_STATUSES[status],
  language: 'Language',
  anyLanguage: 'Any language',
  publishedAt: 'Published',
  revisionShort: 'Rev.',
  noArticles: 'No article matches.',
  newerPage: 'Newer',
  olderPage: 'Older',

  articleState: (status, revision) => `State: ${status} · revision ${revision}`,
  killedBy: (by, when, reason) => `Killed by ${by} on ${when}: ${reason}`,
  embargoedUntil: (when) => `Embargoed until ${when}: readers cannot see it before then.`,
  publicPage: 'Public page',
  licenceAllows: (source, licence, edits) => {
    const named = licence ? `The licence of ${source} ("${licence}")` : `The licence configured for ${source}`;
    if (edits === 'full') return `${named} allows any change.`;
    if (edits === 'headline') return `${named} allows staff to change the headline only: the standfirst, dateline and body are locked. The section can always be changed.`;
    return `${named} allows no change to the copy: only the section can be changed.`;
  },
  lockedByLicence: 'locked by the licence',
  fieldName: (field) => (EN_FIELDS[field] ?? field).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase()),
  paragraph: (n) => `Paragraph ${n}`,
  newParagraph: 'New paragraph (optional)',
  paragraphHelp: 'Write a link as [its words](https://…). Empty a paragraph to remove it.',
  otherBlocks: (n) => `${n} other ${n === 1 ? 'block' : 'blocks'} (headings, quotes, lists, tables, images) keep their place and are not edited here.`,
  save: 'Save',
  correctionNote: 'Correction note: what was wrong (shown to readers with the date)',
  saveAsCorrection: 'Save as a correction',
  killTitle: 'Take it down (kill)',
  killReason: 'Reason (required, recorded)',
  kill: 'Kill: take it off the site',
  restoreTitle: 'Bring it back (restore)',
  restoreReason: 'Reason (optional, recorded)',
  restore: 'Restore: put it back on the site',
  correctionsTitle: 'Corrections',
  revisionsTitle: 'Revisions',
  noRevisions: 'No change since it was first published from its feed.',
  fields: 'Fields',
  showChanges: 'Changes',
  savedAs: (revision) => `Saved as revision ${revision}.`,
  nothingChanged: 'Nothing was changed, so no revision was made.',
  correctedAs: (revision) => `Correction saved as revision ${revision}; the note is on the public page.`,
  killedNotice: 'Killed: its pages now answer 410 Gone and it has left every list.',
  restoredNotice: 'Restored: it is back on the site.',
  revisionConflict: (who, action, when, current, opened) =>
    `Not saved: ${who ?? 'someone'} changed this article (${action}, ${when}) after you opened it. It is now at revision ${current}; you opened revision ${opened}. ` +
    'Below is the current text, with your unsaved text under it: make your change again on the current text.',
  licenceRefused: (source, licence, edits, fields) => {
    const named = licence ? `the licence of ${source} ("${licence}")` : `the licence configured for ${source}`;
    const allows = edits === 'headline' ? 'allows staff to change the headline only' : 'allows no change to the copy';
    return `Not saved: ${named} ${allows}; ${englishList(fields.map((f) => EN_FIELDS[f] ?? f))} may not be changed.`;
  },
  killNeedsReason: 'Not killed: give the reason for taking it down.',
  correctionNeedsNote: 'Not saved: a correction needs a note saying what was corrected.',
  headlineEmpty: 'Not saved: the headline cannot be empty.',
  alreadyKilled: 'It is killed already.',
  notKilled: 'It is not killed; there is nothing to restore.',
  editRefused: (detail) => `Not saved: ${detail}.`,
  formMissingRevision: 'This form does not say which revision it was opened at. Reload the page and make the change again.',
  yourUnsavedText: 'Your unsaved text',
  revisionTitle: (n) => `Revision ${n}`,
  comparedWith: (n) => `compared with revision ${n}`,
  heldBack: 'Sent by the wire but not applied, because staff had changed these fields',
  backToArticle: 'Back to the article',
  figure: (alt) => `[image: ${alt}]`,
};

function englishList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const HI_FIELDS: Record<string, string> = { headline: 'शीर्षक', standfirst: 'सार', dateline: 'डेटलाइन', body: 'मुख्य पाठ', section: 'सेक्शन', status: 'स्थिति' };
const HI_STATUSES: Record<ArticleStatus, string> = { published: 'प्रकाशित', killed: 'हटाया गया (किल)', embargoed: 'प्रतिबंधित (एम्बार्गो)' };

export const hiArticles: ArticleStrings = {
  articles: 'लेख',
  allArticles: 'सभी लेख',
  allKilledArticles: 'सभी हटाए गए लेख',
  searchHeadline: 'शीर्षक में',
  anyStatus: 'कोई भी स्थिति',
  statusName: (status) => HI_STATUSES[status],
  language: 'भाषा',
  anyLanguage: 'कोई भी भाषा',
  publishedAt: 'प्रकाशन',
  revisionShort: 'संशोधन',
  noArticles: 'कोई लेख मेल नहीं खाता।',
  newerPage: 'नए',
  olderPage: 'पुराने',

  articleState: (status, revision) => `स्थिति: ${status} · संशोधन ${revision}`,
  killedBy: (by, when, reason) => `${by} ने ${when} को हटाया: ${reason}`,
  embargoedUntil: (when) => `${when} तक प्रतिबंधित: उससे पहले पाठक इसे नहीं देख सकते।`,
  publicPage: 'सार्वजनिक पृष्ठ',
  licenceAllows: (source, licence, edits) => {
    const named = licence ? `${source} का लाइसेंस ("${licence}")` : `${source} के लिए तय लाइसेंस`;
    if (edits === 'full') return `${named} हर बदलाव की अनुमति देता है।`;
    if (edits === 'headline') return `${named} सिर्फ़ शीर्षक बदलने की अनुमति देता है: सार, डेटलाइन और मुख्य पाठ बंद हैं। सेक्शन हमेशा बदला जा सकता है।`;
    return `${named} सामग्री में कोई बदलाव नहीं होने देता: सिर्फ़ सेक्शन बदला जा सकता है।`;
  },
  lockedByLicence: 'लाइसेंस के कारण बंद',
  fieldName: (field) => HI_FIELDS[field] ?? field,
  paragraph: (n) => `अनुच्छेद ${n}`,
  newParagraph: 'नया अनुच्छेद (वैकल्पिक)',
  paragraphHelp: 'लिंक ऐसे लिखें: [शब्द](https://…)। किसी अनुच्छेद को हटाने के लिए उसे ख़ाली कर दें।',
  otherBlocks: (n) => `${n} दूसरे हिस्से (उपशीर्षक, उद्धरण, सूचियाँ, तालिकाएँ, चित्र) अपनी जगह रहते हैं और यहाँ संपादित नहीं होते।`,
  save: 'सहेजें',
  correctionNote: 'सुधार की सूचना: क्या ग़लत था (तारीख़ के साथ पाठकों को दिखेगी)',
  saveAsCorrection: 'सुधार के रूप में सहेजें',
  killTitle: 'साइट से हटाएँ (किल)',
  killReason: 'कारण (ज़रूरी, दर्ज होगा)',
  kill: 'किल करें: साइट से हटाएँ',
  restoreTitle: 'वापस लाएँ (बहाल करें)',
  restoreReason: 'कारण (वैकल्पिक, दर्ज होगा)',
  restore: 'बहाल करें: साइट पर वापस लाएँ',
  correctionsTitle: 'सुधार',
  revisionsTitle: 'संशोधन',
  noRevisions: 'फ़ीड से पहली बार छपने के बाद कोई बदलाव नहीं हुआ।',
  fields: 'क्या बदला',
  showChanges: 'बदलाव देखें',
  savedAs: (revision) => `संशोधन ${revision} के रूप में सहेजा गया।`,
  nothingChanged: 'कुछ नहीं बदला, इसलिए कोई संशोधन नहीं बना।',
  correctedAs: (revision) => `सुधार संशोधन ${revision} के रूप में सहेजा गया; सूचना सार्वजनिक पृष्ठ पर है।`,
  killedNotice: 'हटा दिया गया: इसके पृष्ठ अब 410 (Gone) देते हैं और यह हर सूची से हट गया है।',
  restoredNotice: 'बहाल हो गया: यह फिर से साइट पर है।',
  revisionConflict: (who, action, when, current, opened) =>
    `सहेजा नहीं गया: आपके खोलने के बाद ${who ?? 'किसी और'} ने यह लेख बदल दिया (${action}, ${when})। अब यह संशोधन ${current} पर है; आपने संशोधन ${opened} खोला था। ` +
    'नीचे मौजूदा पाठ है और उसके नीचे आपका बिना सहेजा पाठ: अपना बदलाव मौजूदा पाठ पर दोबारा करें।',
  licenceRefused: (source, licence, edits, fields) => {
    const named = licence ? `${source} का लाइसेंस ("${licence}")` : `${source} के लिए तय लाइसेंस`;
    const allows = edits === 'headline' ? 'सिर्फ़ शीर्षक बदलने की अनुमति देता है' : 'सामग्री में कोई बदलाव नहीं होने देता';
    return `सहेजा नहीं गया: ${named} ${allows}; ${hindiList(fields.map((f) => HI_FIELDS[f] ?? f))} नहीं बदला जा सकता।`;
  },
  killNeedsReason: 'किल नहीं हुआ: हटाने का कारण लिखें।',
  correctionNeedsNote: 'सहेजा नहीं गया: सुधार के लिए यह लिखना ज़रूरी है कि क्या सुधारा गया।',
  headlineEmpty: 'सहेजा नहीं गया: शीर्षक ख़ाली नहीं हो सकता।',
  alreadyKilled: 'यह पहले से हटाया जा चुका है।',
  notKilled: 'यह हटाया नहीं गया है; बहाल करने को कुछ नहीं है।',
  editRefused: (detail) => `सहेजा नहीं गया: ${detail}।`,
  formMissingRevision: 'इस फ़ॉर्म में यह नहीं है कि इसे किस संशोधन पर खोला गया था। पृष्ठ दोबारा लोड करके बदलाव फिर करें।',
  yourUnsavedText: 'आपका बिना सहेजा पाठ',
  revisionTitle: (n) => `संशोधन ${n}`,
  comparedWith: (n) => `संशोधन ${n} से तुलना`,
  heldBack: 'वायर ने भेजा पर लागू नहीं हुआ, क्योंकि ये हिस्से स्टाफ़ बदल चुका था',
  backToArticle: 'लेख पर लौटें',
  figure: (alt) => `[चित्र: ${alt}]`,
};

function hindiList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} और ${items.at(-1)}`;
}
