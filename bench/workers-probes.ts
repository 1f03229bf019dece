/**
 * What bench/workers.ts reads while a run goes on, to say which resource
 * fills up first: processor time of processes from /proc (the workers, the
 * PostgreSQL backends serving the run's database, APY and the pipelines it
 * spawned), the whole machine's busy time from /proc/stat, and what the
 * run's PostgreSQL backends are doing (pg_stat_activity: running, waiting on
 * a lock, on I/O, or idle waiting for the client).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
// The bench watches the PostgreSQL server from outside wiredesk (pg_stat_activity of its
// database); the Store facade has no such view, and the bench must not share the pool it measures.
// eslint-disable-next-line no-restricted-imports -- a monitoring connection of the bench's own, see above.
import pg from 'pg';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  ppid: number;
  /** User and system time, seconds. */
  cpu: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Processor seconds of one process (its threads included), or null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  return procStat(pid)?.cpu ?? null;
}

/** `root` and every process under it, e.g. APY's shell, APY and the translation pipelines it started. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Processor time of a changing set of processes, by sampling: each process's
 * latest reading counts from its first. A process that ends between two
 * samples loses its last interval; the run's backends and APY's pipelines
 * live for the whole run, so little is lost.
 */
export class CpuMeter {
  private readonly first = new Map<number, number>();
  private readonly latest = new Map<number, number>();

  sample(pids: Iterable<number>): void {
    for (const pid of pids) {
      const cpu = cpuSeconds(pid);
      if (cpu === null) continue;
      if (!this.first.has(pid)) this.first.set(pid, cpu);
      this.latest.set(pid, cpu);
    }
  }

  /** Processor seconds used since each process was first seen. */
  seconds(): number {
    let total = 0;
    for (const [pid, cpu] of this.latest) total += cpu - (this.first.get(pid) ?? cpu);
    return total;
  }
}

/** Busy and total jiffies of the whole machine (/proc/stat's cpu line), for its busy share over a window. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.split(/\s+/).slice(1).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  return { busy: total - idle - iowait, total };
}

export const CORES = os.cpus().length;

/** What the run's PostgreSQL backends were doing, counted over every sample. */
export interface BackendStates {
  samples: number;
  /** Backends running a query, not waiting on anything: on a processor (or waiting for one). */
  running: number;
  /** Running a query but waiting on a heavyweight lock (rows, advisory locks), by wait event. */
  lock: Record<string, number>;
  /** Every wait of an active backend by `type:event` (`LWLock:WALWrite`, `IO:WALSync`), to name the top ones. */
  events: Record<string, number>;
  /** Waiting on a lightweight lock (buffer mappings, WAL insertion…). */
  lwlock: number;
  /** Waiting on I/O (data files, WAL writes and syncs). */
  io: number;
  /** Other waits of an active backend (client writes, timeouts…). */
  other: number;
  /** Idle or idle in transaction: waiting for the worker to send its next query. */
  idle: number;
}

export class PostgresWatch {
  readonly states: BackendStates = { samples: 0, running: 0, lock: {}, events: {}, lwlock: 0, io: 0, other: 0, idle: 0 };
  readonly backendCpu = new CpuMeter();

  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string): Promise<PostgresWatch> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'wiredesk-bench-watch' });
    await client.connect();
    return new PostgresWatch(client);
  }

  /** One look at the backends connected to this database (the bench's own aside). */
  async sample(): Promise<void> {
    const { rows } = await this.client.query<{ pid: number; state: string | null; wait_event_type: string | null; wait_event: string | null }>(
      `select pid, state, wait_event_type, wait_event from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    this.states.samples++;
    for (const row of rows) {
      if (row.state === 'active' && row.wait_event_type !== null) {
        const event = `${row.wait_event_type}:${row.wait_event ?? '?'}`;
        this.states.events[event] = (this.states.events[event] ?? 0) + 1;
      }
      if (row.state !== 'active') this.states.idle++;
      else if (row.wait_event_type === null) this.states.running++;
      else if (row.wait_event_type === 'Lock') this.states.lock[row.wait_event ?? '?'] = (this.states.lock[row.wait_event ?? '?'] ?? 0) + 1;
      else if (row.wait_event_type === 'LWLock') this.states.lwlock++;
      else if (row.wait_event_type === 'IO') this.states.io++;
      else this.states.other++;
    }
    this.backendCpu.sample(rows.map((r) => r.pid));
  }

  /** Counts of entries, articles and finished translations, and the times the database recorded. */
  async progress(): Promise<Progress> {
    const counts = await this.client.query<{ entries: string; articles: string; first_article: string | null; last_article: string | null }>(
      `select (select count(*) from entries) as entries, (select count(*) from articles) as articles,
              (select min(created_at) from articles) as first_article, (select max(created_at) from articles) as last_article`,
    );
    const pairs = await this.client.query<{ target_lang: string; n: string; first: string; last: string }>(
      `select target_lang, count(*) as n, min(updated_at) as first, max(updated_at) as last
         from translations where status in ('pass', 'review') group by target_lang`,
    );
    const row = counts.rows[0]!;
    const times = await this.client.query<{ target_lang: string; updated_at: string }>(
      `select target_lang, updated_at from translations where status in ('pass', 'review')`,
    );
    const byLang: Record<string, number[]> = {};
    for (const t of times.rows) (byLang[t.target_lang] ??= []).push(Date.parse(t.updated_at));
    return {
      entries: Number(row.entries),
      articles: Number(row.articles),
      firstArticleMs: row.first_article ? Date.parse(row.first_article) : null,
      lastArticleMs: row.last_article ? Date.parse(row.last_article) : null,
      translations: Object.fromEntries(
        pairs.rows.map((r) => [r.target_lang, { count: Number(r.n), firstMs: Date.parse(r.first), lastMs: Date.parse(r.last), busyRate: busyRate(byLang[r.target_lang] ?? []) }]),
      ),
    };
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

export interface Progress {
  entries: number;
  articles: number;
  firstArticleMs: number | null;
  lastArticleMs: number | null;
  /** Finished translations (pass or review) per target language. */
  translations: Record<string, { count: number; firstMs: number; lastMs: number; busyRate: number }>;
}

/**
 * A gap this long between two translations saved one after the other is the
 * writer waiting for work (the next translation job, the next articles), not
 * translating; workers wait 3 s after an article before translating
 * (AFTER_ARTICLE_DELAY_SECONDS).
 */
export const IDLE_GAP_MS = 2_000;

/**
 * Translations per second while the writer was translating: the saves are
 * cut into runs at idle gaps, and each run of k saves holds k − 1 intervals
 * of translating. NaN with fewer than two saves in one run.
 */
export function busyRate(savedAt: number[]): number {
  const sorted = [...savedAt].sort((a, b) => a - b);
  let intervals = 0;
  let busyMs = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap >= IDLE_GAP_MS) continue;
    intervals++;
    busyMs += gap;
  }
  return busyMs > 0 ? intervals / (busyMs / 1000) : NaN;
}
