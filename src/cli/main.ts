/**
 * The `wiredesk` command. Exit codes: 0 done, 1 failed (bad configuration, port
 * taken, …), 2 wrong usage (unknown command, bad flag), as shells expect, and
 * 3 done with failures (`ingest` where a source or an article failed).
 */
import { Command, CommanderError } from 'commander';
import { colours as pc } from './colour.ts';
import { ConfigError } from '../config/config-error.ts';
import { messageWithCauses } from '../util/error-chain.ts';
import { packageVersion } from '../util/package-files.ts';
import { PartialFailure, UsageError, untilSignal, write, type CliIo } from './cli-io.ts';
import { registerArticles } from './command-articles.ts';
import { registerDemo } from './command-demo.ts';
import { registerEngines } from './command-engines.ts';
import { registerExtract } from './command-extract.ts';
import { registerEntries } from './command-entries.ts';
import { registerIngest } from './command-ingest.ts';
import { registerInit } from './command-init.ts';
import { registerServe } from './command-serve.ts';
import { registerSources } from './command-sources.ts';
import { registerStories } from './command-stories.ts';
import { registerTranslate } from './command-translate.ts';
import { registerTranslations } from './command-translations.ts';
import { registerUsers } from './command-users.ts';
import { registerAudit } from './command-audit.ts';
import { registerBackup } from './command-backup.ts';
import { registerJobs } from './command-jobs.ts';
import { registerWorker } from './command-worker.ts';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_PARTIAL = 3;

export function buildProgram(io: CliIo): Command {
  const program = new Command('wiredesk')
    .description('A self-hosted news syndication desk: feeds and wires in, a news site out.')
    .version(packageVersion())
    .option('-c, --config <file>', 'configuration file', 'wiredesk.yaml')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run "wiredesk --help" for the commands, "wiredesk help <command>" for one)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerInit(program, io);
  registerSources(program, io);
  registerEntries(program, io);
  registerIngest(program, io);
  registerServe(program, io);
  registerDemo(program, io);
  registerExtract(program, io);
  registerTranslations(program, io);
  registerTranslate(program, io);
  registerEngines(program, io);
  registerStories(program, io);
  registerUsers(program, io);
  registerAudit(program, io);
  registerArticles(program, io);
  registerBackup(program, io);
  registerWorker(program, io);
  registerJobs(program, io);
  return program;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  if (argv.length <= 2) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; they are successes to a user.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    write(io.stderr, `${pc.red('wiredesk:')} ${error.message}`);
    return EXIT_USAGE;
  }
  if (error instanceof PartialFailure) {
    write(io.stderr, `${pc.yellow('wiredesk:')} ${error.message}`);
    return EXIT_PARTIAL;
  }
  write(io.stderr, `${pc.red('wiredesk:')} ${describeError(error)}`);
  return EXIT_FAILURE;
}

/**
 * The message and its causes, outermost first: `store: migration 0002 failed on
 * sqlite: table articles has no column …`. Readers get the whole story in one
 * line, without a stack trace.
 */
export function describeError(error: unknown): string {
  return messageWithCauses(error, { stopAt: (e) => e instanceof ConfigError });
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    untilStopped: untilSignal,
  };
}
