/**
 * The desk's words for the admin's sources and settings pages, per language
 * (desk-strings.ts joins them to the rest).
 */
import type { SourceErrorKind, SourceOrigin } from '../store/store.ts';
import type { SourceProblem } from './source-actions.ts';

export interface AdminStrings {
  sources: string;
  settings: string;
  allSources: string;

  sourcesIntro: string;
  configSourcesNote: (file: string) => string;
  cliAddHint: string;
  originName: (origin: SourceOrigin) => string;
  state: string;
  activeSource: string;
  pausedSince: (when: string) => string;
  lastFetch: string;
  httpStatus: string;
  errorKind: string;
  /** The kind's name, then its code as the JSON API gives it. */
  errorKindName: (kind: SourceErrorKind) => string;
  bodyStart: string;
  failures: string;
  entries: string;
  perDay: string;
  nextFetch: string;
  actions: string;
  pause: string;
  resume: string;
  fetchNow: string;
  remove: string;
  removeConfirm: (id: string) => string;
  reasonOptional: string;
  noSources: string;
  addSource: string;
  sourceId: string;
  sourceName: string;
  feedUrl: string;
  section: string;
  mode: string;
  format: string;
  languageOrAuto: string;
  sourceDone: (change: SourceChangeName, id: string) => string;
  sourceProblem: (problem: SourceProblem, id: string) => string;
  badSourceForm: (fields: string) => string;
  confirmMismatch: (id: string) => string;

  settingsIntro: (file: string) => string;
  site: string;
  baseUrl: string;
  timeZone: string;
  database: string;
  databaseKind: (kind: 'sqlite' | 'postgres') => string;
  editions: string;
  path: string;
  title: string;
  engines: string;
  noEngines: string;
  pairs: string;
  licenceRules: string;
  licenceEdits: string;
  licenceTranslation: string;
  licenceText: string;
  fullConfiguration: string;
  redactedNote: string;

  account: string;
  loginCodePrompt: string;
  loginCodeFailed: string;
  loginCodeExpired: string;
  twoFactor: string;
  twoFactorOn: string;
  twoFactorLost: string;
  twoFactorOff: string;
  twoFactorSteps: string;
  twoFactorSecret: string;
  twoFactorCode: string;
  turnOn: string;
  twoFactorEnabled: string;
  twoFactorProblem: (code: 'already-on' | 'not-on' | 'bad-secret' | 'wrong-code') => string;
}

export type SourceChangeName = 'pause' | 'resume' | 'fetch-now' | 'add' | 'remove';

const EN_ERROR_KINDS: Record<SourceErrorKind, string> = {
  status: 'HTTP error',
  network: 'network',
  timeout: 'timed out',
  'too-large': 'too large',
  redirects: 'too many redirects',
  'unsupported-url': 'not an http(s) URL',
  file: 'unreadable file',
  robots: 'refused by robots.txt',
  held: 'host asked to wait',
  refused: 'private address',
  'not-a-feed': 'not a feed',
  other: 'other',
};

const HI_ERROR_KINDS: Record<SourceErrorKind, string> = {
  status: 'HTTP त्रुटि',
  network: 'नेटवर्क',
  timeout: 'समय समाप्त',
  'too-large': 'बहुत बड़ा',
  redirects: 'बहुत रीडायरेक्ट',
  'unsupported-url': 'http(s) URL नहीं',
  file: 'फ़ाइल पढ़ी नहीं गई',
  robots: 'robots.txt ने मना किया',
  held: 'होस्ट ने रुकने को कहा',
  refused: 'निजी पता',
  'not-a-feed': 'फ़ीड नहीं',
  other: 'अन्य',
};

