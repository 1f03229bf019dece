/**
 * Every word of the desk's own screens, per language: the desk speaks the
 * main edition's language, and English where that language has no entry.
 * Messages say what happened and what to do next.
 */
import type { PasswordProblem } from './password-policy.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.ts';
import type { Role } from './roles.ts';
import { enAdmin, hiAdmin, type AdminStrings } from './admin-strings.ts';
import { enArticles, hiArticles, type ArticleStrings } from './article-strings.ts';
import { enIssueMessage, hiIssueMessage, type IssueMessage } from './qa-issue-strings.ts';

export interface DeskStrings extends ArticleStrings, AdminStrings {
  desk: string;
  home: string;
  review: string;
  users: string;
  audit: string;
  signedInAs: (email: string, role: string) => string;
  logout: string;
  roleName: (role: Role) => string;

  loginTitle: string;
  email: string;
  password: string;
  signIn: string;
  loginFailed: string;
  loginIncomplete: string;
  tooManyAttempts: (wait: string) => string;

  forbiddenTitle: string;
  formExpired: string;
  noPrivilege: (role: string) => string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  errorTitle: string;
  errorBody: string;

  queueTitle: string;
  edition: string;
  waiting: string;
  oldest: string;
  queueEmpty: string;
  sourcesInTrouble: string;
  noSourceTrouble: string;
  source: string;
  problem: string;
  lastSuccess: string;
  never: string;
  failing: (count: number, error: string) => string;
  silent: string;
  recentKills: string;
  noRecentKills: string;
  when: string;
  who: string;
  action: string;
  object: string;
  reason: string;
  actionName: (action: string) => string;
  /** A quality-gate issue code (`unknown-word`, …) in words; an unknown code is shown as it is. */
  issueName: (code: string) => string;
  /** What the gate found in an issue, in a sentence (qa-issue-strings.ts). */
  issueMessage: IssueMessage;
  signedInNow: string;
  lastSeen: string;
  ago: (age: string) => string;

  role: string;
  status: string;
  active: string;
  disabledSince: (date: string) => string;
  created: string;
  lastLogin: string;
  addUser: string;
  add: string;
  disable: string;
  userAdded: (email: string) => string;
  userDisabled: (email: string) => string;
  badEmail: string;
  badRole: string;
  userExists: string;
  noSuchUser: string;
  disabledAlready: string;
  cannotDisableSelf: string;
  lastAdmin: string;
  weakPassword: (problem: PasswordProblem) => string;

  auditTitle: string;
  actor: string;
  anyAction: string;
  filter: string;
  exportJsonl: string;
  address: string;
  change: string;
  olderEntries: string;
  noEntries: string;

  headline: string;
  age: string;
  engine: string;
  issues: string;
  anyEdition: string;
  anySource: string;
  anyIssue: string;
  issueCode: string;
  reviewEmpty: string;
  lastActedBy: string;
  lastAction: (actor: string, action: string, age: string) => string;

  postEditTitle: string;
  sourceText: string;
  targetText: string;
  segment: (n: number) => string;
  originMachine: (engine: string) => string;
  sourceVersion: (version: string) => string;
  translatedFrom: (version: string) => string;
  staleTranslation: string;
  approve: string;
  approveReason: string;
  markersRemain: (segments: number) => string;
  reject: string;
  originMemory: string;
  originHumanMemory: string;
  originStaff: string;
  originCopied: string;
  translateAgain: string;
  translateAgainHint: string;
  translatedAgain: (engine: string, sent: number, human: number) => string;
  noEngineFor: (pair: string) => string;
  translateAgainFailed: string;
  sourceChanged: string;
  sourceChangedSince: (date: string) => string;
  approvedBeforeChange: (date: string) => string;
  sourceChangeUnknown: string;
  headlineChanged: string;
  paragraphRemoved: string;
  paragraphAdded: string;
  unchangedParagraphs: (n: number) => string;
}



