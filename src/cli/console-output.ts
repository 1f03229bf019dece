/**
 * Terminal output: a logger for the pipeline and a progress display that is a
 * bar on a terminal and plain lines elsewhere (CI logs, pipes, files).
 */
import { SingleBar } from 'cli-progress';
import { colours as pc } from './colour.ts';
import type { Logger } from '../pipeline/pipeline-context.ts';
import { write } from './cli-io.ts';
import { terminalText } from './text-table.ts';

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return {
    info: (message) => write(stream, message),
    warn: (message) => write(stream, `${pc.yellow('warning')} ${message}`),
    error: (message) => write(stream, `${pc.red('error')} ${message}`),
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
    // Labels quote feeds and articles; the bar writes them itself.
    return { tick: (label) => bar.increment(1, { label: terminalText(label) }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick: (label) => write(stream, `${title} [${++done}/${total}] ${terminalText(label)}`),
    stop: () => {},
  };
}
