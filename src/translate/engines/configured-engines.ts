/**
 * The engines of `translation.engines` in wiredesk.yaml, each behind its
 * runner (concurrency, retries), and the engine `translation.pairs` names for
 * a direction. An openai engine limits and retries each request itself
 * (openai-engine.ts) and is not put behind the runner.
 */
import type { TranslationConfig, TranslationEngineConfig } from '../../config/schema.ts';
import type { Glossary } from '../glossary.ts';
import { apertiumEngine } from './apertium-engine.ts';
import type { EnginePair, TranslationEngine } from './engine.ts';
import { runEngine, type RunnerOptions } from './engine-runner.ts';
import { libreTranslateEngine } from './libretranslate-engine.ts';
import { openAiChatEngine } from './openai-engine.ts';

export interface ConfiguredEngine {
  config: TranslationEngineConfig;
  engine: TranslationEngine;
  /** The directions wiredesk.yaml gives this engine. */
  pairs: EnginePair[];
}

export interface EngineSetup extends Pick<RunnerOptions, 'sleep' | 'random'> {
  /** The environment, read once at the edge, where an engine's `apiKeyEnv` is looked up. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Glossary per target language, for engines that are told the terms (openai). */
  glossaries?: ReadonlyMap<string, Glossary>;
}

/** `setup.sleep` and `setup.random` override sleep and randomness (tests). */
export function configuredEngines(translation: TranslationConfig, setup: EngineSetup = {}): ConfiguredEngine[] {
  const { env, glossaries, ...runner } = setup;
  return translation.engines.map((config) => {
    const pairs = translation.pairs.filter((p) => p.engine === config.id);
    const directions = pairs.map(({ from, to }) => ({ from, to }));
    if (config.kind === 'openai') {
      const prompts = new Map(pairs.flatMap((p) => (p.prompt === undefined ? [] : [[`${p.from}>${p.to}`, p.prompt] as const])));
      const apiKeyEnv = config.apiKeyEnv ?? null;
      const apiKey = apiKeyEnv === null ? null : env?.[apiKeyEnv]?.trim() || null;
      const engine = openAiChatEngine({
        ...config,
        apiKey,
        apiKeyEnv,
        pairs: directions,
        prompts,
        ...(glossaries ? { glossaries } : {}),
        ...runner,
      });
      return { config, engine, pairs: directions };
    }
    return {
      config,
      engine: runEngine(adapterFor(config), { concurrency: config.concurrency, retries: config.retries, ...runner }),
      pairs: directions,
    };
  });
}

function adapterFor(config: Exclude<TranslationEngineConfig, { kind: 'openai' }>): TranslationEngine {
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
