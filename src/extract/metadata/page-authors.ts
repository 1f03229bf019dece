/**
 * Which author credits name people. Metadata puts everything in its author
 * fields: profile URLs, Twitter handles, login names, the site's own name,
 * desks ("Web Desk", "एबीपी न्यूज़ डेस्क") and agencies (PTI, Reuters, भाषा).
 * URLs and handles are dropped; people are kept; the rest only when no person
 * is credited.
 */
import type { Element } from 'domhandler';
import { comparisonKey, normalizeText } from '../../text/normalize.ts';
import { isDeskCredit } from './byline.ts';
import { headlinePosition, looksLikeName, type VisibleByline, type VisibleMetadata } from './visible-metadata.ts';

export interface AuthorCredit { name: string; isOrganization: boolean }

/** Wire agencies, credited like authors on pages that run their copy. */
const AGENCY = /^(?:pti|ani|ians|uni|afp|ap|reuters|associated press|agence france-presse|bloomberg|dpa|efe|xinhua|bbc|भाषा|पीटीआई|एएनआई|आईएएनएस|यूएनआई|एजेंसी|एजेंसियां)$/iu;
/** A credit that ends in a desk word: "ABP News Desk", "लाइव हिन्दुस्तान टीम", "Delhi Bureau". */
const DESK_SUFFIX = /(?:^|\s)(?:desk|team|bureau|staff|newsroom|editors?|admin|डेस्क|टीम|ब्यूरो)$|^(?:team|the|our)\s/iu;
/** A login name rather than a display name: "jroe", "jane.roe", "jane-roe2". */
const USER_HANDLE = /^[\p{Ll}\d._-]+$/u;
const NOT_A_NAME = /^(?:https?:|www\.)|@|\/|\.(?:com|org|net|in)\b/iu;
const BY_PREFIX = /^(?:by|from)\s+|^द्वारा\s+/iu;
/** Several names in one author field: "Jane Roe, Ravi Kumar", "Jane Roe and Ravi Kumar", "A, B, and C", "रवि और सीमा". */
const AUTHOR_LIST_SEPARATOR = /\s*(?:,\s*(?:and|&)\s|,|;|\s&\s|\sand\s|\sऔर\s|\sएवं\s)\s*/iu;
/**
 * Letters after a comma that continue a name rather than start another:
 * "Jane Roe, Jr.", "…, Ph.D.", and the professional letters that writers on
 * money, health and law put after their names ("Matthew Frankel, CFP",
 * "…, RDN", "…, DVM"). Two-letter degrees that are also surnames (Ma, Do)
 * are left out.
 */
const NAME_SUFFIX =
  /^(?:jr|sr|ii|iii|iv|ph\.?\s?d|md|m\.d|esq|mba|cpa|rn|cfp|cfa|chfc|clu|dds|dmd|dvm|rdn?|jd|mph|msw|lcsw|pharm\.?\s?d|pmp|np|aprn|facs|facp|obe|mbe|cbe|kc|qc)\.?$/iu;
/** A whole credit longer than this is a sentence or a bio, not a name. */
const MAX_CREDIT_CHARS = 80;

export interface SortedCredits {
  people: string[];
  /** Desks, agencies and organisations: credited only when no source names a person. */
  others: string[];
}

/**
 * The credits sorted into people and the rest (desks, agencies, login names,
 * the site's own name). URLs and @handles are dropped.
 */
export function sortCredits(credits: readonly AuthorCredit[], siteNames: readonly string[]): SortedCredits {
  const siteKeys = new Set(siteNames.map(comparisonKey));
  const usable = uniqueByKey(
    credits
      .map((credit) => ({ ...credit, name: normalizeText(credit.name).replace(BY_PREFIX, '').trim() }))
      .filter((credit) => isUsableCredit(credit.name)),
  );
  // The site's own name is true of a personal blog and of a desk-written story, but names nobody in particular.
  const isPerson = (credit: AuthorCredit): boolean =>
    !credit.isOrganization && !isDeskOrAgency(credit.name) && !siteKeys.has(comparisonKey(credit.name));
  return {
    people: usable.filter(isPerson).map((credit) => credit.name),
    others: usable.filter((credit) => !isPerson(credit)).map((credit) => credit.name),
  };
}

