/**
 * Apertium APY (wiki.apertium.org, "Apertium-apy"): `GET /listPairs` and
 * `/translate` with `langpair=eng|spa` and `q`. Unknown words stay marked
 * (`markUnknown=yes`, APY's default, asked for explicitly) so that the quality
 * gate sees `*word` and the Urdu→Hindi step can transliterate it.
 */
import { fromApertiumCode, toApertiumCode } from './apertium-codes.ts';
import { monotonicMs, requestJson } from './engine-http.ts';
import {
  EngineError,
  pairLabel,
  type EngineHealth,
  type EnginePair,
  type TranslateOptions,
  type TranslationEngine,
} from './engine.ts';

export interface ApertiumOptions {
  id: string;
  /** Base URL of the APY server: `http://127.0.0.1:2737`. */
  url: string;
  timeoutMs: number;
}

/**
 * Texts whose encoded query is longer go as a POST form: servers and proxies
 * commonly refuse request lines beyond 8 KiB, and a long paragraph of
 * percent-encoded Devanagari or Urdu passes that quickly (9 bytes a letter).
 */
const MAX_GET_QUERY = 4000;

interface ApyPairs {
  responseData?: { sourceLanguage?: unknown; targetLanguage?: unknown }[];
}

interface ApyTranslation {
  responseData?: { translatedText?: unknown };
}

export function apertiumEngine(options: ApertiumOptions): TranslationEngine {
  const call = (path: string, signal?: AbortSignal, form?: URLSearchParams) =>
    requestJson({ engineId: options.id, baseUrl: options.url, path, timeoutMs: options.timeoutMs, signal, form });

  async function listPairs(): Promise<EnginePair[]> {
    const data = (await call('/listPairs')) as ApyPairs;
    if (!Array.isArray(data.responseData)) {
      throw new EngineError(`${options.id}: /listPairs answered without responseData`, { retryable: false });
    }
    return data.responseData.flatMap(({ sourceLanguage, targetLanguage }) => {
      const from = typeof sourceLanguage === 'string' ? fromApertiumCode(sourceLanguage) : null;
      const to = typeof targetLanguage === 'string' ? fromApertiumCode(targetLanguage) : null;
      return from && to ? [{ from, to }] : [];
    });
  }

  async function translateOne(text: string, langpair: string, signal?: AbortSignal): Promise<string> {
    if (text.trim() === '') return text;
    const params = new URLSearchParams({ langpair, q: text, markUnknown: 'yes' });
    const query = params.toString();
    const data = (query.length <= MAX_GET_QUERY
      ? await call(`/translate?${query}`, signal)
      : await call('/translate', signal, params)) as ApyTranslation;
    const translated = data.responseData?.translatedText;
    if (typeof translated !== 'string') {
      throw new EngineError(`${options.id}: /translate answered without translatedText`, { retryable: false });
    }
    return translated;
  }

  async function translate(texts: readonly string[], pair: EnginePair, { signal }: TranslateOptions = {}): Promise<string[]> {
    const from = toApertiumCode(pair.from);
    const to = toApertiumCode(pair.to);
    if (!from || !to) {
      throw new EngineError(`${options.id}: no Apertium language code for ${pairLabel(pair)}`, { retryable: false });
    }
    // One request per text, one after the other: APY translates a request as one
    // stream, and joining texts with a separator risks the engine moving words
    // across it. Parallelism is the runner's (engine-runner.ts), within a limit.
    const outputs: string[] = [];
    for (const text of texts) outputs.push(await translateOne(text, `${from}|${to}`, signal));
    return outputs;
  }

  async function health(): Promise<EngineHealth> {
    const start = monotonicMs();
    try {
      await call('/listPairs');
      return { reachable: true, latencyMs: Math.round(monotonicMs() - start), error: null };
    } catch (error) {
      return { reachable: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { id: options.id, listPairs, translate, health };
}
