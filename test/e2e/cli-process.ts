/**
 * Running the `wiredesk` command in its own process, as a user would, and
 * reading its output and its pages: shared by the end-to-end tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'wiredesk.js');

export interface CliProcess {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exit: Promise<number | null>;
  /** Ctrl-C, then wait for the exit. */
  interrupt(): Promise<number | null>;
}

/** `input`, when given, is written to the command's standard input, which is then closed. */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    // The tests read wiredesk's sentences, not its colours: node's test runner sets FORCE_COLOR
    // for its files when it runs on a terminal, and picocolors colours whenever CI is set.
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // No input: standard input is closed at once, as with `< /dev/null`.
  child.stdin.end(options.input ?? '');
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    out: () => out,
    err: () => err,
    exit,
    interrupt() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exit;
    },
  };
}

/** Waits until the text matches, failing with the output when the process exits first or time runs out. */
export async function waitFor(pattern: RegExp, text: () => string, exit: Promise<unknown>, ms = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  let exited = false;
  void exit.then(() => (exited = true));
  for (;;) {
    const match = text().match(pattern);
    if (match) return match;
    if (exited || Date.now() > deadline) throw new Error(`did not see ${pattern} in output:\n${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The address from `wiredesk: serving … at http://…`. */
export async function servingUrl(cli: CliProcess): Promise<string> {
  const output = () => cli.out() + cli.err();
  return (await waitFor(/serving .* at (http:\/\/\S+)/, output, cli.exit))[1] as string;
}

export async function fetchPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Paths of the article pages a page links to (`/world/12-slug`, `/en/india/3-slug`). */
export function articleLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/(?:[a-z]{2,3}\/)?[a-z0-9-]+\/\d+-[^"]*)"/g)].map((m) => m[1] as string);
}
