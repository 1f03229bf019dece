/**
 * `placeholder-lost`: inline markup and protected spans (numbers, URLs,
 * glossary terms) travel through an engine as placeholders and are restored
 * afterwards, so every placeholder of the source must come back exactly once.
 *
 * Format: `⟦n⟧`, a decimal number between U+27E6 and U+27E7 (mathematical
 * white square brackets), with no spaces inside: `⟦1⟧`, `⟦12⟧`. Engines copy
 * these symbols through and do not translate digits between them, while
 * plain brackets (`[1]`) are often reformatted. A placeholder that comes back
 * with spaces (`⟦ 1 ⟧`) or with one bracket missing counts as lost.
 */
import { issue, type QaCheck, type QaIssue } from './qa-types.ts';

export const PLACEHOLDER_LOST = 'placeholder-lost';

const PLACEHOLDER = /⟦(\d+)⟧/gu;
/** A bracket of the placeholder alphabet outside a well-formed placeholder. */
const STRAY_BRACKET = /[⟦⟧]/gu;

/** The placeholder for the n-th protected span: `placeholder(1)` is `⟦1⟧`. */
export function placeholder(n: number): string {
  return `⟦${n}⟧`;
}

/** The text with each placeholder blanked out (same length), so its digits do not read as numbers. */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (token) => ' '.repeat(token.length));
}

export const checkPlaceholders: QaCheck = ({ source, output }) => {
  const expected = countPlaceholders(source);
  const issues: QaIssue[] = [];
  const seen = new Map<string, number>();
  for (const match of output.matchAll(PLACEHOLDER)) {
    const count = (seen.get(match[0]) ?? 0) + 1;
    seen.set(match[0], count);
    if (count > (expected.get(match[0]) ?? 0)) {
      const kind = expected.has(match[0]) ? 'placeholder-repeated' : 'placeholder-foreign';
      issues.push(issue(PLACEHOLDER_LOST, { kind, placeholder: match[0] }, match.index, match.index + match[0].length));
    }
  }
  for (const [token, count] of expected) {
    const missing = count - (seen.get(token) ?? 0);
    if (missing > 0) issues.push(issue(PLACEHOLDER_LOST, { kind: 'placeholder-missing', placeholder: token }));
  }
  const bare = maskPlaceholders(output);
  for (const match of bare.matchAll(STRAY_BRACKET)) {
    issues.push(issue(PLACEHOLDER_LOST, { kind: 'placeholder-bracket', bracket: match[0] }, match.index, match.index + 1));
  }
  return issues;
};

function countPlaceholders(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(PLACEHOLDER)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
