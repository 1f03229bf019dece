/** What `wiredesk backup` does (command-backup.ts registers it). */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';
import { configEnv } from './app-context.ts';
import { configPath, write, type CliIo } from './cli-io.ts';

/**
 * Opens the store alone, without syncing the configured sources as other
 * commands do: a backup writes nothing to the desk it copies.
 */
export async function backupDatabase(program: Command, io: CliIo, file: string): Promise<void> {
  const config = await loadConfig(configPath(program, io), configEnv(io.env));
  const destination = path.resolve(io.cwd, file);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    await store.backupTo(destination);
  } finally {
    await store.close();
  }
  const { size } = await stat(destination);
  write(io.stdout, `wiredesk: backed up the database to ${destination} (${formatSize(size)})`);
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
