/**
 * Whole processes, as a user runs them: `wiredesk --help`, `wiredesk extract`
 * on one page and on a folder of pages, each beside Readability on linkedom
 * run as a command of its own (bench/readability-linkedom-cli.js) on the same
 * input. Runs alternate between the two, so both see the same machine, and
 * the medians are compared. Peak memory and CPU time (user + system, the
 * steadier figure on a shared machine) come from GNU time when it is
 * installed (/usr/bin/time, Debian's package "time").
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EvalPage } from '../eval/extract/suites.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WIREDESK = path.join(ROOT, 'bin', 'wiredesk.js');
const PEER = path.join(ROOT, 'bench', 'readability-linkedom-cli.js');
const GNU_TIME = '/usr/bin/time';

interface Sample {
  seconds: number;
  /** Peak RSS in KiB, when GNU time could tell. */
  peakKib: number | null;
  /** User + system CPU seconds of the process and its threads, when GNU time could tell. */
  cpuSeconds: number | null;
}

export interface ProcessFigure {
  label: string;
  ours: Sample;
  peer: Sample;
}

/** One run of a command; it must succeed, or the figure would time an error. */
function timeRun(args: readonly string[], cwd: string): Sample {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const argv = withTime ? ['-f', '%e %M %U %S', process.execPath, ...args] : [...args];
  const started = performance.now();
  const run = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, WIREDESK_FROM_SOURCE: '' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`bench: ${args.join(' ')} exited with ${run.status}: ${run.stderr.slice(-400)}`);
  const timeLine = withTime ? run.stderr.trim().split('\n').pop() ?? '' : '';
  const [, peak, user, system] = timeLine.split(' ').map(Number);
  const cpu = (user ?? Number.NaN) + (system ?? Number.NaN);
  return { seconds, peakKib: peak !== undefined && Number.isFinite(peak) && peak > 0 ? peak : null, cpuSeconds: Number.isFinite(cpu) ? cpu : null };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? median(known) : null;
}

function medianSample(samples: Sample[]): Sample {
  return {
    seconds: median(samples.map((s) => s.seconds)),
    peakKib: medianOrNull(samples.map((s) => s.peakKib)),
    cpuSeconds: medianOrNull(samples.map((s) => s.cpuSeconds)),
  };
}

/** Paired runs: ours, then the peer, `runs` times, after one untimed run of each (the file cache, the build). */
function pairedMedians(label: string, ours: string[], peer: string[] | null, runs: number, cwd: string): ProcessFigure {
  timeRun(ours, cwd);
  if (peer) timeRun(peer, cwd);
  const mine: Sample[] = [];
  const theirs: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    mine.push(timeRun(ours, cwd));
    if (peer) theirs.push(timeRun(peer, cwd));
    process.stderr.write(`  ${label}: run ${i + 1} of ${runs}\n`);
  }
  return { label, ours: medianSample(mine), peer: peer ? medianSample(theirs) : { seconds: Number.NaN, peakKib: null, cpuSeconds: null } };
}

/**
 * The figures: `--help` (its peer is a bare `node -e ""`, the floor any Node
 * command starts from), one page, and every page given.
 */
export async function wholeProcessFigures(pages: readonly EvalPage[], runs: number): Promise<ProcessFigure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-bench-'));
  try {
    const folder = path.join(dir, 'pages');
    await mkdir(folder);
    await Promise.all(pages.map((page, i) => writeFile(path.join(folder, `${String(i).padStart(4, '0')}.html`), page.html)));
    const one = path.join(folder, '0000.html');
    return [
      pairedMedians('wiredesk --help (peer: node -e "")', [WIREDESK, '--help'], ['-e', ''], runs, dir),
      pairedMedians('extract one page', [WIREDESK, 'extract', '--format', 'jsonl', one], [PEER, one], runs, dir),
      pairedMedians(`extract ${pages.length} pages`, [WIREDESK, 'extract', '--format', 'jsonl', folder], [PEER, folder], runs, dir),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function processTable(figures: readonly ProcessFigure[]): string {
  const mib = (kib: number | null) => (kib === null ? '?' : (kib / 1024).toFixed(0));
  const seconds = (value: number | null) => (value === null ? '?' : value.toFixed(2));
  const cpuRatio = (ours: Sample, peer: Sample) =>
    ours.cpuSeconds === null || peer.cpuSeconds === null ? '?' : `${(peer.cpuSeconds / ours.cpuSeconds).toFixed(2)}x`;
  const rows = figures.map(({ label, ours, peer }) => [
    label,
    ours.seconds.toFixed(2),
    seconds(ours.cpuSeconds),
    mib(ours.peakKib),
    peer.seconds.toFixed(2),
    seconds(peer.cpuSeconds),
    mib(peer.peakKib),
    `${(peer.seconds / ours.seconds).toFixed(2)}x`,
    cpuRatio(ours, peer),
  ]);
  const header = ['whole process (medians)', 'wiredesk s', 'CPU s', 'MiB', 'peer s', 'CPU s', 'MiB', 'speed ÷ peer', 'by CPU'];
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
