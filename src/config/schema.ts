/**
 * The shape of wiredesk.yaml. Every object is strict: an unknown key is almost
 * always a typo, and a typo that is silently ignored is a setting that never
 * takes effect.
 */
import { z } from 'zod';
import { LANGUAGE_CODE } from '../text/language-tag.ts';
import { allowEntryProblem, proxyEntryProblem } from '../util/allow-entry.ts';
import { sourceFormats } from './source-formats.ts';

/** BCP 47 primary language subtag (`hi`, `en`, `ur`); regions are not used by editions. */
const language = z
  .string()
  .regex(LANGUAGE_CODE, 'must be a BCP 47 language code such as "hi" or "en"');

const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes, e.g. "world-news"');

/** A text given once for all languages, or per language: `{ hi: "…", en: "…" }`. */
const localised = z.union([z.string().min(1), z.record(language, z.string().min(1))]);

const edition = z
  .object({
    lang: language,
    /** URL prefix of the edition: "/" for the main edition, "/en/" for another. */
    path: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)?$/, 'must be "/" or a single segment between slashes, e.g. "/en/"'),
    title: z.string().min(1).optional(),
    /** Over a translated article: the original's headline (`keep`) or a translated one. */
    headline: z.enum(['keep', 'translate']).default('translate'),
    /**
     * Whether lists show articles in other languages that readers of this
     * edition cannot read in its language (originals without a published
     * translation, and for the main edition those of languages without an
     * edition). Off: an edition lists only what it can show in its language.
     */
    showUntranslated: z.boolean().default(false),
  })
  .strict();

/** Edition languages the articles of a source or section are machine-translated into. */
const translateInto = z.array(language).optional();

/** An address readers follow: http(s) only, so no `javascript:` or `data:` link reaches a page. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * The reader-support notice under articles (src/site/support-notice.tsx):
 * opt-in, present only when configured. Texts and the address may be given
 * per language; an edition whose language a per-language value leaves out
 * shows no notice.
 */
const supportNotice = z
  .object({
    text: localised,
    url: z.union([webUrl, z.record(language, webUrl)]),
    /** The link's words; "Support us" in the edition's language when left out. */
    linkText: localised.optional(),
  })
  .strict();

const section = z
  .object({
    id: slugId,
    title: localised,
    translate: translateInto,
  })
  .strict();

export { sourceFormats };

/**
 * A source's licence: its text (shown in notices), and what it lets the desk
 * do with the copy. Written as a plain text (everything allowed, today's
 * meaning) or as `{ text, edits, translation }`; both parse to the object.
 */
const licenceObject = z
  .object(
    {
      text: z.string().min(1, 'must not be empty').optional(),
      edits: z
        .enum(['full', 'headline', 'none'], {
          error: 'must be "full" (staff may change anything), "headline" (the headline only) or "none" (nothing of the copy)',
        })
        .default('full'),
      translation: z
        .enum(['publish', 'review', 'forbid'], {
          error: 'must be "publish" (machine translations go out when the quality gate passes them), "review" (staff review each one) or "forbid" (none is made)',
        })
        .default('publish'),
    },
    { error: 'must be the licence text, or { text, edits, translation }' },
  )
  .strict();

const licence = z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? { text: value } : value), licenceObject);

const source = z
  .object({
    id: slugId,
    name: z.string().min(1),
    /** An http(s) URL, or a path to a local file (relative to wiredesk.yaml). */
    url: z.string().min(1),
    format: z.enum(sourceFormats).default('auto'),
    section: slugId,
    /** The language of the feed's items, or "auto" to detect it per item. */
    language: z.union([language, z.literal('auto')]).default('auto'),
    /** `republish`: licensed full text; `link`: headline, summary and a link only. */
    mode: z.enum(['republish', 'link']).default('republish'),
    /** Where the body comes from. */
    fullText: z.enum(['feed', 'page', 'auto']).default('feed'),
    licence: licence.optional(),
    /** Syndication notice shown under every article of this source. */
    notice: localised.optional(),
    translate: translateInto,
  })
  .strict();

