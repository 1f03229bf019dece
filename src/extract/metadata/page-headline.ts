/**
 * The headline: the declared candidates checked against what the page shows.
 * The first candidate that matches an h1 (or else a headline-classed element
 * or h2) wins; the page's wording is kept when the candidate is cut short
 * with "…", wrapped in "Site | Section |" segments, or reworded for search
 * engines. A candidate that is only the site's name is no headline.
 */
import type { Element } from 'domhandler';
import { comparisonKey } from '../../text/normalize.ts';
import { headlineFromTitle, isTruncated, matchesHeadline, namesSite, stripSiteName, withoutLabels } from './page-title.ts';
import type { VisibleMetadata, VisibleText } from './visible-metadata.ts';

/**
 * An h1 sharing this share of words with the declared headline is the same
 * headline reworded (for search engines or social cards); the page's own
 * wording wins. Half keeps an h1 naming the site or a section from winning.
 */
const REWORDED_HEADLINE_OVERLAP = 0.5;
/** One shared word ("Minecraft News" against "Minecraft 1.8 - …") is a topic, not the same headline. */
const MIN_SHARED_WORDS = 2;

export interface ChosenHeadline { text: string | null; element: Element | null }

export interface HeadlineEvidence {
  /** Declared headlines, strongest first: JSON-LD, og:title, DC, twitter:title, CMS tags, microdata. */
  declared: readonly string[];
  documentTitle: string | null;
  visible: VisibleMetadata;
  siteNames: readonly string[];
  host: string | null;
}

export function chooseHeadline(evidence: HeadlineEvidence): ChosenHeadline {
  const chosen = chooseCandidate(evidence);
  return chosen.text === null ? chosen : { ...chosen, text: withoutLabels(chosen.text) };
}

function chooseCandidate(evidence: HeadlineEvidence): ChosenHeadline {
  const { visible, siteNames, host, documentTitle } = evidence;
  const declared = evidence.declared
    .map((text) => stripSiteName(text, siteNames, host))
    .filter((text) => !namesSite(text, siteNames, host));
  const candidates = documentTitle ? [...declared, documentTitle] : declared;
  // A site's logo is often an h1; a headline may carry the site's name as the title does.
  const shown = [...visible.h1s, ...visible.headlineLike]
    .filter((item) => !namesSite(item.text, siteNames, host))
    .map((item) => ({ ...item, text: stripSiteName(item.text, siteNames, host) }));
  const shownH1s = shown.filter((item) => item.element.name === 'h1');
  const onH1 = firstMatch(candidates, shownH1s, shown);
  if (onH1) return onH1;
  const whole = declared.find((text) => !isTruncated(text)) ?? declared[0] ?? documentTitle;
  // Metadata rewritten for search engines still shares most words with the headline the page shows.
  const reworded = whole ? shownH1s.find((h1) => wordOverlap(whole, h1.text) >= REWORDED_HEADLINE_OVERLAP) : undefined;
  if (reworded) return { text: reworded.text, element: reworded.element };
  // Only then the headline-classed elements and h2s: an h2 that repeats part of the title is often a subheading.
  const onOther = firstMatch(candidates, shown.filter((item) => item.element.name !== 'h1'), shown);
  if (onOther) return onOther;
  if (whole && whole !== documentTitle) return { text: whole, element: null };
  if (documentTitle) {
    const title = stripSiteName(documentTitle, siteNames, host);
    if (!namesSite(title, siteNames, host)) return { text: headlineFromTitle(title), element: null };
  }
  const onlyH1 = shownH1s.length === 1 ? shownH1s[0]! : null;
  return onlyH1 ? { text: onlyH1.text, element: onlyH1.element } : { text: null, element: null };
}

/** The first candidate that one of `elements` shows, with the element. */
function firstMatch(candidates: readonly string[], elements: readonly VisibleText[], shown: readonly VisibleText[]): ChosenHeadline | null {
  for (const candidate of candidates) {
    const match = elements.find((item) => matchesHeadline(candidate, item.text));
    if (match) return withoutShownLabels(candidate, match, shown) ?? { text: agreedHeadline(candidate, match), element: match.element };
  }
  return null;
}

/**
 * When the page's headline element repeats a title with its labels ("Headline
 * | Section | Site") and another element shows the headline alone, the labels
 * are no part of it: the element showing it alone is the headline.
 */
function withoutShownLabels(candidate: string, match: VisibleText, shown: readonly VisibleText[]): ChosenHeadline | null {
  const core = headlineFromTitle(candidate);
  if (core === candidate || comparisonKey(match.text) !== comparisonKey(candidate)) return null;
  const coreKey = comparisonKey(core);
  const alone = shown.find((item) => comparisonKey(item.text) === coreKey);
  return alone ? { text: agreedHeadline(core, alone), element: alone.element } : null;
}

/** Share of the shorter text's words found in the other; 0 when fewer than two words are shared. */
function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(comparisonKey(a).split(' ').filter(Boolean));
  const wordsB = new Set(comparisonKey(b).split(' ').filter(Boolean));
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared < MIN_SHARED_WORDS ? 0 : shared / Math.min(wordsA.size, wordsB.size);
}

/** The declared text when it says the same as the page; the page's text when the declared one is cut or wrapped. */
function agreedHeadline(candidate: string, shown: VisibleText): string {
  return comparisonKey(candidate) === comparisonKey(shown.text) ? candidate : shown.text;
}
