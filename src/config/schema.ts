/**
 * The shape of wiredesk.yaml. Every object is strict: an unknown key is almost
 * always a typo, and a typo that is silently ignored is a setting that never
 * takes effect.
 */
import { z } from 'zod';

/** BCP 47 primary language subtag (`hi`, `en`, `ur`); regions are not used by editions. */
const language = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be a BCP 47 language code such as "hi" or "en"');

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
  })
  .strict();

const section = z
  .object({
    id: slugId,
    title: localised,
  })
  .strict();

export const sourceFormats = ['auto', 'rss', 'atom', 'jsonfeed'] as const;

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
    /** Where the body comes from; `page` and `auto` take effect with the extraction issue. */
    fullText: z.enum(['feed', 'page', 'auto']).default('feed'),
    licence: z.string().min(1).optional(),
    /** Syndication notice shown under every article of this source. */
    notice: localised.optional(),
  })
  .strict();

const fetchOptions = z
  .object({
    /** Whole-request limit: connect, headers and body. */
    timeoutMs: z.number().int().positive().default(20_000),
    /** Larger bodies are cut off and the fetch fails: a feed is rarely above a few MiB. */
    maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
    userAgent: z.string().min(1).optional(),
    /**
     * Hosts, addresses or ranges (`localhost`, `10.0.0.5`, `10.20.0.0/16`) the
     * fetcher may reach although they are private or loopback; by default it
     * refuses them, so a hostile feed cannot make the desk probe its own network.
     */
    allow: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const configSchema = z
  .object({
    site: z
      .object({
        name: z.string().min(1),
        baseUrl: z.url({ protocol: /^https?$/ }),
        description: z.string().optional(),
        /** Contact URL or address, named in the fetcher's User-Agent. */
        contact: z.string().optional(),
        /** IANA zone in which the site shows dates and times. */
        timeZone: z.string().default('UTC'),
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
    /** Interval between ingest passes of `wiredesk serve`, in minutes. */
    ingestEveryMinutes: z.number().positive().default(15),
    fetch: fetchOptions.default({ timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, allow: [] }),
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
    if (!config.editions.some((e) => e.path === '/')) {
      ctx.addIssue({ code: 'custom', path: ['editions'], message: 'one edition must have path "/"' });
    }
  });

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
export type SourceConfig = Parsed['sources'][number];
export type FetchConfig = Parsed['fetch'];

/** The configuration after parsing, overrides and path resolution; deeply frozen. */
export interface Config extends Readonly<Omit<Parsed, 'dataDir' | 'databaseUrl'>> {
  /** Absolute path of the file it came from, or null when built in code. */
  readonly file: string | null;
  /** Absolute data directory. */
  readonly dataDir: string;
  /** postgres://… when PostgreSQL is used; null for the embedded SQLite file. */
  readonly databaseUrl: string | null;
}