export const enAdmin: AdminStrings = {
  sources: 'Sources',
  settings: 'Settings',
  allSources: 'All sources and their actions',
  sourcesIntro: 'Every source with how its last fetch went. A paused source is skipped by every pass until it is resumed; its articles stay published.',
  configSourcesNote: (file) => `Sources from ${file} are synced from that file at every start: to change or remove one, edit the file. They can be paused here.`,
  cliAddHint: 'On the server the same is done with: wiredesk sources add URL --id ID --section SECTION',
  originName: (origin) => ({ config: 'configuration file', cli: 'command line', desk: 'desk' })[origin],
  state: 'State',
  activeSource: 'fetched',
  pausedSince: (when) => `paused since ${when}`,
  lastFetch: 'Last fetch',
  httpStatus: 'HTTP',
  errorKind: 'Last error',
  errorKindName: (kind) => `${EN_ERROR_KINDS[kind]} (${kind})`,
  bodyStart: 'The server sent',
  failures: 'Failures in a row',
  entries: 'Entries',
  perDay: 'Per day',
  nextFetch: 'Next fetch',
  actions: 'Actions',
  pause: 'Pause',
  resume: 'Resume',
  fetchNow: 'Fetch now',
  remove: 'Remove',
  removeConfirm: (id) => `Removing deletes its entries and articles. Type ${id} to confirm`,
  reasonOptional: 'Reason (optional, recorded)',
  noSources: 'No sources yet.',
  addSource: 'Add a source',
  sourceId: 'Id (lowercase letters, digits, dashes)',
  sourceName: 'Name',
  feedUrl: 'Feed URL (http or https)',
  section: 'Section',
  mode: 'Mode',
  format: 'Format',
  languageOrAuto: 'Language (a code such as hi, or auto)',
  sourceDone: (change, id) =>
    ({
      pause: `Paused ${id}: no pass fetches it until it is resumed.`,
      resume: `Resumed ${id}: it is fetched when next due.`,
      'fetch-now': `${id} is due now: the next pass fetches it, within a minute while the server runs.`,
      add: `Added ${id}: the next pass fetches it.`,
      remove: `Removed ${id} with its entries and articles.`,
    })[change],
  sourceProblem: (problem, id) => {
    switch (problem.code) {
      case 'no-source':
        return `There is no source ${id}; it may have been removed meanwhile.`;
      case 'paused-already':
        return `${id} is paused; resume it first.`;
      case 'not-paused':
        return `${id} is not paused.`;
      case 'defined-in-config':
        return `${id} is defined in the configuration file; remove it there, or pause it here.`;
      case 'id-taken':
        return `A source with the id ${id} exists already; choose another id.`;
      case 'same-feed':
        return `That feed is source ${problem.sourceId} already.`;
    }
  },
  badSourceForm: (fields) => `Not added: check ${fields}.`,
  confirmMismatch: (id) => `Not removed: type ${id} in the box to confirm.`,
  settingsIntro: (file) => `The configuration in effect, read from ${file} and the environment. It is changed in the file, not here; secrets are hidden.`,
  site: 'Site',
  baseUrl: 'Base URL',
  timeZone: 'Time zone',
  database: 'Database',
  databaseKind: (kind) => (kind === 'sqlite' ? 'SQLite file in the data directory' : 'PostgreSQL (address hidden)'),
  editions: 'Editions',
  path: 'Path',
  title: 'Title',
  engines: 'Translation engines',
  noEngines: 'No engine is configured: translations are not made.',
  pairs: 'Language pairs',
  licenceRules: 'Licence rules per source',
  licenceEdits: 'Staff may edit',
  licenceTranslation: 'Machine translation',
  licenceText: 'Licence',
  fullConfiguration: 'The whole configuration',
  redactedNote: 'Passwords, tokens, API keys and the database address read [redacted].',
  account: 'Account',
  loginCodePrompt: 'This account signs in in two steps: type the six-digit code your authenticator app shows now.',
  loginCodeFailed: 'Not signed in: the code is wrong or has been used. Type the code the app shows now.',
  loginCodeExpired: 'Sign-in was not finished in time: give your email and password again.',
  twoFactor: 'Two-factor sign-in',
  twoFactorOn: 'Two-factor sign-in is on: signing in asks for a code from your authenticator app as well as the password.',
  twoFactorLost: 'Lost the device? An admin turns it off on the server with: wiredesk users reset-two-factor EMAIL',
  twoFactorOff: 'Two-factor sign-in is off: your password alone signs you in.',
  twoFactorSteps:
    'To turn it on, add this key to an authenticator app (most read the otpauth:// address below; or type the key), then type the six-digit code the app shows. The key is shown only on this page: keep it nowhere else.',
  twoFactorSecret: 'Key',
  twoFactorCode: 'Code from the app',
  turnOn: 'Turn on',
  twoFactorEnabled: 'Two-factor sign-in is on. From your next sign-in, have the app at hand.',
  twoFactorProblem: (code) =>
    ({
      'already-on': 'Two-factor sign-in is on already.',
      'not-on': 'Two-factor sign-in is not on.',
      'bad-secret': 'This form is not one the desk made: open the page again.',
      'wrong-code': 'Not turned on: the code does not match. Check the app\'s clock, and type the code it shows now.',
    })[code],
};

