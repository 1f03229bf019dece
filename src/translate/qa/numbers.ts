/**
 * `number-missing`: every number of the source, read as a value (see
 * number-values.ts), must be in the output as often as in the source. A
 * changed digit, a dropped figure or a wrong scale shows as a missing value.
 * Numbers the output has beyond the source's are not reported: translations
 * legitimately add some (a century written out as a year range). The digits
 * of placeholders (`⟦1⟧`) are not numbers of the text.
 */
import { issue, type QaCheck, type QaIssue } from './qa-types.ts';
import { readNumbers } from './number-values.ts';
import { maskPlaceholders } from './placeholders.ts';

export const NUMBER_MISSING = 'number-missing';

export const checkNumbers: QaCheck = (input) => {
  const source = maskPlaceholders(input.source);
  const output = maskPlaceholders(input.output);
  const available = new Map<string, number>();
  for (const { value } of readNumbers(output)) available.set(value, (available.get(value) ?? 0) + 1);
  const issues: QaIssue[] = [];
  for (const token of readNumbers(source, { quantitiesOnly: true })) {
    const left = available.get(token.value) ?? 0;
    if (left > 0) {
      available.set(token.value, left - 1);
      continue;
    }
    const written = source.slice(token.start, token.end);
    issues.push(issue(NUMBER_MISSING, { kind: 'number-missing', number: written }));
  }
  return issues;
};
