/**
 * Reading a password for `wiredesk users`: all of standard input with
 * `--password-stdin` (for scripts and secret stores), or typed at a prompt
 * on a terminal with nothing echoed, twice to catch a typo. Never from a
 * command-line argument, which other users of the machine can read.
 */
import { UsageError, type CliIo } from './cli-io.ts';

/** More than any password the policy accepts (1024 characters of up to 4 bytes): a runaway pipe is cut off. */
const MAX_STDIN_BYTES = 8 * 1024;

/** The password from standard input, without the newline `echo` or a file ends it with. */
export async function passwordFromStdin(io: CliIo, command: string): Promise<string> {
  if (!io.stdin) throw new UsageError(`${command}: no standard input to read the password from`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk);
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new Error(`${command}: standard input holds more than ${MAX_STDIN_BYTES} bytes; that is not a password`);
    chunks.push(bytes);
  }
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (password === '') throw new UsageError(`${command}: standard input was empty; pipe the password in, e.g. from a secret store`);
  return password;
}

/** Asks twice on the terminal, echoing nothing; refuses to run where there is no terminal. */
export async function promptNewPassword(io: CliIo, command: string): Promise<string> {
  const stdin = io.stdin;
  if (!stdin?.isTTY || !stdin.setRawMode) {
    throw new UsageError(`${command}: no terminal to ask for the password on; pipe it in with --password-stdin`);
  }
  const first = await readHidden(io, 'New password: ');
  const second = await readHidden(io, 'The same again: ');
  if (first !== second) throw new Error(`${command}: the two passwords differ; nothing was changed`);
  return first;
}

/** One line typed in raw mode: Enter ends it, Backspace deletes, Ctrl-C and Ctrl-D give up. */
function readHidden(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin!;
  io.stderr.write(prompt);
  stdin.setRawMode!(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode!(false);
      stdin.pause();
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish(null);
        if (char === '\u0003' || char === '\u0004') return finish(new Error('password entry cancelled'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
