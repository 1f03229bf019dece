/**
 * `wiredesk stories`: story clustering from the shell, without a database.
 * `match` scores cross-lingual matching on any pair of aligned files;
 * `cluster` groups a directory of articles offline, so any labelled set can
 * be scored.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { registerStoriesList } from './command-stories-list.ts';

export interface ClusterOptions {
  format: string;
  windowHours?: string;
}

export function registerStories(program: Command, io: CliIo): void {
  const stories = program.command('stories').description('syndicated copies and stories across sources and languages');
  registerStoriesList(stories, program, io);

  stories
    .command('match <file-a> <file-b>')
    .description('rank every line of file-b for each line of file-a (aligned files, one text a line); prints P@1 and MRR')
    .action(async (fileA: string, fileB: string) => {
      const { matchFiles } = await import('./stories-run.ts');
      await matchFiles(io, fileA, fileB);
    });

  stories
    .command('cluster <dir>')
    .description('cluster the .txt, .html and .json articles of a directory; one JSON line per file: input, story, canonical')
    .option('--format <format>', 'output format (jsonl)', 'jsonl')
    .option('--window-hours <hours>', 'how long a story stays open to new articles')
    .action(async (dir: string, options: ClusterOptions) => {
      const { clusterDirectory } = await import('./stories-run.ts');
      await clusterDirectory(io, dir, options);
    });
}
