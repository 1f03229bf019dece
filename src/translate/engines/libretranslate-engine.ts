/**
 * LibreTranslate (libretranslate.com/docs): `GET /languages` lists languages
 * with the targets each translates into; `POST /translate` takes `q` (a string
 * or an array of strings), `source`, `target`, `format` (`text` or `html`) and
 * `api_key`, and answers `{ translatedText }` in the same shape as `q`. Its
 * codes are ISO 639-1 like ours, with a script or region on a few (`zh-Hans`,
 * `pt-BR`), which are read by their primary subtag.
 *
 * The API key goes in the body only, never in a URL or a message.
 */
import { monotonicMs, requestJson } from './engine-http.ts';
import {
  EngineError,
  type EngineHealth,
  type EnginePair,
  type TranslateOptions,
  type TranslationEngine,
} from './engine.ts';

export interface LibreTranslateOptions {
  id: string;
  /** Base URL of the server: `http://127.0.0.1:5000`. */
  url: string;
  apiKey?: string | undefined;
  timeoutMs: number;
  /** `text` for plain text with placeholders (what the text pipeline sends); `html` lets the server keep tags. */
  format?: 'text' | 'html';
}

interface LanguageEntry {
  code?: unknown;
  targets?: unknown;
}

export function libreTranslateEngine(options: LibreTranslateOptions): TranslationEngine {
  const call = (path: string, json?: unknown, signal?: AbortSignal) =>
    requestJson({ engineId: options.id, baseUrl: options.url, path, timeoutMs: options.timeoutMs, json, signal });

  async function listPairs(): Promise<EnginePair[]> {
    const data = await call('/languages');
    if (!Array.isArray(data)) throw new EngineError(`${options.id}: /languages did not answer a list`, { retryable: false });
    const pairs = new Map<string, EnginePair>();
    for (const { code, targets } of data as LanguageEntry[]) {
      if (typeof code !== 'string' || !Array.isArray(targets)) continue;
      const from = primary(code);
      for (const target of targets) {
        if (typeof target !== 'string' || primary(target) === from) continue;
        pairs.set(`${from}>${primary(target)}`, { from, to: primary(target) });
      }
    }
    return [...pairs.values()];
  }

  async function translate(texts: readonly string[], pair: EnginePair, { signal }: TranslateOptions = {}): Promise<string[]> {
    if (texts.length === 0) return [];
    const body = {
      q: texts,
      source: pair.from,
      target: pair.to,
      format: options.format ?? 'text',
      ...(options.apiKey ? { api_key: options.apiKey } : {}),
    };
    const data = (await call('/translate', body, signal)) as { translatedText?: unknown };
    const out = data.translatedText;
    if (!Array.isArray(out) || out.length !== texts.length || !out.every((t) => typeof t === 'string')) {
      throw new EngineError(`${options.id}: /translate answered ${describeAnswer(out)} for ${texts.length} texts`, {
        retryable: false,
      });
    }
    return out;
  }

  async function health(): Promise<EngineHealth> {
    const start = monotonicMs();
    try {
      await call('/languages');
      return { reachable: true, latencyMs: Math.round(monotonicMs() - start), error: null };
    } catch (error) {
      return { reachable: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { id: options.id, listPairs, translate, health };
}

function primary(code: string): string {
  return code.split(/[-_]/u)[0]!.toLowerCase();
}

function describeAnswer(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} texts`;
  return value === undefined ? 'no translatedText' : `a ${typeof value}`;
}
