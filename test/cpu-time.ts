/**
 * Time bounds in tests, counted in CPU time: unlike the wall clock, it does not
 * grow when a loaded machine (CI, or a laptop running other work) hands the
 * test's core to someone else, so a bound on it catches slow code without flaking.
 */

/** Milliseconds of CPU (user and system) this process has used since `start` (a `process.cpuUsage()`). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
