/** What `wiredesk engines` does (command-engines.ts registers it). */
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.ts';
import { configuredEngines, type ConfiguredEngine } from '../translate/engines/configured-engines.ts';
import type { EngineHealth, EnginePair } from '../translate/engines/engine.ts';
import { configPath, write, type CliIo } from './cli-io.ts';
import { configEnv } from './app-context.ts';
import { terminalJson } from './terminal-text.ts';
import { formatTable } from './text-table.ts';

interface EngineReport {
  id: string;
  kind: string;
  url: string;
  health: EngineHealth;
  /** Directions wiredesk.yaml sends to this engine. */
  configuredPairs: EnginePair[];
  /** Directions the engine says it serves; null when it could not be asked. */
  servedPairs: EnginePair[] | null;
  /** Configured directions the engine does not serve. */
  missingPairs: EnginePair[];
}

export async function reportEngines(program: Command, io: CliIo, options: { json?: boolean }): Promise<void> {
  const config = await loadConfig(configPath(program, io), configEnv(io.env));
  const reports = await Promise.all(configuredEngines(config.translation, { env: io.env }).map(reportOn));
  if (options.json) {
    write(io.stdout, terminalJson(reports, 2));
    return;
  }
  write(io.stdout, reports.length ? enginesTable(reports) : 'no translation engines configured (translation.engines in wiredesk.yaml)');
}

async function reportOn({ config, engine, pairs }: ConfiguredEngine): Promise<EngineReport> {
  const health = await engine.health();
  const servedPairs = health.reachable ? await engine.listPairs().catch(() => null) : null;
  const served = new Set((servedPairs ?? []).map(pairText));
  return {
    id: config.id,
    kind: config.kind,
    // The URL as configured, without credentials someone may have put in it.
    url: withoutCredentials(config.url),
    health,
    configuredPairs: pairs,
    servedPairs,
    missingPairs: servedPairs ? pairs.filter((p) => !served.has(pairText(p))) : [],
  };
}

function enginesTable(reports: EngineReport[]): string {
  const rows = reports.map((r) => [
    r.id,
    r.kind,
    r.url,
    r.health.reachable ? 'yes' : `no: ${r.health.error ?? ''}`,
    r.health.latencyMs === null ? '—' : `${r.health.latencyMs} ms`,
    r.configuredPairs.map((p) => (r.missingPairs.includes(p) ? `${pairText(p)} (not served)` : pairText(p))).join(', ') || '—',
    r.servedPairs === null ? '?' : r.servedPairs.map(pairText).join(', ') || '—',
  ]);
  return formatTable(['engine', 'kind', 'url', 'reachable', 'latency', 'configured pairs', 'engine serves'], rows);
}

function pairText(pair: EnginePair): string {
  return `${pair.from}→${pair.to}`;
}

function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}
