/**
 * Opening the application context: load the configuration, open the store (running migrations)
 * and sync the configured sources. Every command that touches data starts here,
 * and a bad configuration stops it before anything is opened.
 *
 * The store, the configuration's parser and the engines are imported when a
 * context opens, not when the CLI starts: `wiredesk --help` needs none of them.
 */
import type { Command } from 'commander';
import type { Dispatcher } from 'undici';
import type { Config } from '../config/schema.ts';
import type { ConfigEnv } from '../config/load-config.ts';
import type { Logger, PipelineContext } from '../pipeline/pipeline-context.ts';
import { configPath, type CliIo } from './cli-io.ts';

export interface AppContext extends PipelineContext {
  close(): Promise<void>;
}

export async function openAppContext(
  config: Config,
  log: Logger,
  dispatcher?: Dispatcher,
  options: { syncSources?: boolean } = {},
): Promise<AppContext> {
  const [{ loadGlossaries }, { openStore }, { configuredEngines }, { syncConfigSources }] = await Promise.all([
    import('../translate/glossary-files.ts'),
    import('../store/open-store.ts'),
    import('../translate/engines/configured-engines.ts'),
    import('../pipeline/sync-sources.ts'),
  ]);
  // Read before the store opens: a broken glossary stops the desk with its line number.
  const glossaries = await loadGlossaries(config.translation, config.file);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const ctx: AppContext = {
    config,
    store,
    log,
    now: () => new Date(),
    close: () => store.close(),
    translation: { engines: configuredEngines(config.translation), glossaries },
    ...(dispatcher ? { dispatcher } : {}),
  };
  try {
    if (options.syncSources !== false) await syncConfigSources(ctx);
  } catch (error) {
    await store.close();
    throw error;
  }
  return ctx;
}

/** The variables the configuration honours, read once at the edge. */
export function configEnv(env: NodeJS.ProcessEnv = process.env): ConfigEnv {
  return {
    WIREDESK_DATA_DIR: env.WIREDESK_DATA_DIR,
    DATABASE_URL: env.DATABASE_URL,
    PORT: env.PORT,
    WIREDESK_FETCH_ALLOW: env.WIREDESK_FETCH_ALLOW,
    WIREDESK_METRICS_TOKEN: env.WIREDESK_METRICS_TOKEN,
  };
}

/**
 * Opens the desk named by --config, runs `work` with it, and closes it whatever
 * happens. `log` is plain lines on standard error unless given; `syncSources:
 * false` leaves syncing the configured sources to `work` (ingest does it once it
 * holds the pass lease).
 */
export async function withAppContext(
  program: Command,
  io: CliIo,
  work: (ctx: AppContext) => Promise<void>,
  options: { log?: Logger; syncSources?: boolean } = {},
): Promise<void> {
  const [{ loadConfig }, { consoleLogger }] = await Promise.all([import('../config/load-config.ts'), import('./console-output.ts')]);
  const config = await loadConfig(configPath(program, io), configEnv(io.env));
  const ctx = await openAppContext(config, options.log ?? consoleLogger(io.stderr), undefined, { syncSources: options.syncSources !== false });
  try {
    await work(ctx);
  } finally {
    await ctx.close();
  }
}
