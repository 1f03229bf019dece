/**
 * The pipeline's job queue on PostgreSQL: pg-boss 10.4 (the last major for
 * Node 20), in its own schema (jobs.schema, `pgboss` by default) beside
 * wiredesk's tables. The one module that imports pg-boss.
 *
 * One queue per handler (src/pipeline/jobs/job-handlers.ts). Every queue is
 * "stately" in pg-boss's terms: per key, at most one job waiting and one
 * running. Keys are the source for fetches and the entry for articles, so a
 * source is never queued twice; story assignment and translation have no key,
 * which makes each a single writer with at most one more run waiting behind it
 * (and a database lock keeps them single writers across machines). A
 * translation left pending is retried by a run under the key `retry`, started
 * when it is due, which the next article's run does not displace.
 * Failures are retried with exponential backoff and jitter (jobs.retryLimit,
 * jobs.retryDelaySeconds); what still fails lands in the `dead-letter` queue,
 * which nobody works: `wiredesk jobs list --failed` reads it and
 * `wiredesk jobs retry` sends its jobs back to where they came from.
 */
import PgBoss from 'pg-boss';
import type { Config } from '../../config/schema.ts';
import { JOB_NAMES, runHandler, type FollowUp, type JobName } from '../jobs/job-handlers.ts';
import { errorMessage, type Logger, type PipelineContext } from '../pipeline-context.ts';

export const DEAD_LETTER = 'dead-letter';
/** Every minute, the schedule looks for due sources (pg-boss's cron has minute steps; each source's own next fetch time decides the rest). */
export const FIND_DUE_CRON = '* * * * *';
/**
 * How often an idle worker asks for a job. A worker that just finished one
 * asks again at once (see work()), so this bounds only the wait of the first
 * job after a quiet spell; each poll is a query, times queues and workers.
 */
const POLL_SECONDS = 1;
/** PostgreSQL's code for a transaction chosen as a deadlock's victim. */
const DEADLOCK = '40P01';
const CREATE_ATTEMPTS = 5;
/** Dead letters are kept this long for someone to look at: two weeks. */
const DEAD_LETTER_RETENTION_MINUTES = 14 * 24 * 60;

/** What a job carries: the handler's payload, and what the dead-letter copy needs to send it back. */
interface Envelope {
  queue: JobName;
  payload: unknown;
  key?: string;
}

export interface FailedJob {
  id: string;
  queue: string;
  payload: unknown;
  error: string;
  failedAt: string;
}

export interface JobCount {
  queue: string;
  state: string;
  count: number;
}

export interface JobQueue {
  send(jobs: readonly FollowUp[]): Promise<void>;
  /** Runs the handlers of `queues`, `concurrency` jobs at once per queue, until stop(). */
  work(ctx: PipelineContext, options: { queues: readonly JobName[]; concurrency: number; onJob?: (name: JobName, error: unknown) => void }): Promise<void>;
  /** Registers the every-minute search for due sources (once per database, whoever asks) and asks for one now. */
  scheduleFindDue(): Promise<void>;
  failed(): Promise<FailedJob[]>;
  /** Sends the dead letters with these ids (all of them without ids) back to their queues; returns those sent. */
  retry(ids?: readonly string[]): Promise<FailedJob[]>;
  counts(): Promise<JobCount[]>;
  /** Jobs waiting to run (created or waiting to retry), dead letters aside. */
  depth(): Promise<number>;
  /** Takes no new job; jobs in flight get `deadlineMs` to finish, after which they are failed and retried elsewhere. */
  stop(deadlineMs: number): Promise<void>;
}

export interface OpenQueueOptions {
  /** Workers supervise (expire lost jobs, archive) and keep schedules; a client that only sends or reads does not. */
  role: 'worker' | 'client';
  /** Where pg-boss's own errors go (a failed poll or maintenance run: it carries on and tries again). */
  log?: Logger;
}

