/**
 * Per-host politeness kept in the database, so that every worker on every
 * machine keeps one host's limits together (fetch.perHost): at most
 * `concurrency` requests in flight, starts at least `delayMs` apart, none
 * while the host holds us off with Retry-After.
 *
 * A turn is taken in one short transaction: the host's row is locked
 * (FOR UPDATE: takers of one host queue here for a moment, other hosts are
 * untouched), its live leases counted, and when a slot is free the slot is
 * leased and the next start time moved on by the delay. Leases lapse on
 * their own, so a worker killed mid-request blocks its slot only until then.
 * PostgreSQL only: SQLite desks run one pipeline and keep this in memory.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type HostTurn =
  /** Start at `startAtMs` (it may be now), then give `slot` back. */
  | { kind: 'granted'; slot: number; startAtMs: number }
  /** Every slot is in use: ask again a little later. */
  | { kind: 'busy' }
  | { kind: 'held'; untilMs: number };

export interface HostTurnRequest {
  host: string;
  concurrency: number;
  delayMs: number;
  holder: string;
  nowMs: number;
  leaseMs: number;
}

export async function takeHostTurn(db: Kysely<Database>, request: HostTurnRequest): Promise<HostTurn> {
  const { host, concurrency, delayMs, holder, nowMs, leaseMs } = request;
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('fetch_hosts').values({ host }).onConflict((c) => c.column('host').doNothing()).execute();
    const row = await trx.selectFrom('fetch_hosts').selectAll().where('host', '=', host).forUpdate().executeTakeFirstOrThrow();
    const heldUntil = Number(row.held_until_ms);
    if (heldUntil > nowMs) return { kind: 'held', untilMs: heldUntil };
    const live = await trx.selectFrom('fetch_host_leases').select('slot').where('host', '=', host).where('lease_until_ms', '>', nowMs).execute();
    const taken = new Set(live.map((l) => l.slot));
    let slot = 0;
    while (taken.has(slot)) slot++;
    if (slot >= concurrency) return { kind: 'busy' };
    const startAtMs = Math.max(nowMs, Number(row.next_start_ms));
    await trx
      .insertInto('fetch_host_leases')
      .values({ host, slot, holder, lease_until_ms: startAtMs + leaseMs })
      .onConflict((c) => c.columns(['host', 'slot']).doUpdateSet({ holder, lease_until_ms: startAtMs + leaseMs }))
      .execute();
    await trx.updateTable('fetch_hosts').set({ next_start_ms: startAtMs + delayMs }).where('host', '=', host).execute();
    return { kind: 'granted', slot, startAtMs };
  });
}

/** Gives a slot back, unless its lease lapsed and another holder took it meanwhile. */
export async function releaseHostTurn(db: Kysely<Database>, host: string, slot: number, holder: string): Promise<void> {
  await db.deleteFrom('fetch_host_leases').where('host', '=', host).where('slot', '=', slot).where('holder', '=', holder).execute();
}

/** Holds the host until `untilMs`; an earlier time never shortens a longer hold. */
export async function holdHost(db: Kysely<Database>, host: string, untilMs: number): Promise<void> {
  await db
    .insertInto('fetch_hosts')
    .values({ host, held_until_ms: untilMs })
    .onConflict((c) => c.column('host').doUpdateSet({ held_until_ms: sql<number>`greatest(fetch_hosts.held_until_ms, excluded.held_until_ms)` }))
    .execute();
}
