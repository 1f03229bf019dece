import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { configTemplate } from '../config/config-template.ts';
import { configPath, write, type CliIo } from './cli-io.ts';

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('write a commented wiredesk.yaml to start from')
    .option('--name <name>', 'the site name', 'My News Desk')
    .option('--base-url <url>', 'the public address of the site', 'http://localhost:8080')
    .option('--force', 'overwrite an existing file')
    .action(async (options: { name: string; baseUrl: string; force?: boolean }) => {
      const file = configPath(program, io);
      try {
        await writeFile(file, configTemplate({ siteName: options.name, baseUrl: options.baseUrl }), {
          flag: options.force ? 'w' : 'wx',
        });
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new Error(`${file} already exists; pass --force to overwrite it`, { cause });
        }
        throw cause;
      }
      write(io.stdout, `wrote ${file}\nnext: wiredesk sources add <feed URL>, then wiredesk serve`);
    });
}