const en: DeskStrings = {
  ...enArticles,
  ...enAdmin,
  headline: 'Headline',
  age: 'Age',
  engine: 'Engine',
  issues: 'QA issues',
  anyEdition: 'Any edition',
  anySource: 'Any source',
  anyIssue: 'Any issue',
  issueCode: 'Issue',
  reviewEmpty: 'No translation waiting for review matches.',
  lastActedBy: 'Last acted on by',
  lastAction: (actor, action, age) => `${actor} (${action}, ${age})`,
  postEditTitle: 'Post-editing',
  sourceText: 'Source',
  targetText: 'Translation',
  segment: (n) => `Segment ${n}`,
  originMachine: (engine) => `MT (${engine})`,
  sourceVersion: (version) => `Source article version: ${version}`,
  translatedFrom: (version) => `translated from version ${version}`,
  staleTranslation: 'The source article has changed since this was translated: translate it again before approving.',
  approve: 'Approve',
  reject: 'Reject (take it out of the edition)',
  approveReason: 'Reason for approving with engine markers left in (recorded)',
  markersRemain: (n) => `Not approved: engine markers (*, #, @) remain in ${n} ${n === 1 ? 'segment' : 'segments'}. Fix them, or give a reason.`,
  originMemory: 'memory (MT)',
  originHumanMemory: 'memory (human)',
  originStaff: 'human',
  originCopied: 'as in the source',
  translateAgain: 'Translate again',
  translateAgainHint: 'The engine translates the article anew, not from remembered machine output; sentences reviewers have translated before are kept. The draft below is replaced.',
  translatedAgain: (engine, sent, human) => `Translated again by ${engine}: ${sent} ${sent === 1 ? 'sentence' : 'sentences'} from the engine, ${human} from reviewers' earlier edits. Check it, then approve.`,
  noEngineFor: (pair) => `No translation engine is configured for ${pair}, so this cannot be translated again here. Ask an admin to configure one.`,
  translateAgainFailed: 'The engine did not answer, so the draft was not changed. Try again in a few minutes; if it keeps failing, tell an admin.',
  sourceChanged: 'source changed',
  sourceChangedSince: (date) => `The source article changed on ${date}, after the translation this replaces was made. What changed in the source:`,
  approvedBeforeChange: (date) => `Staff had approved the earlier translation on ${date}; their edits are reused where the source did not change.`,
  sourceChangeUnknown: 'The source text of the earlier translation was not recorded, so its changes cannot be shown.',
  headlineChanged: 'Headline',
  paragraphRemoved: 'removed',
  paragraphAdded: 'added',
  unchangedParagraphs: (n) => `${n} ${n === 1 ? 'paragraph' : 'paragraphs'} unchanged`,
  desk: 'Desk',
  home: 'Home',
  review: 'Review',
  users: 'Users',
  audit: 'Audit log',
  signedInAs: (email, role) => `${email} (${role})`,
  logout: 'Sign out',
  roleName: (role) => ({ translator: 'translator', editor: 'editor', admin: 'admin' })[role],

  loginTitle: 'Sign in to the desk',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  loginFailed: 'Sign-in failed: the email or the password is wrong. Check both and try again.',
  loginIncomplete: 'Enter your email and your password.',
  tooManyAttempts: (wait) => `Too many failed sign-ins. Wait ${wait}, then try again.`,

  forbiddenTitle: 'Not allowed',
  formExpired: 'This form has expired or was sent from another site. Reload the page and send it again.',
  noPrivilege: (role) => `Your role (${role}) does not allow this. Ask an admin if you need it.`,
  notFoundTitle: 'Not found',
  notFoundBody: 'There is no desk page at this address.',
  backHome: 'Back to the desk',
  errorTitle: 'Something went wrong',
  errorBody: 'The desk could not do this just now. Try again in a moment; if it keeps failing, tell an admin.',

  queueTitle: 'Review queue',
  edition: 'Edition',
  waiting: 'Waiting',
  oldest: 'Oldest',
  queueEmpty: 'Nothing waits for review.',
  sourcesInTrouble: 'Sources in trouble',
  noSourceTrouble: 'Every source is fetching normally.',
  source: 'Source',
  problem: 'Problem',
  lastSuccess: 'Last success',
  never: 'never',
  failing: (count, error) => `${count} failed ${count === 1 ? 'fetch' : 'fetches'} in a row: ${error}`,
  silent: 'No new items in the last 7 days',
  recentKills: 'Recent kills and corrections',
  noRecentKills: 'No kills or corrections yet.',
  when: 'When',
  who: 'Who',
  action: 'Action',
  object: 'Object',
  reason: 'Reason',
  actionName: (action) => action,
  issueName: (code) => EN_ISSUES[code] ?? code,
  issueMessage: enIssueMessage,
  signedInNow: 'Signed in now',
  lastSeen: 'Last seen',
  ago: (age) => age,

  role: 'Role',
  status: 'Status',
  active: 'active',
  disabledSince: (date) => `disabled ${date}`,
  created: 'Created',
  lastLogin: 'Last sign-in',
  addUser: 'Add a user',
  add: 'Add',
  disable: 'Disable',
  userAdded: (email) => `Account ${email} added. Give its owner the password in person or by another channel.`,
  userDisabled: (email) => `Account ${email} disabled; its sessions have ended.`,
  badEmail: 'That is not an email address.',
  badRole: 'Choose one of the roles.',
  userExists: 'An account with this email exists already.',
  noSuchUser: 'There is no such account.',
  disabledAlready: 'This account is disabled already.',
  cannotDisableSelf: 'You cannot disable your own account; ask another admin.',
  lastAdmin: 'Not disabled: this is the last active admin account, and the desk needs one to manage accounts. Add another admin first.',
  weakPassword: (problem) => `Password refused: ${englishPasswordProblem(problem)}.`,

  auditTitle: 'Audit log',
  actor: 'Actor',
  anyAction: 'any action',
  filter: 'Filter',
  exportJsonl: 'Export as JSON lines',
  address: 'Address',
  change: 'Change',
  olderEntries: 'Older entries',
  noEntries: 'No entries match.',
};

