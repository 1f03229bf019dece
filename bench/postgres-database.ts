/**
 * A PostgreSQL database of its own for one bench run, made and dropped with
 * psql, so that runs never see each other's rows. The server URL's role must
 * be allowed to create databases.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function ownPostgresDatabase(serverUrl: string, prefix: string): { url: string; drop(): void } {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const psql = (sql: string) => {
    const result = spawnSync('psql', [serverUrl, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`bench: psql failed (${sql}): ${result.stderr || result.error?.message}`);
  };
  psql(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => psql(`drop database if exists ${name} with (force)`) };
}
