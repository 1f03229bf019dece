/**
 * robots.txt (RFC 9309) for article pages: one file per origin, fetched through
 * the same fetcher (and per-host politeness) as everything else, kept for a
 * day. Feeds are not checked: a feed is published to be read by programs like
 * this one, and RFC 9309 governs crawling, which a feed subscription is not.
 *
 * What an answer means (RFC 9309 §2.3.1): a 2xx body is parsed; any other
 * 4xx says there are no rules, so everything is allowed; a 5xx, a 429 or no
 * answer at all means the rules are unknown, so everything is disallowed for
 * now, and the origin is asked again sooner than a day.
 */
import robotsParserModule from 'robots-parser';
import { FetchError, type FetchErrorKind, type FetchResult } from './http-fetch.ts';

/**
 * robots-parser is CommonJS, and its typings declare an ES default export: at
 * run time the default import is already the parser function.
 */
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** RFC 9309 §2.4 lets a crawler keep robots.txt for up to 24 hours; the full allowance, to ask each site once a day. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

/** An origin whose robots.txt could not be read is asked again this soon, so pages resume soon after it recovers. */
export const UNREACHABLE_TTL_MS = 10 * 60 * 1000;

/** The product token matched against `User-agent:` lines (RFC 9309 §2.2.1), case-insensitively. */
export const ROBOTS_USER_AGENT = 'wiredesk';

/** Origins remembered before expired ones are forgotten. */
const PRUNE_ABOVE_ORIGINS = 1_000;

/** 429 is a 4xx, but it says "not now", not "no rules": read as unreachable, as the major crawlers do. */
const UNREACHABLE_4XX = new Set([429]);

type Robots = ReturnType<typeof robotsParser>;

type Rules =
  | { kind: 'parsed'; robots: Robots }
  | { kind: 'allow-all' }
  | { kind: 'unreachable'; error: FetchError };

interface Cached {
  rules: Rules;
  expiresAt: number;
}

export interface RobotsCacheOptions {
  /** Fetches a robots.txt URL with the same limits and politeness as any other request. */
  fetch: (url: string) => Promise<FetchResult>;
  /** Milliseconds since the epoch. */
  now: () => number;
}

export class RobotsCache {
  /** Promises, so that pages of one origin checked side by side share one fetch. */
  private readonly origins = new Map<string, Promise<Cached>>();

  constructor(private readonly options: RobotsCacheOptions) {}

  /**
   * Resolves when wiredesk may fetch `url`. Rejects with a FetchError of kind
   * "robots" when robots.txt disallows it (a lasting answer), or with the
   * kind of the robots.txt failure (status, network, timeout, held) when the
   * rules cannot be read now (worth trying again later), or of kind "refused"
   * when the address guard refuses the origin (as lasting as its configuration).
   */
  async check(url: string): Promise<void> {
    const origin = originOf(url);
    if (origin === null) return;
    const { rules } = await this.rulesFor(origin);
    if (rules.kind === 'allow-all') return;
    if (rules.kind === 'unreachable') {
      const cause = rules.error;
      // Not a rule that cannot be read now: the address itself is refused, for the page as for robots.txt.
      if (cause.kind === 'refused') throw new FetchError(`ingest: ${url} is not fetched: ${cause.message}`, { url, kind: 'refused' }, { cause });
      throw new FetchError(
        `ingest: robots.txt of ${origin} could not be read (${cause.message}); ${url} is not fetched until it can be`,
        { url, kind: temporaryKind(cause.kind), status: cause.status },
        { cause },
      );
    }
    if (rules.robots.isAllowed(url, ROBOTS_USER_AGENT) === false) {
      const line = rules.robots.getMatchingLineNumber(url, ROBOTS_USER_AGENT);
      throw new FetchError(`ingest: ${origin}/robots.txt disallows ${url} for ${ROBOTS_USER_AGENT} (line ${line})`, {
        url,
        kind: 'robots',
      });
    }
  }

  private rulesFor(origin: string): Promise<Cached> {
    const now = this.options.now();
    const cached = this.origins.get(origin);
    if (cached) {
      // A pending fetch has no expiry yet; `then` sees the settled value.
      return cached.then((entry) => (entry.expiresAt > this.options.now() ? entry : this.refresh(origin)));
    }
    if (this.origins.size >= PRUNE_ABOVE_ORIGINS) void this.pruneExpired(now);
    return this.refresh(origin);
  }

  private refresh(origin: string): Promise<Cached> {
    const pending = this.load(origin);
    this.origins.set(origin, pending);
    return pending;
  }

  private async load(origin: string): Promise<Cached> {
    const robotsUrl = `${origin}/robots.txt`;
    // Never rejects: a rejected promise in the map would fail every page of the origin for good.
    let rules: Rules;
    try {
      const result = await this.options.fetch(robotsUrl);
      rules = { kind: 'parsed', robots: robotsParser(robotsUrl, result.body.toString('utf8')) };
    } catch (error) {
      rules = rulesForFailure(robotsUrl, error);
    }
    const ttl = rules.kind === 'unreachable' ? UNREACHABLE_TTL_MS : ROBOTS_TTL_MS;
    return { rules, expiresAt: this.options.now() + ttl };
  }

  private async pruneExpired(now: number): Promise<void> {
    for (const [origin, pending] of [...this.origins]) {
      const entry = await pending;
      if (entry.expiresAt <= now && this.origins.get(origin) === pending) this.origins.delete(origin);
    }
  }
}

function rulesForFailure(robotsUrl: string, error: unknown): Rules {
  const status = error instanceof FetchError ? error.status : null;
  if (status !== null && status >= 400 && status < 500 && !UNREACHABLE_4XX.has(status)) return { kind: 'allow-all' };
  const fetchError =
    error instanceof FetchError
      ? error
      : new FetchError(`ingest: could not fetch ${robotsUrl}: ${String(error)}`, { url: robotsUrl, kind: 'network' }, { cause: error });
  return { kind: 'unreachable', error: fetchError };
}

/** Kinds the page step treats as passing; anything else about robots.txt is reported as a network failure. */
function temporaryKind(kind: FetchErrorKind): FetchErrorKind {
  return kind === 'status' || kind === 'timeout' || kind === 'held' ? kind : 'network';
}

/** scheme://host[:port], the scope of one robots.txt (RFC 9309 §2.3); null for URLs it does not govern. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