export const hiAdmin: AdminStrings = {
  sources: 'स्रोत',
  settings: 'सेटिंग्स',
  allSources: 'सभी स्रोत और उनकी कार्रवाइयाँ',
  sourcesIntro: 'हर स्रोत और उसकी पिछली फ़ेच का हाल। रोका गया स्रोत तब तक किसी पास में नहीं लिया जाता जब तक उसे फिर से शुरू न किया जाए; उसके लेख प्रकाशित रहते हैं।',
  configSourcesNote: (file) => `${file} के स्रोत हर शुरुआत पर उसी फ़ाइल से लिए जाते हैं: उन्हें बदलने या हटाने के लिए फ़ाइल बदलें। यहाँ उन्हें रोका जा सकता है।`,
  cliAddHint: 'सर्वर पर यही काम इस कमांड से होता है: wiredesk sources add URL --id ID --section SECTION',
  originName: (origin) => ({ config: 'कॉन्फ़िगरेशन फ़ाइल', cli: 'कमांड लाइन', desk: 'डेस्क' })[origin],
  state: 'स्थिति',
  activeSource: 'चालू',
  pausedSince: (when) => `${when} से रुका हुआ`,
  lastFetch: 'पिछली फ़ेच',
  httpStatus: 'HTTP',
  errorKind: 'पिछली त्रुटि',
  errorKindName: (kind) => `${HI_ERROR_KINDS[kind]} (${kind})`,
  bodyStart: 'सर्वर ने भेजा',
  failures: 'लगातार विफलताएँ',
  entries: 'प्रविष्टियाँ',
  perDay: 'प्रति दिन',
  nextFetch: 'अगली फ़ेच',
  actions: 'कार्रवाई',
  pause: 'रोकें',
  resume: 'फिर शुरू करें',
  fetchNow: 'अभी फ़ेच करें',
  remove: 'हटाएँ',
  removeConfirm: (id) => `हटाने से इसकी प्रविष्टियाँ और लेख मिट जाते हैं। पुष्टि के लिए ${id} लिखें`,
  reasonOptional: 'कारण (वैकल्पिक, दर्ज होता है)',
  noSources: 'अभी कोई स्रोत नहीं है।',
  addSource: 'स्रोत जोड़ें',
  sourceId: 'आईडी (छोटे अंग्रेज़ी अक्षर, अंक, डैश)',
  sourceName: 'नाम',
  feedUrl: 'फ़ीड URL (http या https)',
  section: 'सेक्शन',
  mode: 'मोड',
  format: 'फ़ॉर्मैट',
  languageOrAuto: 'भाषा (hi जैसा कोड, या auto)',
  sourceDone: (change, id) =>
    ({
      pause: `${id} रोका गया: फिर शुरू किए जाने तक कोई पास इसे फ़ेच नहीं करेगा।`,
      resume: `${id} फिर शुरू हुआ: अगली बारी पर फ़ेच होगा।`,
      'fetch-now': `${id} की बारी अभी है: अगला पास इसे फ़ेच करेगा (सर्वर चलते हुए एक मिनट के भीतर)।`,
      add: `${id} जोड़ा गया: अगला पास इसे फ़ेच करेगा।`,
      remove: `${id} अपनी प्रविष्टियों और लेखों सहित हटाया गया।`,
    })[change],
  sourceProblem: (problem, id) => {
    switch (problem.code) {
      case 'no-source':
        return `${id} नाम का कोई स्रोत नहीं है; हो सकता है इस बीच हटा दिया गया हो।`;
      case 'paused-already':
        return `${id} रुका हुआ है; पहले इसे फिर शुरू करें।`;
      case 'not-paused':
        return `${id} रुका हुआ नहीं है।`;
      case 'defined-in-config':
        return `${id} कॉन्फ़िगरेशन फ़ाइल में दर्ज है; उसे वहीं से हटाएँ, या यहाँ रोकें।`;
      case 'id-taken':
        return `${id} आईडी वाला स्रोत पहले से है; कोई और आईडी चुनें।`;
      case 'same-feed':
        return `यह फ़ीड पहले से स्रोत ${problem.sourceId} है।`;
    }
  },
  badSourceForm: (fields) => `नहीं जोड़ा गया: ${fields} जाँचें।`,
  confirmMismatch: (id) => `नहीं हटाया गया: पुष्टि के लिए खाने में ${id} लिखें।`,
  settingsIntro: (file) => `लागू कॉन्फ़िगरेशन, ${file} और एनवायरनमेंट से। इसे फ़ाइल में बदला जाता है, यहाँ नहीं; गोपनीय मान छिपे हैं।`,
  site: 'साइट',
  baseUrl: 'बेस URL',
  timeZone: 'समय क्षेत्र',
  database: 'डेटाबेस',
  databaseKind: (kind) => (kind === 'sqlite' ? 'डेटा फ़ोल्डर में SQLite फ़ाइल' : 'PostgreSQL (पता छिपा है)'),
  editions: 'संस्करण',
  path: 'पथ',
  title: 'शीर्षक',
  engines: 'अनुवाद इंजन',
  noEngines: 'कोई इंजन कॉन्फ़िगर नहीं है: अनुवाद नहीं बनते।',
  pairs: 'भाषा जोड़े',
  licenceRules: 'हर स्रोत के लाइसेंस नियम',
  licenceEdits: 'स्टाफ़ बदल सकता है',
  licenceTranslation: 'मशीन अनुवाद',
  licenceText: 'लाइसेंस',
  fullConfiguration: 'पूरा कॉन्फ़िगरेशन',
  redactedNote: 'पासवर्ड, टोकन, API कुंजियाँ और डेटाबेस का पता [redacted] दिखते हैं।',
  account: 'खाता',
  loginCodePrompt: 'यह खाता दो चरणों में साइन इन करता है: ऑथेंटिकेटर ऐप में अभी दिख रहा छह अंकों का कोड लिखें।',
  loginCodeFailed: 'साइन इन नहीं हुआ: कोड ग़लत है या पहले इस्तेमाल हो चुका है। ऐप में अभी दिख रहा कोड लिखें।',
  loginCodeExpired: 'साइन इन समय पर पूरा नहीं हुआ: ईमेल और पासवर्ड फिर से दें।',
  twoFactor: 'दो-चरण साइन इन',
  twoFactorOn: 'दो-चरण साइन इन चालू है: साइन इन पर पासवर्ड के साथ ऑथेंटिकेटर ऐप का कोड माँगा जाता है।',
  twoFactorLost: 'डिवाइस खो गया? कोई एडमिन सर्वर पर इसे बंद करता है: wiredesk users reset-two-factor EMAIL',
  twoFactorOff: 'दो-चरण साइन इन बंद है: केवल पासवर्ड से साइन इन होता है।',
  twoFactorSteps:
    'इसे चालू करने के लिए यह कुंजी किसी ऑथेंटिकेटर ऐप में जोड़ें (ज़्यादातर ऐप नीचे का otpauth:// पता पढ़ लेते हैं; या कुंजी टाइप करें), फिर ऐप में दिखा छह अंकों का कोड लिखें। कुंजी केवल इसी पेज पर दिखती है: इसे कहीं और न रखें।',
  twoFactorSecret: 'कुंजी',
  twoFactorCode: 'ऐप का कोड',
  turnOn: 'चालू करें',
  twoFactorEnabled: 'दो-चरण साइन इन चालू हो गया। अगली बार साइन इन करते समय ऐप पास रखें।',
  twoFactorProblem: (code) =>
    ({
      'already-on': 'दो-चरण साइन इन पहले से चालू है।',
      'not-on': 'दो-चरण साइन इन चालू नहीं है।',
      'bad-secret': 'यह फ़ॉर्म डेस्क का बनाया नहीं है: पेज फिर से खोलें।',
      'wrong-code': 'चालू नहीं हुआ: कोड मेल नहीं खाता। ऐप की घड़ी जाँचें और अभी दिख रहा कोड लिखें।',
    })[code],
};
