import path from 'node:path';
import { inspect } from 'node:util';
import type { Command } from 'commander';

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

/** What a thrown value says: an Error's message, a string as it is, anything else inspected (never "[object Object]"). */
export function thrownMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : inspect(thrown);
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The --config path, resolved against the directory the command runs in. */
export function configPath(program: Command, io: CliIo): string {
  return path.resolve(io.cwd, program.opts<{ config: string }>().config);
}
