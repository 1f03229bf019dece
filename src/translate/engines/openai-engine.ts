/**
 * Large language models behind the OpenAI-compatible chat-completions API
 * (platform.openai.com/docs/api-reference/chat), which Ollama, vLLM,
 * llama.cpp's server and most hosted services answer: `POST
 * {url}/chat/completions` with `{ model, messages, temperature, max_tokens }`,
 * `GET {url}/models` to list the models. `url` is the API's base, with its
 * version: `http://127.0.0.1:11434/v1`.
 *
 * One request per text: a system prompt for the pair (chat-prompt.ts) and the
 * text as the user's message, at temperature 0 so that the same sentence
 * gives the same translation and the translation memory stays meaningful.
 * At most `concurrency` requests are in flight, across all callers of this
 * engine. Each request retries on its own (a network error, a timeout, HTTP
 * 408, 429, 5xx) with exponential backoff, waiting at least as long as the
 * server's Retry-After, so one refused sentence does not resend the others.
 *
 * The API key comes from the environment variable wiredesk.yaml names
 * (`apiKeyEnv`), goes only in the Authorization header, and is cut out of
 * every message (engine-http.ts).
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Glossary } from '../glossary.ts';
import { backoffDelay } from '../../util/backoff.ts';
import { concurrencyLimit } from '../../util/concurrency-limit.ts';
import { systemPrompt } from './chat-prompt.ts';
import { readChatReply } from './chat-reply.ts';
import { monotonicMs, requestJson } from './engine-http.ts';
import {
  EngineError,
  type EngineHealth,
  type EnginePair,
  type TranslateOptions,
  type TranslationEngine,
} from './engine.ts';

export interface OpenAiChatOptions {
  id: string;
  /** Base URL of the API, with its version: `http://127.0.0.1:11434/v1`. */
  url: string;
  model: string;
  /** The key read from the environment, or null when none is configured or the variable is unset. */
  apiKey: string | null;
  /** The variable the key is read from, to name it when it is unset; null when no key is configured. */
  apiKeyEnv: string | null;
  timeoutMs: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Further attempts of one request after a retryable failure. */
  retries: number;
  /** Ceiling of max_tokens, however long the text. */
  maxTokens: number;
  /** Longer texts are cut at sentence ends or spaces into pieces this long at most, each sent alone. */
  maxInputChars: number;
  /** The directions wiredesk.yaml gives this engine: what it says it serves. */
  pairs: readonly EnginePair[];
  /** A pair's own instructions, by `from>to`, in place of the default prompt's. */
  prompts?: ReadonlyMap<string, string>;
  /** Glossary per target language, listed in the system prompt. */
  glossaries?: ReadonlyMap<string, Glossary>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1). */
  random?: () => number;
}

/**
 * Output tokens allowed per character of the text sent. A Hindi translation
 * runs up to ~1.6× its source in characters (qa/length-ratio.ts), and a
 * tokenizer that falls back to bytes spends up to 3 tokens on a Devanagari
 * letter (3 bytes in UTF-8): 4 a character covers both with room to spare.
 * Recent tokenizers use far fewer, so the limit only ever stops a model that
 * runs on (repeating itself, or answering with an essay).
 */
const OUTPUT_TOKENS_PER_CHAR = 4;
/** A short text still gets room for a reasoning model's empty think block and the closing tokens. */
const OUTPUT_TOKENS_SLACK = 64;
/** Half a second, then 1, 2, 4 s…: a server restarting or shedding load is usually back within seconds. */
const FIRST_RETRY_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/**
 * A Retry-After longer than this is not waited for inside one translation:
 * the request fails as retryable and the pass tries the article again later
 * (translation-step.ts), instead of holding a worker for minutes.
 */
