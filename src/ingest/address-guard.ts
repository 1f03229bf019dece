/**
 * The fetcher's guard against server-side request forgery. Feed and page URLs,
 * and every image URL inside feed HTML, come from outside; without a guard a
 * hostile feed could make the desk request its own admin ports, the cloud
 * metadata service or anything else on the private network.
 *
 * The check runs where the connection is made (undici's connector), after DNS
 * resolution, so a public name that resolves to a private address is refused
 * too, and so is every redirect hop, since each hop connects anew. An allow
 * list opens given hosts, addresses or ranges: `fetch.allow` in wiredesk.yaml,
 * or WIREDESK_FETCH_ALLOW=127.0.0.1,localhost in the environment.
 */
import dns from 'node:dns';
import net from 'node:net';
import { Agent, buildConnector } from 'undici';
import { parseAllowEntry } from '../util/allow-entry.ts';

/** Special-purpose ranges (RFC 6890 and its IPv6 counterparts) that a public feed has no business pointing at. */
const BLOCKED_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including cloud metadata at 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and broadcast
];
const BLOCKED_V6: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: reaches IPv4 space through a translator
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

const blocked = new net.BlockList();
for (const [address, prefix] of BLOCKED_V4) blocked.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of BLOCKED_V6) blocked.addSubnet(address, prefix, 'ipv6');

/**
 * Connecting is the part a dead host stalls on; fail it sooner than the whole
 * request limit. The default of fetch.connectTimeoutMs.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/** True for addresses on the public internet; IPv4-mapped IPv6 addresses are judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Hosts the operator has opened: host names (`localhost`, `wire.internal`),
 * addresses (`127.0.0.1`, `::1`) or ranges (`10.20.0.0/16`).
 */
export class AllowList {
  private readonly hosts = new Set<string>();
  private readonly ranges = new net.BlockList();

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      if (raw.trim() === '') continue;
      // The configuration has checked each entry already; one that slipped past is an error here, never a host name.
      const entry = parseAllowEntry(raw);
      if (entry.kind === 'host') this.hosts.add(entry.host);
      else this.ranges.addSubnet(entry.address, entry.prefix, entry.family);
    }
  }

  allowsHost(hostname: string): boolean {
    return this.hosts.has(hostname.toLowerCase().replace(/\.$/, ''));
  }

  allowsAddress(address: string): boolean {
    const family = net.isIP(address);
    return family !== 0 && this.ranges.check(address, family === 4 ? 'ipv4' : 'ipv6');
  }
}

export class AddressRefusedError extends Error {
  override name = 'AddressRefusedError';
  readonly code = 'EWIREDESKREFUSED';
}

function refusal(host: string, address: string): AddressRefusedError {
  const what = host === address ? address : `${host} (${address})`;
  return new AddressRefusedError(
    `${what} is a private, loopback or otherwise non-public address; allow it with fetch.allow in wiredesk.yaml or WIREDESK_FETCH_ALLOW`,
  );
}

/** May a connection to this resolved address go ahead? */
function permitted(host: string, address: string, allow: AllowList): boolean {
  return isPublicAddress(address) || allow.allowsHost(host) || allow.allowsAddress(address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** dns.lookup, with every answer checked before the socket may use it. */
function guardedLookup(allow: AllowList) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !permitted(hostname, a.address, allow));
      if (refused) return callback(refusal(hostname, refused.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * An undici Agent that refuses non-public addresses unless allowed. Address
 * literals in URLs never reach DNS, so they are checked before connecting.
 */
export function createGuardedAgent(allowEntries: readonly string[] = [], connectTimeoutMs = CONNECT_TIMEOUT_MS): Agent {
  const allow = new AllowList(allowEntries);
  const connect = buildConnector({ timeout: connectTimeoutMs, lookup: guardedLookup(allow) });
  return new Agent({
    connect(options, callback) {
      const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
      if (net.isIP(host) !== 0 && !permitted(host, host, allow)) {
        callback(refusal(host, host), null);
        return;
      }
      connect(options, callback);
    },
  });
}
