/**
 * Hostile HTML and what must come out of the sanitiser for each. Written for
 * wiredesk from the well-known classes of XSS payloads (script injection,
 * event handlers, dangerous URL schemes, parser confusion, mutation XSS).
 *
 * Every vector states the complete plain text that survives, the exact links
 * and image URLs that survive, and substrings that must appear nowhere in
 * the blocks' JSON. Text the author wrote as escaped markup survives as
 * literal text; that is safe, since blocks are rendered as escaped text.
 */

export interface XssVector {
  name: string;
  html: string;
  /** blocksToText() of the result, exactly. */
  text: string;
  /** Every link href in the result, in order. */
  links?: string[];
  /** Every figure src in the result, in order. */
  images?: string[];
  /** Must not occur in JSON.stringify(blocks), compared case-insensitively; defaults to DANGEROUS. */
  absent?: string[];
}

/** Fragments of active content that have no business in sanitised blocks. */
export const DANGEROUS = [
  'javascript',
  'vbscript',
  'data:',
  'onerror',
  'onload',
  'onclick',
  'onmouseover',
  '<script',
  'alert(',
  'expression(',
  'srcdoc',
];

/** The page the vectors pretend to come from; relative URLs resolve against it. */
export const VECTOR_BASE_URL = 'https://wire.example/world/story.html';

const IMAGE = 'https://cdn.example/photo.jpg';