const MAX_RETRY_AFTER_MS = 60_000;
/** Full jitter, as engine-runner.ts: many workers retrying do not come back in step. */
const FULL_JITTER = 1;
/** Where a long text is best cut: after a sentence's final mark and the space after it. */
const SENTENCE_BREAK = /[.!?।॥۔؟…]["'”’»)]*\s+/gu;

export function openAiChatEngine(options: OpenAiChatOptions): TranslationEngine {
  const limit = concurrencyLimit(options.concurrency);
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const random = options.random ?? Math.random;
  const backoff = { firstMs: FIRST_RETRY_MS, maxMs: MAX_BACKOFF_MS, jitter: FULL_JITTER };

  function headers(): Record<string, string> {
    if (options.apiKeyEnv === null) return {};
    if (options.apiKey === null) {
      throw new EngineError(`${options.id}: the environment variable ${options.apiKeyEnv} (apiKeyEnv) holds no API key`, { retryable: false });
    }
    return { authorization: `Bearer ${options.apiKey}` };
  }

  const call = (path: string, json?: unknown, signal?: AbortSignal) =>
    requestJson({
      engineId: options.id,
      baseUrl: options.url,
      path,
      timeoutMs: options.timeoutMs,
      json,
      headers: headers(),
      secrets: options.apiKey === null ? [] : [options.apiKey],
      signal,
    });

  async function completeOnce(text: string, prompt: string, signal?: AbortSignal): Promise<string> {
    const maxTokens = Math.min(options.maxTokens, Math.ceil(text.length * OUTPUT_TOKENS_PER_CHAR) + OUTPUT_TOKENS_SLACK);
    const body = {
      model: options.model,
      messages: [
        { role: 'system', content: prompt },
        { role: 'user', content: text },
      ],
      temperature: 0,
      max_tokens: maxTokens,
      stream: false,
    };
    const data = await call('/chat/completions', body, signal);
    return readChatReply(data, { engineId: options.id, maxTokens, source: text });
  }

  async function complete(text: string, prompt: string, signal?: AbortSignal): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await limit(() => completeOnce(text, prompt, signal));
      } catch (error) {
        const retryable = error instanceof EngineError && error.retryable;
        const tries = attempt + 1;
        if (!retryable || attempt >= options.retries || signal?.aborted) {
          if (tries === 1) throw error;
          throw new EngineError(`${options.id}: gave up after ${tries} attempts`, { retryable, cause: error });
        }
        const asked = error instanceof EngineError ? error.retryAfterMs : null;
        if (asked !== null && asked > MAX_RETRY_AFTER_MS) {
          throw new EngineError(`${options.id}: the server asks to wait ${Math.round(asked / 1000)} s (Retry-After); left for a later try`, { retryable: true, cause: error });
        }
        await sleep(Math.max(asked ?? 0, backoffDelay(backoff, tries, random)), signal);
      }
    }
  }

  async function translateOne(text: string, prompt: string, signal?: AbortSignal): Promise<string> {
    if (text.trim() === '') return text;
    const pieces = await Promise.all(piecesOf(text, options.maxInputChars).map((piece) => complete(piece, prompt, signal)));
    return pieces.join(' ');
  }

  async function translate(texts: readonly string[], pair: EnginePair, { signal }: TranslateOptions = {}): Promise<string[]> {
    if (texts.length === 0) return [];
    const instructions = options.prompts?.get(`${pair.from}>${pair.to}`);
    const prompt = systemPrompt(pair, options.glossaries?.get(pair.to) ?? null, instructions);
    // The first failure fails the call: the texts still queued or in flight are not worth a model's time.
    const stop = new AbortController();
    const linked = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    try {
      return await Promise.all(texts.map((text) => translateOne(text, prompt, linked)));
    } finally {
      stop.abort();
    }
  }

  async function health(): Promise<EngineHealth> {
    const start = monotonicMs();
    try {
      const models = modelIds(await call('/models'));
      const latencyMs = Math.round(monotonicMs() - start);
      if (models.length > 0 && !models.includes(options.model)) {
        const listed = models.slice(0, 8).join(', ') + (models.length > 8 ? ', …' : '');
        return { reachable: false, latencyMs, error: `${options.id}: the server does not list the model "${options.model}" (it lists ${listed})` };
      }
      return { reachable: true, latencyMs, error: null };
    } catch (error) {
      return { reachable: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { id: options.id, listPairs: () => Promise.resolve([...options.pairs]), translate, health };
}

/** `GET /models`: `{ data: [{ id }] }`. */
function modelIds(data: unknown): string[] {
  const list = data !== null && typeof data === 'object' ? (data as { data?: unknown }).data : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((m: unknown) => (m !== null && typeof m === 'object' && typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : []));
}

/**
 * A text cut into pieces of at most `max` characters: after the last
 * sentence end within the limit, else at the last space, else (a run with no
 * space at all) at the limit, never inside a surrogate pair. Placeholders
 * (`⟦12⟧`) hold no space, so a cut at a space never splits one.
 */
export function piecesOf(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const head = rest.slice(0, max + 1);
    let cut = lastBreak(head, SENTENCE_BREAK);
    if (cut <= 0) cut = head.search(/\s\S*$/u);
    if (cut <= 0) cut = /[\uD800-\uDBFF]/u.test(rest[max - 1] ?? '') ? max - 1 : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function lastBreak(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
