/**
 * The address of the reader or editor behind a request. Without a proxy it is
 * the connection's peer. Behind proxies the operator names (`proxy.trusted`,
 * WIREDESK_TRUSTED_PROXIES) it is read from X-Forwarded-For, right to left:
 * each trusted proxy appended the address it was connected from, so the first
 * address from the right that is not a trusted proxy is the client. Anything
 * further left was written by the client and may be forged; a peer that is
 * not a trusted proxy has its X-Forwarded-For ignored altogether.
 */
import net from 'node:net';
import { parseAllowEntry } from './allow-entry.ts';

export type ClientAddressOf = (peer: string | undefined, forwardedFor: string | undefined) => string;

/** What a request without a readable peer address counts as. */
export const UNKNOWN_CLIENT = 'unknown';

export function clientAddressResolver(trusted: readonly string[]): ClientAddressOf {
  const proxies = new net.BlockList();
  for (const raw of trusted) {
    const entry = parseAllowEntry(raw);
    // The configuration refuses host names here; an address is all a connection has.
    if (entry.kind === 'range') proxies.addSubnet(entry.address, entry.prefix, entry.family);
  }
  const isTrusted = (address: string) => {
    const family = net.isIP(address);
    return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return (peer, forwardedFor) => {
    if (peer === undefined || peer === '') return UNKNOWN_CLIENT;
    const direct = unmapped(peer);
    if (trusted.length === 0 || !isTrusted(direct) || forwardedFor === undefined) return direct;
    let client = direct;
    const hops = forwardedFor.split(',');
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = readHop(hops[i]!);
      // A hop that is not an address was not written by a proxy we trust: the last good one stands.
      if (hop === null) break;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}

/** Node reports IPv4 peers of a dual-stack socket as ::ffff:a.b.c.d. */
function unmapped(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}

/** One X-Forwarded-For entry: an address, IPv6 perhaps in brackets, perhaps with a port. */
function readHop(raw: string): string | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  return net.isIP(text) === 0 ? null : unmapped(text);
}