function isUsableCredit(name: string): boolean {
  if (name === '' || name.length > MAX_CREDIT_CHARS || NOT_A_NAME.test(name)) return false;
  // Organisations may carry digits or symbols ("News18"); people must look like names, checked after.
  return /[\p{L}]/u.test(name);
}

export function isDeskOrAgency(name: string): boolean {
  return isDeskCredit(name) || AGENCY.test(name) || DESK_SUFFIX.test(name) || USER_HANDLE.test(name) || !looksLikeName(name);
}

function uniqueByKey(credits: AuthorCredit[]): AuthorCredit[] {
  const seen = new Set<string>();
  return credits.filter((credit) => {
    const key = comparisonKey(credit.name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface AuthorEvidence {
  jsonLd: readonly AuthorCredit[];
  /** The values of the strongest author meta tag, then microdata authors. */
  metaTags: readonly string[];
  microdata: readonly string[];
  visible: VisibleMetadata;
  /** Names that credit the site rather than a person. */
  siteNames: readonly string[];
  headlineElement: Element | null;
}

/**
 * The people credited, from the first source that names one (JSON-LD, meta
 * tags, microdata, the visible byline nearest the headline); desks, agencies
 * and the site's name from the first source that has any when none does.
 * With them, the byline element the page shows, when it names the authors.
 */
export function chooseAuthors(evidence: AuthorEvidence): { authors: string[]; bylineElements: Element[] } {
  const { visible, siteNames } = evidence;
  const byline = visibleByline(visible, evidence.headlineElement);
  const asCredits = (names: readonly string[]): AuthorCredit[] =>
    splitAuthorList(names).map((name) => ({ name, isOrganization: false }));
  const sources: AuthorCredit[][] = [
    evidence.jsonLd.flatMap((a) => splitAuthorList([a.name]).map((name) => ({ name, isOrganization: a.isOrganization }))),
    asCredits(evidence.metaTags),
    asCredits(evidence.microdata),
    asCredits(byline?.names ?? []),
  ];
  const sorted = sources.map((credits) => sortCredits(credits, siteNames));
  const authors =
    sorted.find((source) => source.people.length > 0)?.people ??
    sorted.find((source) => source.others.length > 0)?.others ??
    [];
  const keys = new Set(authors.map(comparisonKey));
  const shown = byline && byline.names.some((name) => keys.has(comparisonKey(name)));
  return { authors, bylineElements: shown ? [byline.element] : [] };
}

/**
 * The byline the page shows for this article: the one nearest the headline,
 * above or below it (bylines far from it belong to navigation or to other
 * stories), or the first on the page when the headline element is unknown.
 */
function visibleByline(visible: VisibleMetadata, headlineElement: Element | null): VisibleByline | null {
  const at = headlinePosition(visible, headlineElement);
  if (at === undefined) return visible.bylines[0] ?? null;
  let nearest: VisibleByline | null = null;
  for (const byline of visible.bylines) {
    if (!nearest || Math.abs(byline.position - at) < Math.abs(nearest.position - at)) nearest = byline;
  }
  return nearest;
}

/** Author fields split into names, keeping suffixes such as "Jr." with the name before them. */
function splitAuthorList(fields: readonly string[]): string[] {
  const names: string[] = [];
  for (const field of fields) {
    for (const part of field.split(AUTHOR_LIST_SEPARATOR)) {
      const name = part.trim();
      if (name === '') continue;
      if (NAME_SUFFIX.test(name) && names.length > 0) names[names.length - 1] += `, ${name}`;
      else names.push(name);
    }
  }
  return names;
}