/** The rules for each field of a source, for commands that define one outside the file (`wiredesk sources add`). */
export const sourceFieldSchemas = source.shape;

/** Checked at load, by the reading the address guard uses (src/util/allow-entry.ts). */
function refuseBadAllowEntry(entry: string, ctx: z.RefinementCtx): void {
  const problem = allowEntryProblem(entry);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
}

/** An address or a range: a proxy is known by the address it connects from, never by a name. */
function refuseBadProxyEntry(entry: string, ctx: z.RefinementCtx): void {
  const problem = proxyEntryProblem(entry);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
}

/** Every command checks it, not only the site that shows dates: a bad zone is a bad file. */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const fetchOptions = z
  .object({
    /** Whole-request limit: connect, headers and body. */
    timeoutMs: z.number().int().positive().default(20_000),
    /** Limit for opening the connection alone: a dead host fails sooner than a slow one. */
    connectTimeoutMs: z.number().int().positive().default(10_000),
    /** Larger bodies are cut off and the fetch fails: a feed is rarely above a few MiB. */
    maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
    userAgent: z.string().min(1).optional(),
    /**
     * Hosts, addresses or ranges (`localhost`, `10.0.0.5`, `10.20.0.0/16`) the
     * fetcher may reach although they are private or loopback; by default it
     * refuses them, so a hostile feed cannot make the desk probe its own network.
     */
    allow: z.array(z.string().superRefine(refuseBadAllowEntry)).default([]),
    /** Politeness per host, shared by feed, page and robots.txt requests. */
    perHost: z
      .object({
        /** Requests to one host in flight at once. */
        concurrency: z.number().int().positive().default(1),
        /** Least time between the starts of two requests to one host. */
        delayMs: z.number().int().nonnegative().default(1_000),
      })
      .strict()
      .default({ concurrency: 1, delayMs: 1_000 }),
    /** Adaptive polling never fetches a source more often than this… */
    minIntervalMinutes: z.number().positive().default(5),
    /** …nor, while it works, less often than this (backoff after failures may go up to a day). */
    maxIntervalMinutes: z.number().positive().default(360),
  })
  .strict()
  .refine((f) => f.minIntervalMinutes <= f.maxIntervalMinutes, {
    path: ['minIntervalMinutes'],
    message: 'must not be more than fetch.maxIntervalMinutes',
  });

/** Settings every engine kind shares. */
const engineCommon = {
  id: slugId,
  /** Base URL of the engine's HTTP API: `http://127.0.0.1:2737` for a local Apertium APY. */
  url: z.url({ protocol: /^https?$/ }),
  /** Requests in flight at once: APY runs one pipeline per pair unless told otherwise. */
  concurrency: z.number().int().positive().default(2),
  /** Further attempts after a network error, a timeout, HTTP 429 or 5xx, with backoff. */
  retries: z.number().int().nonnegative().default(3),
};

/** A machine-translation engine the desk may call (see src/translate/engines/). */
const classicEngine = z
  .object({
    ...engineCommon,
    kind: z.enum(['apertium', 'libretranslate']),
    /** LibreTranslate's `api_key`; never logged or shown. */
    apiKey: z.string().min(1).optional(),
    /** Limit for one request; a long paragraph through Apertium takes a few seconds. */
    timeoutMs: z.number().int().positive().default(30_000),
  })
  .strict();

/** A large language model behind the OpenAI-compatible chat-completions API (openai-engine.ts). */
const openAiEngine = z
  .object({
    ...engineCommon,
    kind: z.literal('openai'),
    /** The model as the server names it (`GET {url}/models`). */
    model: z.string().min(1),
    /** The environment variable holding the API key (`OPENAI_API_KEY`): the key itself never sits in the file. */
    apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable, e.g. OPENAI_API_KEY').optional(),
    /** Limit for one request: a model on a CPU takes tens of seconds over a long sentence. */
    timeoutMs: z.number().int().positive().default(120_000),
    /** Ceiling of max_tokens; each request asks for a limit derived from its text's length, up to this. */
    maxTokens: z.number().int().positive().default(4096),
    /** A longer text is cut at sentence ends or spaces and sent in pieces no longer than this. */
    maxInputChars: z.number().int().min(200).default(2000),
  })
  .strict();

