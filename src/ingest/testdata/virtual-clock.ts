/** A clock for politeness tests: time moves only when the test says so, and sleepers wake in order. */
import type { PolitenessClock } from '../host-politeness.ts';

export class VirtualClock implements PolitenessClock {
  private time: number;
  private sleepers: { at: number; wake: () => void }[] = [];

  constructor(start = Date.parse('2026-11-28T12:00:00Z')) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  }

  /** Moves time forward by `ms`, waking each sleeper at its own time and letting it run. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0];
      if (!next || next.at > target) break;
      this.sleepers.shift();
      this.time = next.at;
      next.wake();
    }
    this.time = target;
    await settle();
  }
}

/** Lets every promise chain that can move on do so. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
