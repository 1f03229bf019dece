/** Captured input and output for running `main()` in-process in tests. */
import { PassThrough } from 'node:stream';
import type { CliIo } from './cli-io.ts';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
  /** Ends a long-running command as Ctrl-C would. */
  stop(): void;
}

export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  return {
    stdout,
    stderr,
    env,
    cwd,
    untilStopped: () => stopped,
    out: () => out,
    err: () => err,
    stop: () => stop(),
  };
}