const translationEngine = z.discriminatedUnion('kind', [classicEngine, openAiEngine]);

/** A direction and its engine; `prompt` replaces the default instructions of an openai engine for this pair. */
const translationPair = z
  .object({ from: language, to: language, engine: slugId, prompt: z.string().trim().min(1).optional() })
  .strict();

const translation = z
  .object({
    engines: z.array(translationEngine).default([]),
    /** Which engine translates each direction: `{ from: ur, to: hi, engine: apertium }`. */
    pairs: z.array(translationPair).default([]),
    /** Glossary file per target language (`hi: ./glossary-hi.yaml`), relative to wiredesk.yaml. */
    glossaries: z.record(language, z.string().min(1)).default({}),
  })
  .strict();

/** A similarity threshold: a cosine in (0, 1]. */
const similarity = z.number().gt(0).max(1);

/**
 * Story clustering (src/stories/). Every key is optional: left out, the
 * clusterer's own default applies (documented in docs/configuration.md), so the
 * defaults live in one place.
 */
const stories = z
  .object({
    /** Hours of publication time an article can still join a story of; also how far back each pass replays. */
    windowHours: z.number().positive().max(24 * 30).optional(),
    /** A story takes at most this many articles; later reports start a new story. */
    maxStoryArticles: z.number().int().positive().optional(),
    /** A story spans at most this many hours from its first article to its last. */
    maxStorySpanHours: z.number().positive().optional(),
    /** Least similarity for an article to join a story in its own language. */
    joinThreshold: similarity.optional(),
    /** Least similarity for an article to join a story with no article in its language. */
    crossLanguageJoinThreshold: similarity.optional(),
    /** Least similarity with a second story for the two to merge; a merge cannot be undone. */
    mergeThreshold: similarity.optional(),
  })
  .strict()
  .refine((s) => s.mergeThreshold === undefined || s.joinThreshold === undefined || s.mergeThreshold >= s.joinThreshold, {
    path: ['mergeThreshold'],
    message: 'must not be less than stories.joinThreshold: merging two stories takes more evidence than joining one',
  });

/** Defaults of the render cache (docs/site.md, "The render cache"); the figures are measured in docs/benchmarks.md. */
const RENDER_CACHE_DEFAULTS = { enabled: true, maxMegabytes: 64, checkEveryMs: 500, maxAgeSeconds: 300, brotliQuality: 8, gzipLevel: 6, staleWhileRenderMs: 2000 };

/** Rendered pages, feeds and sitemaps kept in memory until the content behind them changes. */
const renderCache = z
  .object({
    enabled: z.boolean().default(RENDER_CACHE_DEFAULTS.enabled),
    /** Memory for rendered responses and their brotli and gzip forms; least recently used go first. */
    maxMegabytes: z.number().positive().max(65_536).default(RENDER_CACHE_DEFAULTS.maxMegabytes),
    /** How often a web process asks the database whether content changed: the most a change can take to show. */
    checkEveryMs: z.number().int().min(0).max(60_000).default(RENDER_CACHE_DEFAULTS.checkEveryMs),
    /** The oldest a cached response may be: for what changes with time and no write (the news sitemap's 48 hours, the year in the footer). */
    maxAgeSeconds: z.number().positive().max(86_400).default(RENDER_CACHE_DEFAULTS.maxAgeSeconds),
    /** Brotli quality (0–11), paid once per page and content change. */
    brotliQuality: z.number().int().min(0).max(11).default(RENDER_CACHE_DEFAULTS.brotliQuality),
    /** gzip level (1–9), likewise. */
    gzipLevel: z.number().int().min(1).max(9).default(RENDER_CACHE_DEFAULTS.gzipLevel),
    /** While a changed page renders again, readers may get it as it was, if that was current at most checkEveryMs + this ago; 0 makes them wait. */
    staleWhileRenderMs: z.number().int().min(0).max(60_000).default(RENDER_CACHE_DEFAULTS.staleWhileRenderMs),
  })
  .strict();

