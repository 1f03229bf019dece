/**
 * The engines of `translation.engines` in wiredesk.yaml, each behind its
 * runner (concurrency, retries), and the engine `translation.pairs` names for
 * a direction.
 */
import type { TranslationConfig, TranslationEngineConfig } from '../../config/schema.ts';
import { apertiumEngine } from './apertium-engine.ts';
import type { EnginePair, TranslationEngine } from './engine.ts';
import { runEngine, type RunnerOptions } from './engine-runner.ts';
import { libreTranslateEngine } from './libretranslate-engine.ts';

export interface ConfiguredEngine {
  config: TranslationEngineConfig;
  engine: TranslationEngine;
  /** The directions wiredesk.yaml gives this engine. */
  pairs: EnginePair[];
}

/** `runner` overrides sleep and randomness (tests). */
export function configuredEngines(
  translation: TranslationConfig,
  runner: Pick<RunnerOptions, 'sleep' | 'random'> = {},
): ConfiguredEngine[] {
  return translation.engines.map((config) => ({
    config,
    engine: runEngine(adapterFor(config), { concurrency: config.concurrency, retries: config.retries, ...runner }),
    pairs: translation.pairs.filter((p) => p.engine === config.id).map(({ from, to }) => ({ from, to })),
  }));
}

function adapterFor(config: TranslationEngineConfig): TranslationEngine {
  const { id, url, timeoutMs } = config;
  switch (config.kind) {
    case 'apertium':
      return apertiumEngine({ id, url, timeoutMs });
    case 'libretranslate':
      return libreTranslateEngine({ id, url, timeoutMs, apiKey: config.apiKey });
  }
}

/** The engine configured for a direction, or null when no pair names one. */
export function engineForPair(engines: readonly ConfiguredEngine[], pair: EnginePair): TranslationEngine | null {
  const match = engines.find((e) => e.pairs.some((p) => p.from === pair.from && p.to === pair.to));
  return match?.engine ?? null;
}