export async function openJobQueue(config: Config, options: OpenQueueOptions): Promise<JobQueue> {
  const url = config.databaseUrl;
  if (url === null || !/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error('jobs: the job queue needs PostgreSQL (set DATABASE_URL=postgres://…); a SQLite desk runs its pipeline in process');
  }
  const jobs = config.jobs;
  const worker = options.role === 'worker';
  const boss = new PgBoss({
    connectionString: url,
    schema: jobs.schema,
    application_name: 'wiredesk',
    supervise: worker,
    schedule: worker,
    maintenanceIntervalSeconds: jobs.maintenanceSeconds,
    max: worker ? 10 : 2,
  });
  // Without a listener, an 'error' event would end the process; pg-boss itself carries on after one.
  boss.on('error', (error) => options.log?.error(`jobs: ${errorMessage(error)}`));
  try {
    await boss.start();
    await createQueues(boss, config);
  } catch (cause) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new Error(`jobs: cannot start the job queue in schema "${jobs.schema}"`, { cause });
  }
  return queueOver(boss, jobs.schema);
}

/**
 * Each queue is created once (a table partition per queue); a worker started
 * after wiredesk.yaml changed the retry settings updates them. Processes that
 * start together may deadlock on pg-boss's catalogue while creating: the
 * loser tries again a moment later.
 */
