/** The commented wiredesk.yaml that `wiredesk init` writes. */

export interface TemplateOptions {
  siteName: string;
  baseUrl: string;
}

export function configTemplate({ siteName, baseUrl }: TemplateOptions): string {
  return `# wiredesk configuration. Every key is checked when wiredesk starts: a typo or a
# wrong type stops it with a message naming the key, before any data is touched.
# Environment overrides: WIREDESK_DATA_DIR, DATABASE_URL, PORT, WIREDESK_FETCH_ALLOW.

site:
  name: ${JSON.stringify(siteName)}
  # The public address of the site, used in canonical links and absolute URLs.
  baseUrl: ${baseUrl}
  # Dates on pages are shown in this IANA time zone.
  timeZone: Asia/Kolkata
  # Named in the User-Agent of every request wiredesk makes, so publishers can reach you.
  # contact: mailto:desk@example.org
  # A line about the site for the footer and home pages, per edition language.
  # description: { hi: "…", en: "…" }
  # An opt-in notice after each article asking readers to support the site.
  # support:
  #   text: { hi: "…", en: "…" }
  #   url: https://example.org/support

# Each edition is one language of the site under its own path prefix.
# Exactly one edition has the path "/". An edition lists articles in other
# languages that it cannot show translated only with "showUntranslated: true".
editions:
  - lang: hi
    path: /
  - lang: en
    path: /en/

# Sections in the order the home page shows them. Titles are one text for all
# editions, or one per language. "trends" is built in and needs no entry.
sections:
  - id: world
    title: { hi: दुनिया, en: World }
  - id: india
    title: { hi: देश, en: India }
  - id: business
    title: { hi: कारोबार, en: Business }
  - id: sports
    title: { hi: खेल, en: Sports }

# Feeds to ingest. "wiredesk sources add URL" adds more to the database; the ones
# listed here are synced at every start.
sources: []
#  - id: example-wire
#    name: Example Wire
#    url: https://wire.example.org/world.rss      # or a local file path
#    section: world
#    language: en                # or "auto": detected per item
#    mode: republish             # republish (licensed full text) | link (headline, summary, link)
#    licence: Syndication agreement 2026-14   # a text: staff may edit, translations are published
#    # or, with rules: edits full|headline|none, translation publish|review|forbid
#    # licence: { text: "Syndication agreement 2026-14", edits: headline, translation: review }
#    notice:
#      hi: (सिंडिकेटेड फ़ीड से साभार।)
#      en: (Courtesy of a syndicated feed.)

# Where the SQLite database and the media store live (relative to this file).
dataDir: ./data
# Set to a postgres:// URL (or use DATABASE_URL) to store everything in PostgreSQL.
# databaseUrl: postgres://user@localhost:5432/wiredesk
port: 8080
# How often a source is fetched when its feed gives no better signal (ttl, Cache-Control, its publishing rate); "wiredesk serve" looks for due sources every minute.
ingestEveryMinutes: 15
fetch:
  timeoutMs: 20000
  maxBytes: 10485760
  # Private, loopback and link-local addresses are refused unless listed here
  # (host names, addresses or ranges), e.g. a wire server on the office network:
  # allow: [wire.office.lan, 10.20.0.0/16]
  allow: []

# Story clustering; every key is optional (defaults shown).
# stories:
#   windowHours: 72            # an article can join a story of the last 72 hours
#   maxStoryArticles: 500      # a story takes at most this many articles
#   maxStorySpanHours: 168     # and spans at most a week
#   joinThreshold: 0.25        # similarity (0-1) to join a story in the same language
#   crossLanguageJoinThreshold: 0.2
#   mergeThreshold: 0.45       # two stories merge only above this
`;
}
