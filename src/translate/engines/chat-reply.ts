/**
 * Reading a chat-completions answer (the OpenAI API's `POST /chat/completions`,
 * as Ollama, vLLM and llama.cpp's server also answer it):
 * `{ choices: [{ message: { content }, finish_reason }] }`.
 *
 * What is refused, as an EngineError naming the engine: no choices, a
 * content that is not text, an answer cut off at max_tokens
 * (`finish_reason: "length"`: the rest of the sentence is missing, and at
 * temperature 0 a second try ends the same way) and one withheld by a content
 * filter. An empty content is returned as it is: the gate's `empty` check
 * holds that sentence for review, and an article whose every sentence came
 * back empty is retried later (article-translation.ts).
 *
 * Two kinds of wrapping are taken off, narrowly, because they are common,
 * unambiguous and would otherwise hold every translation of a pair for review:
 * - a reasoning model's `<think>…</think>` block at the very start (Qwen 3,
 *   DeepSeek R1 through Ollama or llama.cpp put it in the content);
 * - a first line that only announces the translation ("Here is the
 *   translation:", "Sure, here's the Hindi translation:", "Translation:"),
 *   when something follows it and the source did not itself begin so.
 * Anything else a model adds (notes after the translation, a summary instead
 * of it, another language) is left for the gate: length ratio, numbers,
 * placeholders, untranslated runs and the target-language check.
 */
import { EngineError } from './engine.ts';

interface ChatChoice {
  message?: { content?: unknown };
  finish_reason?: unknown;
}

/** A reasoning block at the start of the content, closed. */
const LEADING_THINK = /^\s*<think>[\s\S]*?<\/think>\s*/u;

/**
 * A whole first line that does nothing but announce a translation, ending in
 * a colon. Optional politeness, optional "here is / below is", optional
 * article and one adjective ("Hindi"), "translation", optional "in/into/to X".
 */
const LEAD_IN_LINE =
  /^\s*(?:(?:sure|certainly|okay|ok|of course)[,.!]?\s+)?(?:(?:here\s+is|here's|below\s+is)\s+)?(?:(?:the|your|my|a)\s+)?(?:\p{L}+\s+)?translation(?:\s+(?:in|into|to)\s+\p{L}+)?\s*:[ \t]*\r?\n/iu;

export interface ChatReplyContext {
  engineId: string;
  /** The limit the request asked for, for the message when the answer hit it. */
  maxTokens: number;
  /** The text that was sent: a lead-in it begins with itself is not taken off. */
  source: string;
}

/** The translation in a chat-completions answer, or an EngineError saying why there is none. */
export function readChatReply(data: unknown, context: ChatReplyContext): string {
  const where = `${context.engineId}: /chat/completions`;
  const error = errorMessage(data);
  if (error !== null) throw new EngineError(`${where}: the server answered an error: ${error}`, { retryable: false });
  const choice = firstChoice(data);
  if (!choice) throw new EngineError(`${where}: the answer has no choices[0]`, { retryable: false });
  const finish = choice.finish_reason;
  if (finish === 'length') {
    throw new EngineError(
      `${where}: the model stopped at max_tokens (${context.maxTokens}) before the translation ended (finish_reason "length"); raise maxTokens or check the model is not looping`,
      { retryable: false },
    );
  }
  if (finish === 'content_filter') {
    throw new EngineError(`${where}: the server's content filter withheld the answer (finish_reason "content_filter")`, { retryable: false });
  }
  const content = contentText(choice.message?.content);
  if (content === null) {
    throw new EngineError(`${where}: choices[0].message.content is ${describe(choice.message?.content)}, not text`, { retryable: false });
  }
  return unwrap(content, context.source);
}

/** The content without a leading reasoning block or announcing line, trimmed. */
export function unwrap(content: string, source: string): string {
  let text = content.replace(LEADING_THINK, '');
  const leadIn = LEAD_IN_LINE.exec(text);
  if (leadIn && text.slice(leadIn[0].length).trim() !== '' && !LEAD_IN_LINE.test(`${source}\n`)) {
    text = text.slice(leadIn[0].length);
  }
  return text.trim();
}

/** `{ error: { message } }` (or `{ error: "…" }`), which some servers send with HTTP 200; short, for the message. */
function errorMessage(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || !('error' in data)) return null;
  const error = data.error;
  if (error === null || error === undefined) return null;
  const message = typeof error === 'object' ? (error as { message?: unknown }).message : error;
  return typeof message === 'string' ? message.slice(0, 200) : 'no message';
}

function firstChoice(data: unknown): ChatChoice | null {
  if (data === null || typeof data !== 'object') return null;
  const choices = (data as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const first: unknown = choices[0];
  return first !== null && typeof first === 'object' ? first : null;
}

/** A string, or the text parts of a content given as parts (`[{ type: "text", text }]`); null for anything else. */
function contentText(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return null;
  const texts = content.map((part: unknown) => (part !== null && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : null));
  return texts.every((t) => t !== null) ? texts.join('') : null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
