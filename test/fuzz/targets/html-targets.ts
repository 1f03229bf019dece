/**
 * The HTML sanitiser (htmlToBlocks, fieldToLine) and the extractor
 * (extract()). The sanitiser never throws and never lets anything active
 * through, and a second pass over its output changes nothing; the extractor
 * gives an article or an ExtractError saying what was wrong with the page.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Article } from '../../../src/extract/article.ts';
import { ExtractError, extract } from '../../../src/extract/extract.ts';
import { blocksToText } from '../../../src/extract/html/block-text.ts';
import { decodeHtml } from '../../../src/extract/html/html-decoding.ts';
import { htmlToBlocks } from '../../../src/extract/html/html-sanitizer.ts';
import { fieldToLine } from '../../../src/extract/html/html-text.ts';
import { inlinesToText } from '../../../src/extract/html/inline-normalize.ts';
import { loadLanguageDetector } from '../../../src/text/language.ts';
import { MARKER, cleanArticlePage, hostileFragment, hostileMarkupText, hostilePage, pageBody, type EncodedBody } from '../arbitraries.ts';
import { blocksToHtml } from '../blocks-html.ts';
import { assertBoundedOutput, assertClearError, attempt, defineTarget, valueOf, type FuzzTarget } from '../fuzz-target.ts';
import { assertCleanArticle, assertCleanText, assertSafeBlocks, assertSafeRendering } from '../invariants.ts';

const PAGE_URL = 'https://news.example.org/2026/11/29/harbour-bridge-closed';

/** Base URLs a fragment is sanitised against: a page, none, and ones that must not be used as a base. */
const baseUrl = fc.constantFrom(PAGE_URL, null, 'javascript:alert(1)//', 'file:///etc/', 'not a url', 'https://exa mple.org/');

interface FragmentInput {
  html: string;
  baseUrl: string | null;
}

const fragmentInput = fc.record({ html: hostileFragment, baseUrl });

interface PageInput {
  html: string;
  language: string | null;
}

const language = fc.constantFrom(null, 'hi', 'en', 'x-unknown');

/** The article, or null after checking that the page was refused with an ExtractError that says why. */
function extracted({ html, language }: PageInput): Article | null {
  const outcome = attempt('extract', () => extract(html, { url: PAGE_URL, language }));
  if (!outcome.ok) {
    assertClearError(outcome.error, ExtractError, `extract: page ${PAGE_URL} `);
    return null;
  }
  assertBoundedOutput('extract', html.length, outcome.value);
  assertCleanArticle(outcome.value);
  return outcome.value;
}

/** Every text a reader may see of an article. */
function visibleText(article: Article): string[] {
  const figures = article.blocks.flatMap((block) => (block.type === 'figure' ? [block] : []));
  return [
    article.headline, article.standfirst ?? '', article.byline ?? '', article.dateline ?? '', article.text, blocksToText(article.blocks),
    ...figures.flatMap((figure) => [figure.alt, figure.credit ?? '', inlinesToText(figure.caption)]),
  ];
}

export const HTML_TARGETS: FuzzTarget<unknown>[] = [
  defineTarget({
    name: 'sanitizer',
    about: 'htmlToBlocks on hostile fragments: no throw, safe blocks, safe rendering',
    arbitrary: fragmentInput,
    boundedRuns: 80,
    check: async ({ html, baseUrl }: FragmentInput) => {
      const blocks = valueOf('htmlToBlocks', attempt('htmlToBlocks', () => htmlToBlocks(html, { baseUrl })));
      assertBoundedOutput('htmlToBlocks', html.length, blocks);
      assertSafeBlocks('sanitised', blocks);
      await assertSafeRendering(blocks);
    },
  }),
  defineTarget({
    name: 'sanitizer-idempotence',
    about: 'sanitising the sanitised blocks again, written as HTML, gives the same blocks',
    arbitrary: fragmentInput,
    boundedRuns: 60,
    check: ({ html, baseUrl }: FragmentInput) => {
      const once = valueOf('htmlToBlocks', attempt('htmlToBlocks', () => htmlToBlocks(html, { baseUrl })));
      const again = valueOf('htmlToBlocks (second pass)', attempt('htmlToBlocks', () => htmlToBlocks(blocksToHtml(once), { baseUrl })));
      assert.deepEqual(again, once, 'a second pass changed the blocks');
    },
  }),
  defineTarget({
    name: 'field-line',
    about: 'fieldToLine on titles that may or may not be HTML: one clean line',
    arbitrary: fc.oneof(hostileMarkupText, hostileFragment),
    boundedRuns: 80,
    check: (field: string) => {
      const line = valueOf('fieldToLine', attempt('fieldToLine', () => fieldToLine(field)));
      assertCleanText('line', line);
      assert.equal(line, line.trim(), 'the line is not trimmed');
    },
  }),
  defineTarget({
    name: 'extract',
    about: 'extract() on hostile, mutated, deep and huge pages: an article or an ExtractError',
    arbitrary: fc.record({ html: hostilePage, language }),
    boundedRuns: 40,
    prepare: loadLanguageDetector,
    check: async (input: PageInput) => {
      const article = extracted(input);
      if (article) await assertSafeRendering(article.blocks);
    },
  }),
  defineTarget({
    name: 'html-bytes',
    about: 'decodeHtml on pages whose bytes, meta charset and Content-Type disagree, then extract()',
    arbitrary: fc.record({ body: pageBody, language }),
    boundedRuns: 30,
    prepare: loadLanguageDetector,
    check: ({ body, language }: { body: EncodedBody; language: string | null }) => {
      const bytes = Buffer.from(body.base64, 'base64');
      const decoded = valueOf('decodeHtml', attempt('decodeHtml', () => decodeHtml(bytes, body.contentType)));
      // The decoder keeps control characters (the extractor counts them), so they are not checked here. Each
      // becomes a space, not nothing: a control is a starter that stops a mark from composing with what came
      // before it, and so does a space, while taking it out could join the two into a text that is not NFC.
      assertCleanText('decoded page', decoded.html.replace(/[\t\n\r\f\u0000-\u001f\u007f-\u009f]/gu, ' '), true);
      if (decoded.encoding !== 'replacement') assert.doesNotThrow(() => new TextDecoder(decoded.encoding), `decodeHtml named the encoding ${decoded.encoding}`);
      extracted({ html: decoded.html, language });
    },
  }),
  defineTarget({
    name: 'extract-markup',
    about: 'extract() on article pages with scripts, styles, comments and handlers: none of it reaches the text',
    arbitrary: fc.record({ html: cleanArticlePage, language }),
    boundedRuns: 30,
    prepare: loadLanguageDetector,
    check: (input: PageInput) => {
      const article = extracted(input);
      for (const text of article ? visibleText(article) : []) {
        assert.ok(!text.includes(MARKER), `hidden content reached the article: ${JSON.stringify(text.slice(0, 200))}`);
        assert.ok(!/[<>]/u.test(text), `markup reached the article's text: ${JSON.stringify(text.slice(0, 200))}`);
      }
    },
  }),
];
