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

/**
 * `env` is where an engine's `apiKeyEnv` is looked up (the process's environment, read at the
 * edge); `syncSources: false` leaves syncing the configured sources to the caller.
 */
export async function openAppContext(
  config: Config,
  log: Logger,
  dispatcher?: Dispatcher,
  options: { syncSources?: boolean; env?: NodeJS.ProcessEnv; servesPages?: boolean } = {},
): Promise<AppContext> {
  const [{ loadGlossaries }, { openStore }, { configuredEngines }, { syncConfigSources }, { lazyUrduHindiPostEdit }] = await Promise.all([
    import('../translate/glossary-files.ts'),
    import('../store/open-store.ts'),
    import('../translate/engines/configured-engines.ts'),
    import('../pipeline/sync-sources.ts'),
    import('../translate/hindi-lexicon-files.ts'),
  ]);
  // Read before the store opens: a broken glossary stops the desk with its line number.
  const glossaries = await loadGlossaries(config.translation, config.file);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, servesPages: options.servesPages === true });
  // PostgreSQL: every process (workers, `ingest`) keeps each host's limits together, through the database.
  const politeness =
    store.dialect === 'postgres' ? new (await import('../pipeline/shared-politeness.ts')).SharedHostPoliteness(store, config.fetch.perHost, config.fetch.timeoutMs) : undefined;
  const ctx: AppContext = {
    config,
    store,
    log,
    now: () => new Date(),
    close: () => store.close(),
    translation: {
      engines: configuredEngines(config.translation, { env: options.env ?? {}, glossaries }),
      glossaries,
      // The Hindi lexicon is read when an Urdu article is first translated into Hindi, not at start.
      postEdit: lazyUrduHindiPostEdit((line) => log.info(line)),
    },
    ...(dispatcher ? { dispatcher } : {}),
    ...(politeness ? { politeness } : {}),
  };
  try {
    if (options.syncSources !== false) await syncConfigSources(ctx);
  } catch (error) {
    await store.close();
    throw error;
  }
  return ctx;
}

/** Every variable the configuration reads: a Record over ConfigEnv's keys, so a new variable cannot be left out here. */
const CONFIG_VARIABLES: Record<keyof ConfigEnv, true> = {
  WIREDESK_DATA_DIR: true,
  DATABASE_URL: true,
  PORT: true,
  WIREDESK_FETCH_ALLOW: true,
  WIREDESK_METRICS_TOKEN: true,
  WIREDESK_TRUSTED_PROXIES: true,
};

export function configEnv(env: NodeJS.ProcessEnv = process.env): ConfigEnv {
  return Object.fromEntries(Object.keys(CONFIG_VARIABLES).map((name) => [name, env[name]]));
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
  options: { log?: Logger; syncSources?: boolean; servesPages?: boolean } = {},
): Promise<void> {
  const [{ loadConfig }, { consoleLogger }] = await Promise.all([import('../config/load-config.ts'), import('./console-output.ts')]);
  const config = await loadConfig(configPath(program, io), configEnv(io.env));
  const ctx = await openAppContext(config, options.log ?? consoleLogger(io.stderr), undefined, { syncSources: options.syncSources !== false, env: io.env, servesPages: options.servesPages === true });
  try {
    await work(ctx);
  } finally {
    await ctx.close();
  }
}
