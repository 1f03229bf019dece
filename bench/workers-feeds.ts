/**
 * The feeds of bench/workers.ts: `hosts` loopback publishers, each a server
 * on an address of its own (127.0.0.1, 127.0.0.2, …: all of 127.0.0.0/8 is
 * loopback), so the fetcher's per-host politeness spreads the feeds over
 * several hosts as it would over real sites. Each server records when every
 * feed request started and ended, and how many it had in flight at once.
 *
 * Every item's sentences carry its own numbers, so the translation memory
 * never answers for the engine: each translated sentence is a call to it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeAll } from '../test/e2e/loopback-feeds.ts';

export interface BenchFeed {
  id: string;
  /** `en` or `ur`. */
  language: 'en' | 'ur';
  /** Edition languages its articles are translated into (`[es]`, `[hi]`, or none). */
  translate: string[];
  url: string;
}

export interface FeedHosts {
  feeds: BenchFeed[];
  /** Feed requests answered since the last reset. */
  served(): number;
  /** When the first feed request of the run came and when the last feed answer went (ms since the epoch). */
  window(): { first: number; last: number } | null;
  /** Feed requests per host since the last reset. */
  requestsPerHost(): number[];
  /** Most requests any host had in flight at once since the last reset. */
  maxInFlight(): number;
  /** Forgets the counts, before the next run. */
  reset(): void;
  close(): Promise<void>;
}

export interface FeedPlan {
  feeds: number;
  hosts: number;
  items: number;
  /** Feeds whose articles are translated: half Urdu into Hindi, half English into Spanish. */
  translatedFeeds: number;
}

/** Body sentences of an item; the headline is a fourth segment to translate. */
export const SENTENCES_PER_ITEM = 3;

export async function serveFeedHosts(plan: FeedPlan): Promise<FeedHosts> {
  const bodies = new Map<string, Buffer>();
  const feeds: Omit<BenchFeed, 'url'>[] = [];
  const urduFeeds = Math.ceil(plan.translatedFeeds / 2);
  for (let f = 0; f < plan.feeds; f++) {
    const urdu = f < urduFeeds;
    const translate = f < urduFeeds ? ['hi'] : f < plan.translatedFeeds ? ['es'] : [];
    const id = `feed-${f + 1}`;
    feeds.push({ id, language: urdu ? 'ur' : 'en', translate });
    bodies.set(`/${id}.rss`, Buffer.from(urdu ? bulletinFeed(id, 'ur', plan.items, urduBulletin) : bulletinFeed(id, 'en', plan.items, englishBulletin)));
  }

  let served = 0;
  let first: number | null = null;
  let last = 0;
  let perHost: number[] = Array.from({ length: plan.hosts }, () => 0);
  let maxInFlight = 0;
  const servers: http.Server[] = [];
  const bases: string[] = [];
  try {
    for (let h = 0; h < plan.hosts; h++) {
      let inFlight = 0;
      const server = http.createServer((request, response) => {
        const body = bodies.get(request.url ?? '');
        if (!body) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        first ??= Date.now();
        perHost[h] = (perHost[h] ?? 0) + 1;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        response.on('close', () => inFlight--);
        response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': body.length }).end(body, () => {
          served++;
          last = Date.now();
        });
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, `127.0.0.${h + 1}`, resolve);
      });
      servers.push(server);
      bases.push(`http://127.0.0.${h + 1}:${(server.address() as AddressInfo).port}`);
    }
  } catch (error) {
    await closeAll(servers);
    throw new Error(`bench: could not listen on 127.0.0.${servers.length + 1}`, { cause: error });
  }
  return {
    // Feed f on host f mod hosts: each host carries its share of the feeds.
    feeds: feeds.map((feed, f) => ({ ...feed, url: `${bases[f % plan.hosts]}/${feed.id}.rss` })),
    served: () => served,
    window: () => (first === null ? null : { first, last }),
    requestsPerHost: () => [...perHost],
    maxInFlight: () => maxInFlight,
    reset() {
      served = 0;
      first = null;
      last = 0;
      perHost = perHost.map(() => 0);
      maxInFlight = 0;
    },
    close: () => closeAll(servers),
  };
}

function rss(id: string, language: string, items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${id}</title><link>http://${id}.example/</link><language>${language}</language><description>bench</description>${items.join('')}</channel></rss>`;
}

function item(id: string, n: number, title: string, paragraphs: string[]): string {
  return `<item><title>${title}</title><link>http://${id}.example/story/${n}</link><guid isPermaLink="false">urn:wiredesk-bench:${id}:${n}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, 12, -n)).toUTCString()}</pubDate>
<content:encoded><![CDATA[${paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`;
}

/** One bulletin: its headline and paragraphs, for item `n` of feed number `feedNo`. */
type Bulletin = (n: number, feedNo: string) => { title: string; paragraphs: string[] };

/** A feed of `items` bulletins in `lang`, numbered so that no two sentences are the same. */
function bulletinFeed(id: string, lang: string, items: number, bulletin: Bulletin): string {
  const feedNo = id.replace(/\D/g, '');
  return rss(
    id,
    lang,
    Array.from({ length: items }, (_, i) => {
      const { title, paragraphs } = bulletin(i + 1, feedNo);
      return item(id, i + 1, title, paragraphs);
    }),
  );
}

/** English bulletins about a town's water rota. */
const englishBulletin: Bulletin = (n, feedNo) => ({
  title: `Ward ${n} of district ${feedNo} gets water on day ${(n % 7) + 1}`,
  paragraphs: [
    `The council of district ${feedNo} met on Tuesday and gave ward ${n} a new water rota of ${n + 2} hours a day.`,
    `Farmers from ward ${n} asked for ${(n % 5) + 1} more days of supply before the sowing begins in ${feedNo} weeks.`,
    `The rota for ward ${n} will be posted on the notice board of district ${feedNo} by Friday.`,
  ],
});

/** Urdu bulletins of the same kind (wording written for this bench). */
const urduBulletin: Bulletin = (n, feedNo) => ({
  title: `ضلع ${feedNo} کے وارڈ ${n} کو پانی کی نئی باری ملی`,
  paragraphs: [
    `ضلع ${feedNo} کی کونسل نے منگل کو اجلاس کیا اور وارڈ ${n} کو روزانہ ${n + 2} گھنٹے پانی دینے کا فیصلہ کیا۔`,
    `وارڈ ${n} کے کسانوں نے بوائی سے پہلے ${(n % 5) + 1} دن مزید پانی کا مطالبہ کیا۔`,
    `وارڈ ${n} کی باری کا اعلان جمعہ تک ضلع ${feedNo} کے دفتر میں لگا دیا جائے گا۔`,
  ],
});
