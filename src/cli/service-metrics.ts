/**
 * The Prometheus metrics of a `serve` process (prom-client): what its passes
 * fetched, stored and built, counted as they report; translations by status,
 * read from the store at each scrape, and jobs by state where workers run the
 * pipeline; request durations by route; and Node's
 * own process metrics, event-loop lag among them. Every process has its own
 * registry, so tests can run several.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import type { SourceOutcome } from '../pipeline/ingest-source.ts';
import type { Store } from '../store/store.ts';

export interface ServiceMetrics {
  readonly contentType: string;
  /** The exposition text; rejects when the store does not answer. */
  scrape(): Promise<string>;
  sourceDone(outcome: SourceOutcome): void;
  passDone(summary: PassSummary, finishedAt: Date): void;
  requestDone(request: { method: string; route: string; status: number; seconds: number }): void;
}

/** From a cached page to a slow desk search; longer ones land in +Inf. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Job counts of the PostgreSQL job queue, where the pipeline runs on workers. */
export interface JobCounts {
  counts(): Promise<{ queue: string; state: string; count: number }[]>;
}

export function createServiceMetrics(store: Store, jobs: JobCounts | null = null): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const fetches = new Counter({ name: 'wiredesk_source_fetches_total', help: 'Feed fetches attempted, per source', labelNames: ['source'], registers: [registry] });
  const failures = new Counter({ name: 'wiredesk_source_fetch_failures_total', help: 'Feed fetches that failed, per source', labelNames: ['source'], registers: [registry] });
  const entries = new Counter({
    name: 'wiredesk_source_entries_total',
    help: 'Entries stored from feeds, per source: new or updated',
    labelNames: ['source', 'change'],
    registers: [registry],
  });
  const built = new Counter({ name: 'wiredesk_articles_built_total', help: 'Articles built from entries', registers: [registry] });
  const buildFailures = new Counter({ name: 'wiredesk_article_build_failures_total', help: 'Entries whose article could not be built', registers: [registry] });
  const passes = new Counter({ name: 'wiredesk_ingest_passes_total', help: 'Ingest passes finished', registers: [registry] });
  const lastPass = new Gauge({ name: 'wiredesk_last_ingest_pass_timestamp_seconds', help: 'When the last ingest pass finished (Unix time)', registers: [registry] });
  new Gauge({
    name: 'wiredesk_translations',
    help: 'Translations in the store, by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await store.translationStatusCounts();
      this.reset();
      for (const [status, n] of counts) this.set({ status }, n);
    },
  });
  if (jobs) {
    new Gauge({
      name: 'wiredesk_jobs',
      help: 'Jobs in the job queue, by queue and state (dead-letter holds the failed ones)',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        const counts = await jobs.counts();
        this.reset();
        for (const { queue, state, count } of counts) this.set({ queue, state }, count);
      },
    });
  }
  const durations = new Histogram({
    name: 'wiredesk_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by route pattern',
    labelNames: ['method', 'route', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });

  return {
    contentType: registry.contentType,
    scrape: () => registry.metrics(),
    sourceDone(outcome) {
      const source = outcome.sourceId;
      fetches.inc({ source });
      if (outcome.status === 'failed') failures.inc({ source });
      if (outcome.status === 'ok') {
        entries.inc({ source, change: 'new' }, outcome.entries.inserted);
        entries.inc({ source, change: 'updated' }, outcome.entries.updated);
      }
    },
    passDone(summary, finishedAt) {
      passes.inc();
      built.inc(summary.articles.built);
      buildFailures.inc(summary.articles.failed.length);
      lastPass.set(finishedAt.getTime() / 1000);
    },
    requestDone({ method, route, status, seconds }) {
      durations.observe({ method, route, status: String(status) }, seconds);
    },
  };
}