export const configSchema = z
  .object({
    site: z
      .object({
        name: z.string().min(1),
        baseUrl: z.url({ protocol: /^https?$/ }),
        /** A line about the site (footer, home page description), once for all editions or per language. */
        description: localised.optional(),
        /** A notice after each article asking readers to support the site; off when left out. */
        support: supportNotice.optional(),
        /** Contact URL or address, named in the fetcher's User-Agent. */
        contact: z.string().optional(),
        /** IANA zone in which the site shows dates and times. */
        timeZone: z
          .string()
          .refine(isKnownTimeZone, {
            error: (issue) => `${JSON.stringify(issue.input)} is not a time zone this runtime knows (an IANA name such as Asia/Kolkata, or UTC)`,
          })
          .default('UTC'),
      })
      .strict(),
    editions: z.array(edition).min(1, 'needs at least one edition'),
    sections: z.array(section).min(1, 'needs at least one section'),
    sources: z.array(source).default([]),
    /** Folder for the SQLite database and other state, relative to wiredesk.yaml. */
    dataDir: z.string().min(1).default('./data'),
    /** postgres://… to use PostgreSQL instead of the embedded SQLite file. */
    databaseUrl: z.string().optional(),
    port: z.number().int().min(0).max(65535).default(8080),
    /** Interval between fetches of a source that gives no better signal (adaptive polling), in minutes. */
    ingestEveryMinutes: z.number().positive().default(15),
    fetch: fetchOptions.default({
      timeoutMs: 20_000,
      connectTimeoutMs: 10_000,
      maxBytes: 10 * 1024 * 1024,
      allow: [],
      perHost: { concurrency: 1, delayMs: 1_000 },
      minIntervalMinutes: 5,
      maxIntervalMinutes: 360,
    }),
    translation: translation.default({ engines: [], pairs: [], glossaries: {} }),
    stories: stories.default({}),
    renderCache: renderCache.default(RENDER_CACHE_DEFAULTS),
    health: z
      .object({
        /** /readyz says 503 when `serve` ingests and its last pass finished longer ago than this. */
        maxPassAgeMinutes: z.number().positive().default(30),
      })
      .strict()
      .default({ maxPassAgeMinutes: 30 }),
    proxy: z
      .object({
        /**
         * Addresses or ranges of the reverse proxies in front of wiredesk (or
         * WIREDESK_TRUSTED_PROXIES): from these, X-Forwarded-For names the client.
         */
        trusted: z.array(z.string().superRefine(refuseBadProxyEntry)).default([]),
      })
      .strict()
      .default({ trusted: [] }),
    metrics: z
      .object({
        /** Bearer token that opens /metrics to other addresses than loopback (or WIREDESK_METRICS_TOKEN). */
        token: z.string().min(16, 'must be at least 16 characters').optional(),
      })
      .strict()
      .default({}),
    /** pg-boss workers on PostgreSQL (src/pipeline/queue/); ignored on SQLite. */
    jobs: z
      .object({
        /** pg-boss's own schema, apart from wiredesk's tables. */
        schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lowercase letters, digits and underscores').default('pgboss'),
        /** Tries after the first before a job goes to the dead-letter queue. */
        retryLimit: z.number().int().min(0).default(4),
        /** First wait before a retry; each further one doubles, with jitter. */
        retryDelaySeconds: z.number().int().min(1).default(30),
        /** A job active this long is taken as lost (its worker died) and retried. */
        expireSeconds: z.number().int().min(2).default(900),
        /** How often expired jobs are looked for. */
        maintenanceSeconds: z.number().int().min(1).default(60),
        /** On SIGTERM, how long a worker lets its jobs in flight finish. */
        stopDeadlineSeconds: z.number().int().min(1).default(60),
      })
      .strict()
      .default({ schema: 'pgboss', retryLimit: 4, retryDelaySeconds: 30, expireSeconds: 900, maintenanceSeconds: 60, stopDeadlineSeconds: 60 }),
  })
  .strict()
  .superRefine((config, ctx) => {
    const sectionIds = new Set(config.sections.map((s) => s.id));
    config.sources.forEach((s, i) => {
      if (!sectionIds.has(s.section) && s.section !== 'trends') {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'section'],
          message: `unknown section "${s.section}" (sections: ${[...sectionIds].join(', ')})`,
        });
      }
    });
    reportDuplicates(ctx, 'sources', config.sources.map((s) => s.id));
    reportDuplicates(ctx, 'sections', config.sections.map((s) => s.id));
    reportDuplicates(ctx, 'editions', config.editions.map((e) => e.path), 'path');
    reportDuplicates(ctx, 'editions', config.editions.map((e) => e.lang), 'lang');
    checkTranslationPairs(ctx, config.translation);
    checkTranslateTargets(ctx, config);
    if (!config.editions.some((e) => e.path === '/')) {
      ctx.addIssue({ code: 'custom', path: ['editions'], message: 'one edition must have path "/"' });
    }
  });