export const XSS_VECTORS: XssVector[] = [
  // Script elements
  { name: 'plain script between paragraphs', html: '<p>Before</p><script>alert(1)</script><p>After</p>', text: 'Before\n\nAfter' },
  { name: 'uppercase SCRIPT', html: '<SCRIPT>alert(1)</SCRIPT>Text', text: 'Text' },
  { name: 'script with external src', html: '<script src="https://evil.example/x.js"></script>ok', text: 'ok' },
  { name: 'script nested in script', html: '<div><script><script>alert(1)</script></script>safe</div>', text: 'safe' },
  {
    name: 'split tag <scr<script>ipt> leaves only inert text',
    // Parsed as browsers do: an element named "scr<script" holding the text "ipt>alert(1)".
    html: '<scr<script>ipt>alert(1)</script>',
    text: 'ipt>alert(1)',
    absent: ['<script', 'javascript'],
  },
  { name: 'unclosed script swallows the rest', html: '<p>ok</p><script>alert(1)', text: 'ok' },
  { name: 'script inside svg', html: '<svg><script>alert(1)</script></svg>ok', text: 'ok' },

  // Event handlers
  { name: 'img onerror on a real image keeps the image only', html: `<img src="${IMAGE}" onerror="alert(1)">`, text: '', images: [IMAGE] },
  {
    name: 'img src=x onerror: a relative image, no handler',
    html: '<img src=x onerror=alert(1)>',
    text: '',
    images: ['https://wire.example/world/x'],
  },
  { name: 'svg onload', html: '<svg onload="alert(1)"><circle r="1"/></svg><p>Text</p>', text: 'Text' },
  { name: 'body onload', html: '<body onload="alert(1)"><p>Hello</p></body>', text: 'Hello' },
  {
    name: 'a onmouseover keeps the safe link only',
    html: '<a href="https://ok.example/" onmouseover="alert(1)">hover</a>',
    text: 'hover',
    links: ['https://ok.example/'],
  },
  { name: 'p onclick', html: '<p onclick="alert(1)">para</p>', text: 'para' },

  // javascript: URLs
  { name: 'javascript: link is unwrapped', html: '<a href="javascript:alert(1)">click</a>', text: 'click' },
  { name: 'mixed-case JaVaScRiPt:', html: '<a href="JaVaScRiPt:alert(1)">x</a>', text: 'x' },
  { name: 'leading spaces before javascript:', html: '<a href="   javascript:alert(1)">x</a>', text: 'x' },
  { name: 'leading control character before javascript:', html: '<a href="\u0001javascript:alert(1)">x</a>', text: 'x' },
  { name: 'leading entity-encoded space', html: '<a href="&#x20;javascript:alert(1)">x</a>', text: 'x' },
  { name: 'tab inside the scheme', html: '<a href="jav\tascript:alert(1)">x</a>', text: 'x' },
  { name: 'entity-encoded tab inside the scheme', html: '<a href="jav&#x09;ascript:alert(1)">x</a>', text: 'x' },
  { name: 'entity-encoded newline inside the scheme', html: '<a href="jav&#10;ascript:alert(1)">x</a>', text: 'x' },
  { name: 'decimal entity for the first letter', html: '<a href="&#106;avascript:alert(1)">x</a>', text: 'x' },
  { name: 'hex entity for a middle letter', html: '<a href="java&#x73;cript:alert(1)">x</a>', text: 'x' },
  {
    name: 'zero-padded entities without semicolons',
    html: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
    text: 'x',
  },
  { name: '&colon; named entity as the colon', html: '<a href="javascript&colon;alert(1)">x</a>', text: 'x' },
  { name: 'javascript: image src', html: '<img src="javascript:alert(1)"><p>t</p>', text: 't' },
  { name: 'javascript: in srcset', html: '<img srcset="javascript:alert(1) 1x"><p>t</p>', text: 't' },
  {
    name: 'javascript: lazy source falls back to the real src',
    html: `<img data-src="javascript:alert(1)" src="${IMAGE}">`,
    text: '',
    images: [IMAGE],
  },
  { name: 'javascript: quote cite', html: '<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>', text: 'q' },

  // Other schemes
  {
    name: 'data: text/html link',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    text: 'x',
  },
  { name: 'data: image', html: '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><p>t</p>', text: 't' },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">x</a>', text: 'x' },
  { name: 'fragment and ftp links are unwrapped', html: '<a href="#top">a</a> <a href="ftp://files.example/x">b</a>', text: 'a b' },

  // Embedding and document-level elements
  { name: 'iframe with javascript: src', html: '<iframe src="javascript:alert(1)"></iframe><p>ok</p>', text: 'ok' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"><p>inner</p></iframe>ok', text: 'ok' },
  {
    name: 'object and embed',
    html: '<object data="javascript:alert(1)"><param name="x" value="y">fallback</object><embed src="https://evil.example/x.swf">ok',
    text: 'ok',
  },
  {
    name: 'form, input and button with javascript: actions',
    html: '<form action="javascript:alert(1)"><input type="submit" value="Go"><button formaction="javascript:alert(1)">Press</button></form>ok',
    text: 'ok',
  },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">ok', text: 'ok' },
  {
    name: 'base href does not change link resolution',
    html: '<base href="javascript:alert(1)//"><a href="/path">rel</a>',
    text: 'rel',
    links: ['https://wire.example/path'],
  },
  { name: 'link stylesheet', html: '<link rel="stylesheet" href="https://evil.example/x.css">ok', text: 'ok' },
  {
    name: 'style element and style attribute with expression()',
    html: '<style>body{background:expression(alert(1))}</style><p style="width:expression(alert(1))">styled</p>',
    text: 'styled',
  },
  { name: 'style url(javascript:)', html: '<p style="background:url(javascript:alert(1))">text</p>', text: 'text' },
  {
    name: 'math with javascript: href',
    html: '<math><mtext><script>alert(1)</script></mtext><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>ok',
    // A formula's symbols are text (the x); its script and its href are not.
    text: 'xok',
  },
  { name: 'template content', html: '<template><img src=x onerror=alert(1)></template>ok', text: 'ok' },

  // Parser confusion
  { name: 'comment-breaking <!--><script>', html: '<!--><script>alert(1)</script>-->', text: '-->' },
  { name: 'script inside a comment', html: '<!-- <script>alert(1)</script> -->ok', text: 'ok' },
  { name: 'CDATA section', html: '<![CDATA[<script>alert(1)</script>]]>ok', text: 'ok' },
  { name: 'unclosed formatting tags', html: '<p><b>bold <i>both', text: 'bold both' },
  {
    name: 'quotes breaking out of an attribute',
    html: `<img src="${IMAGE}" alt="x" onerror="alert(1)" title='"><script>alert(1)</script>'>`,
    text: '',
    images: [IMAGE],
  },
  {
    name: 'escaped markup in a link title stays out',
    html: '<a href="https://ok.example/" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">t</a>',
    text: 't',
    links: ['https://ok.example/'],
  },
  {
    name: 'noscript mutation XSS (markup inside an attribute)',
    html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>ok</p>',
    text: 'ok',
  },
  { name: 'textarea holding markup', html: '<textarea><img src=x onerror=alert(1)></textarea>ok', text: 'ok' },
  { name: 'xmp holding markup', html: '<xmp><script>alert(1)</script></xmp>ok', text: 'ok' },
  { name: 'hidden elements', html: '<div hidden>spam</div><span style="display: none">spam</span>ok', text: 'ok' },

  // Text the author wrote: literal, never markup
  {
    name: 'encoded &lt;script&gt; in text stays literal text',
    html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    text: '<script>alert(1)</script>',
    absent: [],
  },
  { name: 'double-encoded entities are decoded once', html: '<p>&amp;lt;b&amp;gt; &amp;amp;</p>', text: '&lt;b&gt; &amp;' },
  {
    name: 'an article about javascript: URLs keeps its words',
    html: '<p>Never paste javascript:alert(1) into the address bar.</p>',
    text: 'Never paste javascript:alert(1) into the address bar.',
    absent: ['<script', 'onerror'],
  },
  {
    name: 'escaped markup in alt text stays literal',
    html: `<img src="${IMAGE}" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">`,
    text: '',
    images: [IMAGE],
    absent: ['onerror', 'javascript'],
  },
];
