/**
 * What a wire says about whether an item may be shown, in the three wire
 * formats' own words, reduced to one vocabulary:
 *
 * - ninjs (1.x and 2.0): `pubstatus` is `usable`, `withheld` or `canceled`;
 *   `embargoed` is the date-time before which the item must not be shown.
 * - NewsML-G2: itemMeta `<pubStatus qcode="stat:usable|stat:withheld|stat:canceled">`
 *   and `<embargoed>` (a date-time; empty means embargoed until further notice).
 * - NITF 3.x: docdata's `management-status` attribute (`usable`, `embargoed`,
 *   `withheld`, `canceled`) and `<date.release norm="…">`, the time the
 *   document may be released ("on receipt" when absent). A document that says
 *   `embargoed` without a release time is held like a withheld one.
 *
 * Pure: the readers pass what they found, buildEntry turns it into Entry fields.
 */
import type { WireWithdrawal } from './entry.ts';
import { parseFeedDate } from './feed-dates.ts';

export type WireStatus = 'usable' | 'embargoed' | WireWithdrawal;

/** `stat:canceled`, `canceled`, `cancelled`, a full URI ending in one of them: the status word, or null when it is none. */
export function wireStatusWord(value: string | null | undefined): WireStatus | null {
  const word = value?.trim().split(/[:/#]/).pop()?.toLowerCase();
  switch (word) {
    case 'usable':
      return 'usable';
    case 'withheld':
      return 'withheld';
    case 'canceled':
    case 'cancelled':
      return 'canceled';
    case 'embargoed':
      return 'embargoed';
    default:
      return null;
  }
}

export interface WireState {
  pubStatus?: WireWithdrawal;
  embargoed?: string;
}

/**
 * The Entry fields for a status and an embargo as the reader found them
 * (`embargo` '' for "embargoed, no time given"). A status of `embargoed`
 * without a usable time, and an embargo time that is not a date, hold the
 * item as withheld: showing an embargoed story early is the one mistake a
 * desk cannot take back.
 */
export function wireState(status: WireStatus | null | undefined, embargo: string | null | undefined, name: string, warnings: string[]): WireState {
  if (status === 'canceled' || status === 'withheld') return { pubStatus: status };
  const text = embargo?.trim();
  if (text) {
    const time = parseFeedDate(text);
    if (time !== null) return { embargoed: time };
    warnings.push(`${name}: embargo time "${text}" is not a date; the item is withheld until the wire sends it again`);
    return { pubStatus: 'withheld' };
  }
  if (status === 'embargoed' || text === '') return { pubStatus: 'withheld' };
  return {};
}
