/**
 * What page furniture looks like, in one table: the class and id names sites
 * give it, and the short texts it shows, in English and Hindi. Each list is
 * compiled once into one regex, so a test per element costs one match, not
 * one per pattern.
 *
 * Names are matched as parts of a class or id: `site-header`, `shareBar` and
 * `social_links` all have a part that names furniture. Parts are split on
 * `-`, `_`, spaces and lower-to-upper case changes, then lower-cased.
 */

/** Joins alternatives into one regex matching a whole class/id part. */
function partPattern(parts: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:^| )(?:${parts.join('|')})(?= |$)`, 'u');
}

/** Joins alternatives into one regex matching a whole normalised text, case-insensitively. */
function textPattern(texts: readonly string[]): RegExp {
  return new RegExp(String.raw`^(?:${texts.join('|')})$`, 'iu');
}

/**
 * A size before or after `font-size` or `text-size` makes it a style that
 * any text may wear (`u-font-size-small`, WordPress's `has-large-font-size`),
 * not the name of a font-size control.
 */
const SIZE = String.raw`(?:x*small|smaller|medium|x*large|larger|huge|big|base|normal|regular|x*s|sm|md|lg|x*l|\d+\w*)`;
const STYLED = String.raw`(?<!${SIZE} )`;
const NOT_A_SIZE = String.raw`(?! ${SIZE}(?: |$))`;

/**
 * Furniture whatever else the element's names say: no article body is called
 * `share-bar` or `cookie-banner`. Parts are whole words; `ad` would
 * otherwise match `header` and `download`.
 */
export const FURNITURE_NAME = partPattern([
  'share', 'shares', 'sharing', 'sharebar', 'sharethis', 'addthis', 'social', 'socials', 'follow', 'followus',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall',
  'cookie', 'cookies', 'consent', 'gdpr', 'onetrust',
  'comment', 'comments', 'disqus', 'discussion', 'replies', 'respond',
  'related', 'recommended', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola', 'trending',
  'popular', 'mostread', 'mostpopular', 'youmayalsolike', 'alsoread', 'readalso', 'readmore', 'morestories',
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit',
  'adblock', 'adblocker', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'taboola',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'skiplink', 'skip link', 'skip to content',
  'backtotop', 'back to top', 'totop', 'to top', 'scrolltop', 'scroll top', 'gotop', 'go top', 'print button',
  'print link', 'print icon', 'printer', 'fontsize', `${STYLED}font size${NOT_A_SIZE}`, 'textsize', `${STYLED}text size${NOT_A_SIZE}`, 'font resize', 'font resizer',
  'toolbar', 'tools', 'sidebar', 'sidenav', 'navbar', 'nav', 'navigation', 'menu', 'masthead',
  'footer', 'modal', 'popup', 'overlay', 'appdownload', 'app download', 'app promo', 'get app', 'syndication',
  'also read', 'read also', 'read more', 'more stories', 'most read', 'most popular', 'you may also like',
  'share bar', 'share buttons', 'social share', 'ad slot', 'ad unit', 'ad container', 'ad wrapper',
  'cta', 'epic', 'contribute', 'contribution', 'contributions', 'donate', 'donation', 'membership', 'support cta',
  'badge', 'tags', 'tag', 'topics', 'keywords', 'author', 'byline', 'bio', 'meta', 'dateline', 'timestamp',
  'sr only', 'screenreader', 'screen reader', 'visually hidden', 'visuallyhidden',
  'disclaimer', 'disclaimers', 'disclosure', 'copyright',
]);

/**
 * Stems of furniture names written as one word with something after them
 * (`relatedposts`, `sharedaddy`, `socialicons`, `commentlist`,
 * `advertisement300`). Only stems that nothing else starts with; the
 * exceptions are an opinion column (`commentary`) and investor pages
 * (`shareholders`).
 */
const FURNITURE_STEM = new RegExp(
  String.raw`(?:^| )(?:related|sharing|share(?!holder)|social|comment(?!ary)|newsletter|subscri|advert|sponsor|promo|cookie|consent|breadcrumb|outbrain|taboola|disqus)[a-z0-9]*(?= |$)`,
  'u',
);

/** Whether class/id parts (from nameParts) name furniture. */
export function namesFurniture(parts: string): boolean {
  return parts !== '' && (FURNITURE_NAME.test(parts) || FURNITURE_STEM.test(parts));
}

/** Names of a comment section, a part of the stems and names above. */
export const COMMENT_NAME = /(?:^| )(?:comment(?!ary)[a-z0-9]*|disqus|discussion|replies|respond)(?= |$)/u;

/**
 * Furniture names of things made of links and controls: menus, breadcrumbs,
 * pagers, toolbars, lists of tags. Unlike a comment section or a sidebar, such furniture
 * never holds paragraphs, so an element so named that does is misnamed
 * (a `content-nav-section` wrapping the story); see content-pruning.ts.
 */
export const LINK_FURNITURE_NAME = partPattern([
  'nav', 'navigation', 'navbar', 'sidenav', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'toolbar', 'tools',
  'tags', 'tag', 'topics', 'keywords',
]);

/**
 * Names of a button. A link dressed as a button ("Find out more", "Get the
 * recipe", "See it at …") is a control of the page, not a phrase of the
 * story; but a toggle over a collapsible section is named so too, and holds
 * the section's heading, so the name alone is not enough (content-buttons.ts).
 */
export const BUTTON_NAME = partPattern(['btn', 'button', 'buttons']);

/**
 * Furniture names that say how an element is shown, not what it holds: a
 * pop-up is mostly a prompt, but some sites open the story itself in an
 * overlay over the section front. See content-pruning.ts.
 */
const OVERLAY_PARTS = ['modal', 'popup', 'overlay'];
export const OVERLAY_NAME = partPattern(OVERLAY_PARTS);
const OVERLAY_NAMES = new RegExp(String.raw`(?:^| )(?:${OVERLAY_PARTS.join('|')})(?= |$)`, 'gu');

/** Whether the parts name furniture other than by how it is shown (see OVERLAY_NAME). */
export function namesFurnitureBeyondOverlay(parts: string): boolean {
  return namesFurniture(parts.replace(OVERLAY_NAMES, ' ').trim());
}

/**
 * Names of text hidden from sighted readers by the site's style sheet
 * (`sr-only` labels, `hidden` error notes): whatever sits around it, a
 * reader of the page never saw it.
 */
export const HIDDEN_NAME = partPattern([
  'hidden', 'hide', 'invisible', 'sr only', 'screenreader', 'screen reader', 'visually hidden', 'visuallyhidden',
]);

/**
 * Names that mark a likely article container. An element named both ways
 * (`article-footer` is furniture; `main-content sidebar-right` is not
 * clear) is kept when it holds much text; see content-pruning.ts.
 */
export const CONTENT_NAME = partPattern([
  'article', 'articles', 'content', 'contents', 'body', 'main', 'story', 'stories', 'post', 'entry', 'text',
  'blog', 'column', 'page', 'prose', 'copy', 'richtext', 'detail', 'details', 'news',
]);

/** Names that weigh against an element in scoring, without removing it. */
export const NEGATIVE_NAME = partPattern([
  'header', 'head', 'foot', 'footnote', 'extra', 'aside', 'side', 'meta', 'links', 'link', 'list', 'more',
  'caption', 'credit', 'thumb', 'thumbnail', 'teaser', 'card', 'cards', 'feed', 'grid', 'widget', 'rail',
  'hero', 'top', 'bottom', 'box', 'shopping', 'tweet', 'twitter', 'facebook', 'instagram', 'whatsapp',
]);

/** Names that weigh for an element in scoring. */
export const POSITIVE_NAME = partPattern([
  'article', 'body', 'content', 'entry', 'main', 'page', 'post', 'story', 'text', 'blog', 'prose', 'richtext',
  'articlebody', 'storybody', 'postbody', 'entrycontent', 'storycontent', 'articlecontent', 'paragraph',
]);

/** Names of the dek under a headline, the summary a page shows before its story. */
export const STANDFIRST_NAME = partPattern([
  'standfirst', 'dek', 'deck', 'strapline', 'subtitle', 'sub title', 'subheadline', 'sub headline', 'subhead',
  'article summary', 'story summary', 'summary', 'excerpt',
]);

/**
 * Names of a box of pictures shown one at a time: a gallery, a slideshow,
 * a carousel (and the scripts that make them: Swiper, Splide).
 */
export const GALLERY_NAME = partPattern(['gallery', 'galleries', 'slideshow', 'carousel', 'slider', 'swiper', 'splide']);

/** Names of a box that sums the story up (a synopsis, key points) rather than telling it. */
export const SUMMARY_NAME = partPattern([
  'standfirst', 'dek', 'deck', 'summary', 'synopsis', 'excerpt', 'tldr', 'key points', 'takeaways', 'key takeaways', 'highlights',
]);

/**
 * A site's note on how it is paid for what it links to: affiliate
 * commissions, sponsored posts. It sits where a story's opening would.
 */
export const DISCLOSURE_TEXT = new RegExp(
  [
    String.raw`\baffiliate (?:links?|commissions?|partners?|programs?)\b|\bwe may earn\b|\bpaid partnership\b|\bsponsored (?:by|content|post)\b`,
    // "Commission" alone is also a public body; the note says the site earns one.
    String.raw`\b(?:earn|earns|receive|receives|get|make) (?:an? )?(?:small )?(?:commissions?|fees?|compensation)\b`,
    String.raw`\b(?:vendors|advertisers|partners|brands) (?:may )?(?:pay|compensate) us\b|\beditorial (?:policy|guidelines|standards)\b|\bdisclosure\b`,
  ].join('|'),
  'iu',
);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog',
  'toolbar', 'tablist',
]);

/** What a share bar's buttons are labelled with: the networks and the ways of passing a story on. */
const SHARE_TARGET = String.raw`(?:share|tweet|email|e-mail|sms|print|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|pinterest|reddit|flipboard|threads|bluesky|messenger)`;

/**
 * A whole block of text that is furniture: labels, controls and prompts,
 * with optional punctuation around them. Hindi forms cover the usual
 * spellings with and without nukta (ख़बर/खबर).
 */
export const FURNITURE_TEXT = textPattern([
  String.raw`[\s\-–—:|•.]*(?:advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|promoted|paid content|partner content)[\s\-–—:|•.]*`,
  String.raw`(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)`,
  String.raw`advertisement\W+(?:continue|scroll) (?:reading|to continue)(?: below)?`,
  String.raw`[\s\-–—:|•.]*(?:विज्ञापन|प्रायोजित|स्पॉन्सर्ड)[\s\-–—:|•.]*`,
  String.raw`(?:back to top|to top|top|scroll to top|go to top|skip to (?:main )?content|skip navigation|jump to)\W*`,
  String.raw`(?:ऊपर जाएं|ऊपर जाएँ|टॉप पर जाएं|सबसे ऊपर)\W*`,
  String.raw`(?:share|share this|share this (?:article|story|post)|share on \w+|share via \w+|tweet|email|print|print this (?:article|page)|copy link|link copied|whatsapp|facebook|twitter|linkedin|telegram)\W*`,
  // A row of them: a share bar whose icons carry their networks' names ("SMS Facebook Twitter Email"). A network's name alone may be a list's item.
  String.raw`(?:${SHARE_TARGET}[\s|•·/,]+)+${SHARE_TARGET}\W*`,
  String.raw`(?:शेयर करें|शेयर|प्रिंट|ईमेल|कॉपी लिंक)\W*`,
  String.raw`(?:a\s*[+-]\s*){1,3}|(?:font size|text size|decrease font|increase font|reset font)\W*`,
  String.raw`(?:follow us(?: on \w+)?|फॉलो करें|फ़ॉलो करें|हमें फॉलो करें|हमें फ़ॉलो करें)\W*`,
  String.raw`(?:live|breaking|लाइव|ब्रेकिंग)`,
  // A placeholder the page's script fills in ("Loading image..."); a heading on loading carries no ellipsis.
  String.raw`loading(?: [\w-]+)?\s*(?:\.{2,}|…)`,
  String.raw`(?:support us|donate|subscribe|subscribe now|sign up|log in|sign in|register)\W*`,
  // A news site's call for tips, and a blog's pointer to where its comments are ("Comment via: facebook, substack").
  String.raw`(?:share your (?:story|tips?)|(?:got|have) a (?:news )?tip|send us (?:a|your) tips?)\W*`,
  String.raw`comments? (?:via|on)\W.*`,
  // A sponsor's label over its logo ("In partnership with"), alone on its line.
  String.raw`(?:in partnership with|presented by|brought to you by)\W*`,
  String.raw`(?:comments?|\d+ comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|टिप्पणियां|टिप्पणी करें|कमेंट करें)\W*`,
  String.raw`(?:also read|read also|read more|see also|more on this|related|related (?:news|stories|articles|posts|coverage)|recommended|recommended for you|you may also like|trending|most read|most popular|more stories|more from \w+)\W*`,
  String.raw`(?:यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|यह भी पढ़े|ये भी पढ़े|और पढ़ें|आगे पढ़ें|संबंधित खबरें|संबंधित ख़बरें|संबंधित|ताज़ा खबरें|ताजा खबरें|ट्रेंडिंग)\W*`,
]);

/**
 * The start of a paragraph that points elsewhere: "Also read: …" followed by
 * a headline. Such a paragraph is furniture when it is short or mostly link.
 */
export const CROSS_REFERENCE_START = new RegExp(
  String.raw`^\W*(?:also read|read also|read more|see also|related|recommended|watch|also watch|more|click here|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|यह भी पढ़े|ये भी पढ़े|और पढ़ें|पढ़ें|संबंधित खबरें|संबंधित ख़बरें|यह भी देखें|ये भी देखें|देखें वीडियो)\s*[:：\-–—|>»]`,
  'iu',
);

/**
 * A word every NOTICE_TEXT wording holds. NOTICE_TEXT's alternatives with
 * word boundaries and `.*` cost a tenth of all extraction time when tried
 * on every short block; this plain alternation rules out nearly all of
 * them first. Keep it in step with NOTICE_TEXT (a test checks each wording).
 */
export const NOTICE_WORD = new RegExp(
  String.raw`block|ब्लॉक|newsletter|न्यूज|app\b|ऐप|एप|cookie|कुकीज|staff|syndicated|auto-generated|सिंडिकेट|स्टाफ|फ़?ीड|consider|support|follow|join|व्हाट्सएप|फॉलो|click here|subscri|your (?:inbox|e-?mail)|like you|donation|contribution|form below|form to`,
  'iu',
);

/**
 * Prompts and notices of the site itself, recognised by their wording:
 * newsletter and app prompts, cookie notices, ad-block notices, and the
 * syndication credit sites print under wire copy. Matched against blocks
 * short enough to be a notice (see content-cleaning.ts).
 */
export const NOTICE_TEXT = new RegExp(
  [
    String.raw`\b(?:ad ?block(?:er)?s?|ad-block(?:er)?s?)\b.*\b(?:detected|disable|turn off|whitelist|allowlist|using)\b`,
    String.raw`\b(?:disable|turn off|pause) (?:your |the )?ad ?-?block`,
    String.raw`एड ?ब्लॉकर|ऐड ?ब्लॉकर|एडब्लॉक`,
    String.raw`\b(?:sign up|subscribe) (?:for|to) (?:our|the)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b`,
    String.raw`न्यूज़?लेटर`,
    String.raw`\b(?:download|get) (?:the|our) (?:\w+ )?app\b|ऐप डाउनलोड|एप डाउनलोड`,
    String.raw`\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|कुकीज़? का (?:उपयोग|इस्तेमाल)`,
    // "Syndicated feed" alone is a phrase prose uses ("its syndicated feed is valid Atom"); the credit says where the text came from.
    String.raw`\bhas not been edited by\b.*\bstaff\b|\b(?:from|via) (?:an? |the )?syndicated feed\b|\bauto-generated from\b`,
    String.raw`सिंडिकेटेड फ़?ीड|सिंडिकेट फ़?ीड|स्टाफ़? द्वारा संपादित नहीं|स्टाफ़? ने (?:कोई )?(?:बदलाव|संपादन) नहीं|फ़?ीड से (?:ली|प्रकाशित|लिया)`,
    String.raw`\bplease consider (?:supporting|subscribing|donating)\b|\bsupport (?:us|our (?:journalism|work|reporting))\b`,
    // A subscription's prompt, which offers the site's posts or its locked pages, not a newsletter by name.
    String.raw`\bsubscribe (?:now |today )?to (?:get|receive|read|unlock|access|continue)\b|\bwhen you subscribe\b|\b(?:sent|delivered) (?:straight |directly )?to your (?:inbox|e-?mail)\b`,
    // A donation appeal: "This story is funded by readers like you", "Your monthly donations play a crucial role".
    String.raw`\b(?:funded|supported|made possible) by (?:readers|listeners|viewers|supporters|members) like you\b|\byour (?:[\w-]+ ){0,3}(?:donations?|contributions?) (?:play|plays|help|helps|keep|keeps|make|makes|allow|allows)\b`,
    // A prompt to the site's form, which pruning has already taken: "Fill out the form below or email your story ideas".
    String.raw`\bfill (?:out|in) (?:the|this|our) form (?:below|to (?:get|download|receive|request))\b`,
    // The close of a newsletter's pitch that does not call it one: "The free weekly Insider email … Subscribe here."
    String.raw`\bsubscribe here\b`,
    // A blog's own voice says "me": the same prompt.
    String.raw`\bfollow (?:us|me) on\b|\bjoin (?:us|our channel) on (?:whatsapp|telegram)\b|व्हाट्सएप चैनल|हमें फॉलो`,
    String.raw`\bclick here to (?:subscribe|join|download|follow)\b`,
  ].join('|'),
  'iu',
);

/**
 * What may follow "Related", "Recommended", "Trending", "Latest" or "Popular"
 * in a heading over other articles: nothing, "for you" or "now", a recommender
 * ("by our editors"), or a word for articles ("Recommended reading",
 * "Related investing topics"). Over anything else these words head the
 * article's own text: "Recommended configuration", "Popular frameworks".
 */
const OTHER_ARTICLES = String.raw`(?: for you| now| (?:by|from) \w+(?: \w+){0,2}|(?: \w+)? (?:stories|articles|reading|reads|posts|videos|content|links|news|coverage|topics|updates|headlines))?`;

/**
 * The label of a table of contents, with the control that folds it
 * ("Table of Contents Show"): the page's navigation, whose list of anchors
 * goes with it, or has gone already, leaving the label alone.
 */
const TABLE_OF_CONTENTS = String.raw`(?:table of contents?|contents|on this page|in this (?:article|post|guide)|jump to section)(?:\W+(?:show|hide|toggle))?`;

/** Headings over furniture lists: "Related stories", "यह भी पढ़ें", "More from…". */
export const FURNITURE_HEADING = textPattern([
  String.raw`\W*(?:before you go|also read|read also|read more|see also|more on this(?: story| topic)?|(?:related|recommended|trending|latest|popular)${OTHER_ARTICLES}|you may (?:also )?like|you might (?:also )?like|most (?:read|popular|viewed|shared)|more (?:stories|news|from \w+(?: \w+)?)|discover more from \w+(?: \w+){0,4}|top stories|comments?|leave a (?:comment|reply)|share(?: this)?(?: \w+)?|follow us|newsletter|tags|topics|${TABLE_OF_CONTENTS})\W*`,
  String.raw`\W*(?:यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|संबंधित खबरें|संबंधित ख़बरें|संबंधित|और खबरें|और ख़बरें|ताज़ा खबरें|ताजा खबरें|टॉप खबरें|ट्रेंडिंग|लोकप्रिय|टिप्पणियां|शेयर करें|विषय[ -]?सूची)\W*`,
]);

/**
 * A class or id of more words than this is a slug made from the text (an
 * anchor for a heading: `sharing-with-a-single-developer`), not a name for
 * what the element does.
 */
const MAX_NAME_WORDS = 4;

const ATOMIC_CSS_CLASS = /[^\w-]/u;

/** Splits an element's class names and id into lower-case parts, separated by spaces, for the name patterns. */
export function nameParts(element: { attribs: Record<string, string> }): string {
  const classes = element.attribs['class'];
  const id = element.attribs['id'];
  if (!classes && !id) return '';
  const key = `${classes ?? ''}\u0000${id ?? ''}`;
  const known = NAME_PARTS.get(key);
  if (known !== undefined) return known;
  if (NAME_PARTS.size >= MAX_REMEMBERED_NAMES) NAME_PARTS.clear();
  const parts = splitNames(classes, id);
  NAME_PARTS.set(key, parts);
  return parts;
}

/**
 * A page repeats a few class names over thousands of elements, and each
 * element's names are asked for by several passes: splitting them once per
 * distinct class and id was about 3 % of the extraction's time. Keyed by the
 * attribute text, so an element whose class changes is split again.
 */
const NAME_PARTS = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 20_000;

function splitNames(classes: string | undefined, id: string | undefined): string {
  const names = classes ? classes.split(/\s+/u) : [];
  if (id) names.push(id);
  const parts: string[] = [];
  for (const name of names) {
    // Utility classes of atomic CSS (`modal-open_D(b)`, `md:hidden`, `max-w-[40rem]`) say how an element looks, not what it is.
    if (ATOMIC_CSS_CLASS.test(name)) continue;
    const words = name.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[-_:.\s]+/u).filter(Boolean);
    if (words.length <= MAX_NAME_WORDS) parts.push(words.join(' '));
  }
  return parts.join(' ');
}
