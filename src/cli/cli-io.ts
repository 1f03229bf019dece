import path from 'node:path';
import { inspect } from 'node:util';
import type { Command } from 'commander';
import { terminalJson, terminalLines } from './terminal-text.ts';

/** What a command may touch of the outside world, passed in so tests can capture it. */
export interface CliIo {
  /** Standard input, for passwords (`--password-stdin`, or a prompt on a terminal); absent in most tests. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Resolves when the user asks a long-running command to stop (Ctrl-C). */
  untilStopped: () => Promise<unknown>;
}

/** Raised for a wrong use of a command: exit code 2, like a bad flag. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The command did its work but some of it failed (`ingest` with a feed that
 * could not be read): exit code 3, so that a cron job or a script can tell
 * "nothing worked" (1) from "look at the failures" (3) from "all done" (0).
 */
export class PartialFailure extends Error {
  override name = 'PartialFailure';
}

/** What a thrown value says: an Error's message, a string as it is, anything else inspected (never "[object Object]"). */
export function thrownMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : inspect(thrown);
}

/**
 * Everything a command prints goes out here, through terminalLines: what it
 * quotes from feeds or pages cannot drive the terminal. JSON is written with
 * terminalJson first, which leaves nothing for this to change.
 */
export function write(stream: NodeJS.WritableStream, text: string): void {
  const safe = terminalLines(text);
  stream.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/**
 * A line that terminalJson wrote, as it is: its output holds nothing that
 * terminalLines would take out (JSON escapes the C0 controls, terminalJson
 * the rest), so it is not scanned a second time. `extract --format jsonl`
 * writes megabytes this way.
 */
export function writeJsonLine(stream: NodeJS.WritableStream, json: string): void {
  stream.write(`${json}\n`);
}

/** One JSON value a line; no values is no output at all, since a blank line would not parse. */
export function writeJsonLines(stream: NodeJS.WritableStream, values: readonly unknown[]): void {
  if (values.length > 0) write(stream, values.map((value) => terminalJson(value)).join('\n'));
}

/** The --config path, resolved against the directory the command runs in. */
export function configPath(program: Command, io: CliIo): string {
  return path.resolve(io.cwd, program.opts<{ config: string }>().config);
}

/** Resolves on the first SIGINT or SIGTERM, so long-running commands can shut down in order. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