/** The gate's codes (src/translate/qa) and the pipeline's own reasons to hold a translation. */
const EN_ISSUES: Record<string, string> = {
  'unknown-word': 'unknown word',
  'placeholder-lost': 'link or markup lost',
  'number-missing': 'number missing',
  'wrong-language': 'wrong language',
  'length-ratio': 'length out of line',
  empty: 'empty',
  truncated: 'cut off',
  untranslated: 'left untranslated',
  repetition: 'repetition',
  punctuation: 'punctuation',
  'glossary-term': 'glossary term',
  'licence-review': 'licence asks for review',
  'source-changed': 'source changed',
};

const HI_ISSUES: Record<string, string> = {
  'unknown-word': 'अज्ञात शब्द',
  'placeholder-lost': 'लिंक या मार्कअप छूटा',
  'number-missing': 'संख्या छूटी',
  'wrong-language': 'ग़लत भाषा',
  'length-ratio': 'लंबाई बेमेल',
  empty: 'ख़ाली',
  truncated: 'अधूरा',
  untranslated: 'अनुवाद छूटा',
  repetition: 'दोहराव',
  punctuation: 'विराम चिह्न',
  'glossary-term': 'शब्दावली',
  'licence-review': 'लाइसेंस के अनुसार समीक्षा',
  'source-changed': 'स्रोत बदला',
};

const HI_ROLES: Record<Role, string> = { translator: 'अनुवादक', editor: 'संपादक', admin: 'एडमिन' };

const HI_ACTIONS: Record<string, string> = {
  login: 'साइन इन',
  'login-failed': 'साइन इन विफल',
  logout: 'साइन आउट',
  'user-add': 'उपयोगकर्ता जोड़ा',
  'user-disable': 'उपयोगकर्ता बंद किया',
  'user-passwd': 'पासवर्ड बदला',
  edit: 'संपादन',
  approve: 'अनुमोदन',
  reject: 'अस्वीकार',
  kill: 'हटाया (किल)',
  restore: 'बहाल किया',
  correct: 'सुधार',
  embargo: 'प्रतिबंध (एम्बार्गो)',
  'source-change': 'स्रोत बदला',
  'wire-update': 'वायर से अपडेट',
  'translate-again': 'दोबारा अनुवाद',
  'two-factor-on': 'दो-चरण साइन इन चालू',
  'two-factor-reset': 'दो-चरण साइन इन हटाया',
};

