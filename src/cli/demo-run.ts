/** What `wiredesk demo` does (command-demo.ts registers it): the bundled sites, Apertium when installed, one pass, then the site. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config/load-config.ts';
import type { Config } from '../config/schema.ts';
import { write, type CliIo } from './cli-io.ts';
import { formatDemoLogins, resetDemoAccounts } from './demo-accounts.ts';
import { configEnv, openAppContext } from './app-context.ts';
import { fixtureDispatcher, resolveFixtureUrls, startFixtureServer } from './demo-fixture-server.ts';
import { formatSummary, runPassWithProgress } from './pass-report.ts';
import { serveSite } from './serve-run.ts';
import { openServiceLog } from './service-log.ts';
import type { DemoOptions } from './command-demo.ts';
import { apyInstalled, startApy, type ApyServer } from '../translate/engines/apy-process.ts';
import { pairLabel } from '../translate/engines/engine.ts';
import { packageFile } from '../util/package-files.ts';

export const DEMO_DIR = packageFile('fixtures/demo/');

export async function runDemo(io: CliIo, options: DemoOptions): Promise<void> {
  const fixtures = await startFixtureServer(path.join(DEMO_DIR, 'sites'));
  const dispatcher = fixtureDispatcher(fixtures.port);
  const apy = options.engines ? await startDemoApertium(io) : null;
  try {
    const config = await demoConfig(io, options, apy);
    write(io.stderr, `demo: fictional news sites (*.example) served on 127.0.0.1:${fixtures.port}; data in ${config.dataDir}`);
    const log = await openServiceLog(io.stderr, io.env);
    const ctx = await openAppContext(config, log, dispatcher, { env: io.env, servesPages: !options.once });
    try {
      const summary = await runPassWithProgress(ctx, 'all', io.stderr);
      write(options.once ? io.stdout : io.stderr, formatSummary(summary));
      if (!options.once) {
        const logins = await resetDemoAccounts(ctx);
        const onListening = (url: string) => write(io.stdout, formatDemoLogins(new URL('desk/login', url).href, logins));
        await serveSite(ctx, io, { port: options.port ?? config.port, host: options.host, ingest: true, onListening, linkToListener: true, demoFixturesPort: fixtures.port, log });
      }
    } finally {
      await ctx.close();
    }
  } finally {
    await apy?.stop();
    await dispatcher.close();
    await fixtures.close();
  }
}

/** APY on a loopback port when the Debian packages are installed; null (and a word on how to get it) when not. */
async function startDemoApertium(io: CliIo): Promise<ApyServer | null> {
  if (!apyInstalled()) {
    write(io.stderr, 'demo: Apertium is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin)');
    return null;
  }
  try {
    const apy = await startApy();
    write(io.stderr, `demo: Apertium APY on ${apy.url} translates ur→hi and en→es`);
    return apy;
  } catch (error) {
    write(io.stderr, `demo: Apertium did not start (${error instanceof Error ? error.message : String(error)}); translation unavailable`);
    return null;
  }
}

/**
 * The bundled configuration, with the fixture sites' addresses and APY's
 * filled in and the demo's own data directory. Without APY the engine is
 * left out, so its pairs are unavailable rather than failing on every pass.
 */
async function demoConfig(io: CliIo, options: DemoOptions, apy: ApyServer | null): Promise<Config> {
  const configFile = path.join(DEMO_DIR, 'wiredesk.yaml');
  const text = resolveFixtureUrls(await readFile(configFile, 'utf8')).replaceAll('{{apertium}}', apy?.url ?? 'http://127.0.0.1:9');
  const env = configEnv(io.env);
  const dataDir = options.dataDir ?? env.WIREDESK_DATA_DIR ?? path.join(io.cwd, 'data', 'demo');
  const config = parseConfig(text, { file: configFile, env: { ...env, WIREDESK_DATA_DIR: path.resolve(io.cwd, dataDir) } });
  if (apy) return config;
  const unavailable = config.translation.pairs.map(pairLabel).join(', ');
  if (unavailable) write(io.stderr, `demo: no translation engine: ${unavailable} unavailable; untranslated originals stay off the editions' lists`);
  return { ...config, translation: { ...config.translation, engines: [], pairs: [] } };
}
