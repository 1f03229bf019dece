/**
 * Terminal output: a logger for the pipeline and a progress display that is a
 * bar on a terminal and plain lines elsewhere (CI logs, pipes, files).
 */
import { SingleBar } from 'cli-progress';
import pc from 'picocolors';
import type { Logger } from '../pipeline/pipeline-context.ts';

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return {
    info: (message) => stream.write(`${message}\n`),
    warn: (message) => stream.write(`${pc.yellow('warning')} ${message}\n`),
    error: (message) => stream.write(`${pc.red('error')} ${message}\n`),
  };
}

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function startProgress(
  title: string,
  total: number,
  stream: NodeJS.WriteStream | NodeJS.WritableStream = process.stderr,
): Progress {
  if ('isTTY' in stream && stream.isTTY) {
    const bar = new SingleBar({
      format: `${title} {bar} {value}/{total} {label}`,
      stream,
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(total, 0, { label: '' });
    return { tick: (label) => bar.increment(1, { label }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick: (label) => stream.write(`${title} [${++done}/${total}] ${label}\n`),
    stop: () => {},
  };
}