const hi: DeskStrings = {
  ...hiArticles,
  ...hiAdmin,
  headline: 'शीर्षक',
  age: 'कब से',
  engine: 'इंजन',
  issues: 'गुणवत्ता समस्याएँ',
  anyEdition: 'सभी संस्करण',
  anySource: 'सभी स्रोत',
  anyIssue: 'सभी समस्याएँ',
  issueCode: 'समस्या',
  reviewEmpty: 'समीक्षा के लिए ऐसा कोई अनुवाद बाकी नहीं है।',
  lastActedBy: 'आख़िरी कार्रवाई किसकी',
  lastAction: (actor, action, age) => `${actor} (${action}, ${age})`,
  postEditTitle: 'अनुवाद संपादन',
  sourceText: 'मूल',
  targetText: 'अनुवाद',
  segment: (n) => `खंड ${n}`,
  originMachine: (engine) => `मशीन (${engine})`,
  sourceVersion: (version) => `मूल लेख का संस्करण: ${version}`,
  translatedFrom: (version) => `अनुवाद संस्करण ${version} से हुआ`,
  staleTranslation: 'अनुवाद के बाद मूल लेख बदल गया है: अनुमोदन से पहले दोबारा अनुवाद कराएँ।',
  approve: 'अनुमोदन करें',
  reject: 'अस्वीकार करें (संस्करण से हटाएँ)',
  approveReason: 'इंजन के चिह्न रहते हुए अनुमोदन का कारण (दर्ज किया जाएगा)',
  markersRemain: (n) => `अनुमोदन नहीं हुआ: ${n} खंडों में इंजन के चिह्न (*) बाकी हैं`,
  originMemory: 'स्मृति (मशीन)',
  originHumanMemory: 'स्मृति (मानव)',
  originStaff: 'मानव',
  originCopied: 'मूल जैसा',
  translateAgain: 'दोबारा अनुवाद करें',
  translateAgainHint: 'इंजन लेख का नए सिरे से अनुवाद करेगा, याद रखे मशीन अनुवाद से नहीं; समीक्षकों के पहले अनुवादित वाक्य रखे जाएँगे। नीचे का मसौदा बदल जाएगा।',
  translatedAgain: (engine, sent, human) => `${engine} ने दोबारा अनुवाद किया: ${sent} वाक्य इंजन से, ${human} समीक्षकों के पिछले संपादनों से। जाँचकर अनुमोदन करें।`,
  noEngineFor: (pair) => `${pair} के लिए कोई अनुवाद इंजन कॉन्फ़िगर नहीं है, इसलिए यहाँ दोबारा अनुवाद नहीं हो सकता। किसी एडमिन से इंजन जुड़वाएँ।`,
  translateAgainFailed: 'इंजन ने जवाब नहीं दिया, इसलिए मसौदा नहीं बदला। कुछ मिनट बाद फिर कोशिश करें; बार-बार हो तो किसी एडमिन को बताएँ।',
  sourceChanged: 'मूल बदला',
  sourceChangedSince: (date) => `मूल लेख ${date} को बदला, उस अनुवाद के बाद जिसकी जगह यह है। मूल में क्या बदला:`,
  approvedBeforeChange: (date) => `पिछले अनुवाद का अनुमोदन ${date} को हुआ था; जहाँ मूल नहीं बदला, वहाँ उसके संपादन फिर से लिए गए हैं।`,
  sourceChangeUnknown: 'पिछले अनुवाद का मूल पाठ दर्ज नहीं है, इसलिए बदलाव नहीं दिखाए जा सकते।',
  headlineChanged: 'शीर्षक',
  paragraphRemoved: 'हटाया',
  paragraphAdded: 'जोड़ा',
  unchangedParagraphs: (n) => `${n} अनुच्छेद नहीं बदले`,
  desk: 'डेस्क',
  home: 'मुखपृष्ठ',
  review: 'समीक्षा',
  users: 'उपयोगकर्ता',
  audit: 'ऑडिट लॉग',
  signedInAs: (email, role) => `${email} (${role})`,
  logout: 'साइन आउट',
  roleName: (role) => HI_ROLES[role],

  loginTitle: 'डेस्क में साइन इन करें',
  email: 'ईमेल',
  password: 'पासवर्ड',
  signIn: 'साइन इन',
  loginFailed: 'साइन इन नहीं हुआ: ईमेल या पासवर्ड ग़लत है। दोनों जाँचकर फिर कोशिश करें।',
  loginIncomplete: 'अपना ईमेल और पासवर्ड लिखें।',
  tooManyAttempts: (wait) => `बहुत बार ग़लत साइन इन हुआ। ${wait} रुककर फिर कोशिश करें।`,

  forbiddenTitle: 'अनुमति नहीं',
  formExpired: 'यह फ़ॉर्म पुराना हो गया है या किसी दूसरी साइट से भेजा गया है। पृष्ठ दोबारा लोड करके फिर भेजें।',
  noPrivilege: (role) => `आपकी भूमिका (${role}) में यह अनुमति नहीं है। ज़रूरत हो तो किसी एडमिन से कहें।`,
  notFoundTitle: 'नहीं मिला',
  notFoundBody: 'इस पते पर डेस्क का कोई पृष्ठ नहीं है।',
  backHome: 'डेस्क पर लौटें',
  errorTitle: 'कुछ गड़बड़ हो गई',
  errorBody: 'डेस्क अभी यह नहीं कर सका। थोड़ी देर में फिर कोशिश करें; बार-बार हो तो किसी एडमिन को बताएँ।',

  queueTitle: 'समीक्षा कतार',
  edition: 'संस्करण',
  waiting: 'प्रतीक्षा में',
  oldest: 'सबसे पुराना',
  queueEmpty: 'समीक्षा के लिए कुछ बाकी नहीं है।',
  sourcesInTrouble: 'दिक़्क़त वाले स्रोत',
  noSourceTrouble: 'सभी स्रोत ठीक से आ रहे हैं।',
  source: 'स्रोत',
  problem: 'दिक़्क़त',
  lastSuccess: 'आख़िरी सफलता',
  never: 'कभी नहीं',
  failing: (count, error) => `लगातार ${count} बार फ़ेच विफल: ${error}`,
  silent: 'पिछले 7 दिनों में कोई नई ख़बर नहीं',
  recentKills: 'हाल में हटाई और सुधारी गई ख़बरें',
  noRecentKills: 'अभी तक कोई ख़बर हटाई या सुधारी नहीं गई।',
  when: 'कब',
  who: 'किसने',
  action: 'कार्रवाई',
  object: 'किस पर',
  reason: 'कारण',
  actionName: (action) => HI_ACTIONS[action] ?? action,
  issueName: (code) => HI_ISSUES[code] ?? code,
  issueMessage: hiIssueMessage,
  signedInNow: 'अभी साइन इन',
  lastSeen: 'आख़िरी बार',
  ago: (age) => age,

  role: 'भूमिका',
  status: 'स्थिति',
  active: 'सक्रिय',
  disabledSince: (date) => `${date} से बंद`,
  created: 'बनाया गया',
  lastLogin: 'आख़िरी साइन इन',
  addUser: 'उपयोगकर्ता जोड़ें',
  add: 'जोड़ें',
  disable: 'बंद करें',
  userAdded: (email) => `खाता ${email} जोड़ दिया गया। पासवर्ड उसके मालिक को ख़ुद या किसी दूसरे माध्यम से दें।`,
  userDisabled: (email) => `खाता ${email} बंद कर दिया गया; उसके सभी सत्र ख़त्म हो गए।`,
  badEmail: 'यह ईमेल पता नहीं है।',
  badRole: 'कोई एक भूमिका चुनें।',
  userExists: 'इस ईमेल का खाता पहले से है।',
  noSuchUser: 'ऐसा कोई खाता नहीं है।',
  disabledAlready: 'यह खाता पहले से बंद है।',
  cannotDisableSelf: 'आप अपना ही खाता बंद नहीं कर सकते; किसी दूसरे एडमिन से कहें।',
  lastAdmin: 'खाता बंद नहीं हुआ: यह आख़िरी सक्रिय एडमिन खाता है, और खातों के प्रबंधन के लिए डेस्क को एक एडमिन चाहिए। पहले कोई दूसरा एडमिन जोड़ें।',
  weakPassword: (problem) => `पासवर्ड स्वीकार नहीं: ${hindiPasswordProblem(problem)}।`,

  auditTitle: 'ऑडिट लॉग',
  actor: 'किसने',
  anyAction: 'कोई भी कार्रवाई',
  filter: 'छाँटें',
  exportJsonl: 'JSON lines में निर्यात करें',
  address: 'पता (IP)',
  change: 'बदलाव',
  olderEntries: 'पुरानी प्रविष्टियाँ',
  noEntries: 'कोई प्रविष्टि मेल नहीं खाती।',
};

function englishPasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too-short':
      return `it needs at least ${MIN_PASSWORD_LENGTH} characters (it has ${problem.length})`;
    case 'too-long':
      return `it may have at most ${MAX_PASSWORD_LENGTH} characters`;
    case 'is-email':
      return 'it is the account\'s own email address';
    case 'common':
      return 'it is one of the most common passwords';
    case 'one-character':
      return 'it is one character repeated';
    case 'sequence':
      return 'it is a plain run of digits or letters';
  }
}

function hindiPasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too-short':
      return `कम से कम ${MIN_PASSWORD_LENGTH} अक्षर चाहिए (इसमें ${problem.length} हैं)`;
    case 'too-long':
      return `अधिकतम ${MAX_PASSWORD_LENGTH} अक्षर हो सकते हैं`;
    case 'is-email':
      return 'यह खाते का अपना ईमेल पता है';
    case 'common':
      return 'यह सबसे आम पासवर्डों में से एक है';
    case 'one-character':
      return 'इसमें एक ही अक्षर दोहराया गया है';
    case 'sequence':
      return 'यह अंकों या अक्षरों का सीधा क्रम है';
  }
}

const byLanguage: Readonly<Record<string, DeskStrings>> = { en, hi };

export function deskStrings(lang: string): DeskStrings {
  return byLanguage[lang] ?? en;
}

/** The language `deskStrings(lang)` speaks, for `<html lang>`. */
export function deskLanguage(lang: string): string {
  return lang in byLanguage ? lang : 'en';
}