function checkTranslateTargets(ctx: z.RefinementCtx, config: { editions: { lang: string }[]; sources: { translate?: string[] | undefined }[]; sections: { translate?: string[] | undefined }[] }): void {
  const langs = new Set(config.editions.map((e) => e.lang));
  for (const list of ['sources', 'sections'] as const) {
    config[list].forEach((item, i) => {
      item.translate?.forEach((lang, j) => {
        if (!langs.has(lang)) {
          ctx.addIssue({ code: 'custom', path: [list, i, 'translate', j], message: `no edition in "${lang}" (editions: ${[...langs].join(', ')})` });
        }
      });
    });
  }
}

function checkTranslationPairs(ctx: z.RefinementCtx, { engines, pairs }: z.output<typeof translation>): void {
  const engineIds = new Set(engines.map((e) => e.id));
  pairs.forEach((pair, i) => {
    if (!engineIds.has(pair.engine)) {
      const known = engineIds.size ? [...engineIds].join(', ') : 'none configured';
      ctx.addIssue({ code: 'custom', path: ['translation', 'pairs', i, 'engine'], message: `unknown engine "${pair.engine}" (engines: ${known})` });
    }
    const kind = engines.find((e) => e.id === pair.engine)?.kind;
    if (pair.prompt !== undefined && kind !== undefined && kind !== 'openai') {
      ctx.addIssue({ code: 'custom', path: ['translation', 'pairs', i, 'prompt'], message: `only an openai engine reads a prompt; "${pair.engine}" is ${kind}` });
    }
    if (pair.from === pair.to) {
      ctx.addIssue({ code: 'custom', path: ['translation', 'pairs', i, 'to'], message: `a pair must join two languages, not ${pair.from} to itself` });
    }
  });
  reportDuplicates(ctx, 'translation.engines', engines.map((e) => e.id));
  reportDuplicates(ctx, 'translation.pairs', pairs.map((p) => `${p.from}→${p.to}`), 'pair');
}

function reportDuplicates(ctx: z.RefinementCtx, list: string, values: string[], key = 'id'): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [list, i, key], message: `duplicate ${key} "${value}"` });
    }
    seen.add(value);
  });
}

export type ConfigInput = z.input<typeof configSchema>;
type Parsed = z.output<typeof configSchema>;
export type Localised = z.output<typeof localised>;
export type EditionConfig = Parsed['editions'][number];
export type SectionConfig = Parsed['sections'][number];
export type SupportNoticeConfig = NonNullable<Parsed['site']['support']>;
export type SourceConfig = Parsed['sources'][number];
export type LicenceConfig = z.output<typeof licenceObject>;
export type FetchConfig = Parsed['fetch'];
export type TranslationConfig = Parsed['translation'];
export type StoriesConfig = Parsed['stories'];
export type TranslationEngineConfig = TranslationConfig['engines'][number];

/** The configuration after parsing, overrides and path resolution; deeply frozen. */
export interface Config extends Readonly<Omit<Parsed, 'dataDir' | 'databaseUrl'>> {
  /** Absolute path of the file it came from, or null when built in code. */
  readonly file: string | null;
  /** Absolute data directory. */
  readonly dataDir: string;
  /** postgres://… when PostgreSQL is used; null for the embedded SQLite file. */
  readonly databaseUrl: string | null;
}
