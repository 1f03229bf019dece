/**
 * Which resource of a bench:workers run filled first, from what the run
 * measured: each resource's use as a share of what it can give, the largest
 * named first.
 */
import type { BackendStates } from './workers-probes.ts';

export interface Fills {
  /** wiredesk processes of the run (the workers, or the one `ingest`). */
  processes: number;
  /** Processor cores the wiredesk processes used, on average over the run. */
  workerCores: number;
  /** Cores used by the PostgreSQL backends serving the run's database. */
  postgresCores: number;
  /** Cores used by APY and its pipelines while translations were being made; null without translations. */
  engineCores: number | null;
  /** Share of the whole machine's processor time that was busy (everyone's work, others' too). */
  machineShare: number;
  /** The least time per-host politeness allows for the fetches, as a share of the time they took. */
  politenessShare: number;
  backends: BackendStates;
}

/** At this share a resource counts as full: the rest is scheduling noise on a shared machine. */
const FULL = 0.85;

interface Resource {
  name: string;
  share: number;
  detail: string;
}

const pct = (share: number) => `${Math.round(100 * share)} %`;

export function verdict(fills: Fills, cores: number): string {
  const b = fills.backends;
  const lockWaits = Object.values(b.lock).reduce((sum, n) => sum + n, 0);
  const activeSamples = b.running + lockWaits + b.lwlock + b.io + b.other;
  const waiting = activeSamples > 0 ? (lockWaits + b.lwlock + b.io) / activeSamples : 0;
  // Backends waiting on a lock or I/O, on average at any moment: a queue in front of PostgreSQL
  // when it nears one (a single writer's lock, or commits waiting on the disk).
  const queued = b.samples > 0 ? (lockWaits + b.lwlock + b.io) / b.samples : 0;
  const activeWaits = Object.entries(b.events).sort((x, y) => y[1] - x[1]);
  const topWaits = activeWaits.slice(0, 3).map(([event, n]) => `${event} ${pct(n / Math.max(1, activeSamples))}`).join(', ');
  const busyBackends = b.samples > 0 ? activeSamples / b.samples : 0;
  // A wiredesk process runs its JavaScript on one thread: one core each at most.
  const perProcess = fills.workerCores / fills.processes;
  const resources: Resource[] = [
    { name: "the wiredesk processes' processors", share: Math.min(perProcess, fills.workerCores / cores), detail: `${fills.workerCores.toFixed(2)} cores, ${pct(perProcess)} of one core per process` },
    {
      name: 'PostgreSQL',
      share: Math.max(fills.postgresCores / cores, queued),
      detail: `${fills.postgresCores.toFixed(2)} cores, ${busyBackends.toFixed(2)} backends busy and ${queued.toFixed(2)} waiting on average (${pct(waiting)} of their busy time${topWaits ? `; most: ${topWaits}` : ''})`,
    },
    { name: 'per-host fetch politeness', share: fills.politenessShare, detail: `its floor is ${pct(fills.politenessShare)} of the fetch time` },
  ];
  if (fills.engineCores !== null) {
    // One writer translates, one article per engine request: the engine's pipeline for one pair is the most it can keep busy.
    resources.push({ name: 'the engine (APY)', share: fills.engineCores, detail: `${fills.engineCores.toFixed(2)} cores while translating` });
  }
  resources.sort((a, b) => b.share - a.share);
  const others = Math.max(0, fills.machineShare * cores - fills.workerCores - fills.postgresCores);
  const machine = `machine ${pct(fills.machineShare)} busy (${others.toFixed(2)} cores by other processes, APY and the bench among them)`;
  const top = resources[0]!;
  const lines = resources.map((r) => `${r.name} ${pct(r.share)} [${r.detail}]`).join('; ');
  const translation =
    fills.engineCores !== null && fills.engineCores < 0.5
      ? " Translation goes as fast as its single writer, one article at a time (engine round trips, memory, quality gate, saves), not as the engine's processor allows."
      : '';
  if (fills.machineShare >= FULL) return `the machine's ${cores} cores (${machine}); then ${lines}.${translation}`;
  if (top.share >= FULL) return `${top.name}; ${lines}; ${machine}.${translation}`;
  return `nothing full (highest: ${top.name}): the pipeline waits on latency (job polling, round trips). ${lines}; ${machine}.${translation}`;
}
