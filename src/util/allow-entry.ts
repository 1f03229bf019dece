/**
 * One entry of the fetcher's allow list (`fetch.allow`, WIREDESK_FETCH_ALLOW):
 * a host name (`localhost`, `wire.internal`), an address (`127.0.0.1`,
 * `::1`, `[::1]`) or a range (`10.20.0.0/16`). The configuration checks
 * every entry with this when it loads, and the address guard builds its list
 * from the same reading, so an entry that loads is one the guard understands:
 * nothing is taken for a host name because it failed to be an address.
 */
import net from 'node:net';
import { domainToASCII } from 'node:url';

export type AllowEntry =
  | { kind: 'host'; host: string }
  /** A single address is a range of its full length (/32, /128). */
  | { kind: 'range'; address: string; prefix: number; family: 'ipv4' | 'ipv6' };

const PREFIX_DIGITS = /^\d{1,3}$/;
/** Labels of letters, digits, hyphens and underscores (as in _srv names), after IDNA. */
const HOST_NAME = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?$/;
/** Digits and dots only: meant as an IPv4 address, whatever it parses as. */
const DOTTED_NUMBERS = /^[\d.]+$/;
const FAMILY_BITS = { ipv4: 32, ipv6: 128 } as const;

export class AllowEntryError extends Error {
  override name = 'AllowEntryError';
}

/** The entry read, or an AllowEntryError whose message quotes it and says what is wrong. */
export function parseAllowEntry(raw: string): AllowEntry {
  const entry = raw.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const quoted = JSON.stringify(raw.trim());
  if (entry === '') throw new AllowEntryError(`${quoted} is empty`);
  if (entry.includes('://')) throw new AllowEntryError(`${quoted} is a URL; give its host name, address or range instead`);
  const slash = entry.indexOf('/');
  if (slash >= 0) return range(entry.slice(0, slash), entry.slice(slash + 1), quoted);
  const family = familyOf(entry);
  if (family) {
    if (entry.includes('%')) throw new AllowEntryError(`${quoted} has a zone index (%…); allow the address without it`);
    return { kind: 'range', address: entry, prefix: FAMILY_BITS[family], family };
  }
  return { kind: 'host', host: hostName(entry, quoted) };
}

/** Null for a good entry, else what is wrong with it. */
export function allowEntryProblem(raw: string): string | null {
  try {
    parseAllowEntry(raw);
    return null;
  } catch (error) {
    if (error instanceof AllowEntryError) return error.message;
    throw error;
  }
}

/**
 * Null for an address or a range, else what is wrong: the trusted proxies
 * (`proxy.trusted`) are read like allow entries, host names refused.
 */
export function proxyEntryProblem(raw: string): string | null {
  const problem = allowEntryProblem(raw);
  if (problem !== null) return problem;
  return parseAllowEntry(raw).kind === 'host' ? `${JSON.stringify(raw.trim())} is a host name; give the proxy's address or range (127.0.0.1, 10.0.0.0/8)` : null;
}

function range(address: string, prefixText: string, quoted: string): AllowEntry {
  const family = familyOf(address);
  if (!family || address.includes('%')) {
    throw new AllowEntryError(`${quoted} is not a range such as 10.20.0.0/16: ${JSON.stringify(address)} is not an IP address`);
  }
  const bits = FAMILY_BITS[family];
  const prefix = Number(prefixText);
  if (!PREFIX_DIGITS.test(prefixText) || prefix > bits) {
    const name = family === 'ipv4' ? 'IPv4' : 'IPv6';
    throw new AllowEntryError(`${quoted} is not a range: the prefix length after "/" must be a whole number from 0 to ${bits} for ${name}`);
  }
  return { kind: 'range', address, prefix, family };
}

function familyOf(address: string): 'ipv4' | 'ipv6' | null {
  const family = net.isIP(address);
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : null;
}

/**
 * The name as URLs spell it (WHATWG host parsing: IDNA to ASCII, lower case),
 * so that it compares equal to a URL's hostname. A name that URLs would read
 * as an address (`10.1` is 10.0.0.1) is refused: it would never match by name.
 */
function hostName(entry: string, quoted: string): string {
  const ascii = domainToASCII(entry);
  if (ascii !== '' && net.isIP(ascii) !== 0) {
    throw new AllowEntryError(`${quoted} reads as the address ${ascii}; write that address instead`);
  }
  if (DOTTED_NUMBERS.test(entry)) throw new AllowEntryError(`${quoted} is not an IP address (four numbers from 0 to 255)`);
  if (ascii === '' || !HOST_NAME.test(ascii)) {
    throw new AllowEntryError(`${quoted} is neither a host name, an address nor a range (localhost, 10.0.0.5, 10.20.0.0/16)`);
  }
  return ascii.replace(/\.$/, '');
}