async function createQueues(boss: PgBoss, config: Config): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await createQueuesOnce(boss, config);
      return;
    } catch (error) {
      if (attempt >= CREATE_ATTEMPTS || (error as { code?: unknown }).code !== DEADLOCK) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

async function createQueuesOnce(boss: PgBoss, config: Config): Promise<void> {
  const { retryLimit, retryDelaySeconds, expireSeconds } = config.jobs;
  if (!(await boss.getQueue(DEAD_LETTER))) await boss.createQueue(DEAD_LETTER, { name: DEAD_LETTER, policy: 'standard', retentionMinutes: DEAD_LETTER_RETENTION_MINUTES });
  for (const name of JOB_NAMES) {
    const wanted = { name, policy: 'stately' as const, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: expireSeconds, deadLetter: DEAD_LETTER };
    const existing = await boss.getQueue(name);
    if (!existing) await boss.createQueue(name, wanted);
    else if (existing.retryLimit !== retryLimit || existing.retryDelay !== retryDelaySeconds || existing.expireInSeconds !== expireSeconds) await boss.updateQueue(name, wanted);
  }
}

function queueOver(boss: PgBoss, schema: string): JobQueue {
  const db = boss.getDb();
  // When this process last created each delayed, keyless follow-up (stories, translation after an article).
  const delayedCreatedAt = new Map<JobName, number>();
  const envelope = (job: FollowUp): Envelope => ({ queue: job.name, payload: job.payload, ...(job.key === undefined ? {} : { key: job.key }) });
  const sendDelayed = async (job: FollowUp & { delaySeconds: number }, now: number) => {
    // Such a job waits in a stately queue. While the one this process created has not started, pg-boss
    // would drop another anyway, so none is sent: a round trip and a commit saved per article built.
    // Only a job this process created counts: one another process queued may start any moment.
    const last = delayedCreatedAt.get(job.name);
    if (last !== undefined && now - last < job.delaySeconds * 1000) return;
    const id = await boss.send(job.name, envelope(job), { startAfter: job.delaySeconds });
    if (id !== null) delayedCreatedAt.set(job.name, now);
  };
  const send = async (jobs: readonly FollowUp[]) => {
    const now = Date.now();
    const delayed: (FollowUp & { delaySeconds: number })[] = [];
    const others: FollowUp[] = [];
    for (const job of jobs) {
      if (job.delaySeconds !== undefined && job.key === undefined) delayed.push({ ...job, delaySeconds: job.delaySeconds });
      else others.push(job);
    }
    // One statement for the rest: a fetch that finds a thousand entries queues a thousand builds at once.
    if (others.length > 0) {
      await boss.insert(
        others.map((job) => ({
          name: job.name,
          data: envelope(job),
          ...(job.key === undefined ? {} : { singletonKey: job.key }),
          ...(job.delaySeconds === undefined ? {} : { startAfter: `${job.delaySeconds} seconds` }),
        })),
      );
    }
    for (const job of delayed) await sendDelayed(job, now);
  };
  const failed = async (): Promise<FailedJob[]> => {
    // The schema name is checked by the configuration (lowercase letters, digits, underscores); identifiers cannot be bound.
    const { rows } = await db.executeSql(
      `select id, data, output, created_on from ${schema}.job where name = $1 and state = 'created' order by created_on, id`,
      [DEAD_LETTER],
    );
    return rows.map(failedJob);
  };
  return {
    send,
    async work(ctx, { queues, concurrency, onJob }) {
      for (const name of queues) {
        for (let i = 0; i < concurrency; i++) {
          const poller: { id?: string } = {};
          poller.id = await boss.work<Envelope>(name, { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS }, async ([job]) => {
            if (!job) return;
            try {
              const handled = await runHandler(ctx, name, job.data.payload);
              await send(await handled.next());
              onJob?.(name, null);
            } catch (error) {
              onJob?.(name, error);
              // Thrown on: pg-boss records it on the job and retries it, or sends it to the dead-letter queue.
              throw new Error(`${name}: ${errorMessage(error)}`, { cause: error });
            } finally {
              // pg-boss waits out the polling interval after every job; a worker that just had one asks again at once.
              if (poller.id !== undefined) boss.notifyWorker(poller.id);
            }
          });
        }
      }
    },
    async scheduleFindDue() {
      const data: Envelope = { queue: 'find-due-sources', payload: {} };
      await boss.schedule('find-due-sources', FIND_DUE_CRON, data);
      await boss.send('find-due-sources', data);
    },
    failed,
    async retry(ids) {
      const wanted = ids === undefined ? null : new Set(ids);
      const all = await failed();
      const unknown = ids?.filter((id) => !all.some((job) => job.id === id)) ?? [];
      if (unknown.length > 0) throw new Error(`jobs: no failed job with id ${unknown.map((id) => `"${id}"`).join(', ')} (see "wiredesk jobs list --failed")`);
      const chosen = all.filter((job) => wanted === null || wanted.has(job.id));
      for (const job of chosen) {
        if (!isJobName(job.queue)) continue;
        const data: Envelope = { queue: job.queue, payload: job.payload };
        await boss.send(job.queue, data);
        await boss.deleteJob(DEAD_LETTER, job.id);
      }
      return chosen;
    },
    async counts() {
      const { rows } = await db.executeSql(`select name, state::text as state, count(*)::int as n from ${schema}.job group by name, state order by name, state`, []);
      return rows.map((row: { name: string; state: string; n: number }) => ({ queue: row.name, state: row.state, count: row.n }));
    },
    async depth() {
      const { rows } = await db.executeSql(`select count(*)::int as n from ${schema}.job where name <> $1 and state in ('created', 'retry')`, [DEAD_LETTER]);
      return (rows[0] as { n: number } | undefined)?.n ?? 0;
    },
    async stop(deadlineMs) {
      await boss.stop({ graceful: true, wait: true, timeout: deadlineMs });
    },
  };
}

function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

function failedJob(row: { id: string; data: Partial<Envelope> | null; output: unknown; created_on: Date }): FailedJob {
  return {
    id: row.id,
    queue: typeof row.data?.queue === 'string' ? row.data.queue : '(unknown)',
    payload: row.data?.payload ?? null,
    error: outputMessage(row.output),
    failedAt: new Date(row.created_on).toISOString(),
  };
}

/** pg-boss stores the thrown error serialised; the message is what a person needs (the stack stays in the worker's log). */
function outputMessage(output: unknown): string {
  if (output && typeof output === 'object') {
    const message = (output as { message?: unknown; value?: { message?: unknown } }).message ?? (output as { value?: { message?: unknown } }).value?.message;
    if (typeof message === 'string') return message;
  }
  return output === null || output === undefined ? '' : JSON.stringify(output);
}
