/**
 * The log of `serve` and `demo` (pino): one JSON object a line where a
 * machine reads it (standard error is not a terminal, or LOG_FORMAT=json),
 * readable lines on a terminal (or LOG_FORMAT=pretty). It keeps the pipeline's
 * Logger (info, warn, error with a message) and adds the access log and
 * errors with their cause chain and stack. Lines logged while a request is
 * answered carry its id (request-id.ts).
 *
 * Secrets stay out: the access log has the path without its query, fields
 * named like secrets are redacted, and a URL's password is masked in messages
 * (a database URL in an error).
 */
import { inspect } from 'node:util';
import { colours as pc } from './colour.ts';
import type { Logger as PinoLogger } from 'pino';
import type { Logger } from '../pipeline/pipeline-context.ts';
import { currentRequestId } from './request-id.ts';
import { terminalText } from './text-table.ts';
import { maskUrlPasswords, REDACTED, SECRET_FIELDS } from '../util/secret-values.ts';

export interface ServiceLog extends Logger {
  /** The message, and the error with its causes and stacks in the `err` field. */
  error(message: string, error?: unknown): void;
  request(entry: { method: string; path: string; status: number; ms: number }): void;
}

export type LogFormat = 'json' | 'pretty';

/** The shared list of secret field names (util/secret-values.ts), wherever they appear in a record. */
const SECRET_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((name) => `*.${name}`), 'headers.authorization', 'headers.cookie', 'headers["set-cookie"]'];
/** The characters JSON.stringify leaves raw that a terminal acts on (terminal-text.ts's list). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function logFormat(env: NodeJS.ProcessEnv, stream: NodeJS.WritableStream): LogFormat {
  const asked = env['LOG_FORMAT'];
  if (asked === 'json' || asked === 'pretty') return asked;
  return 'isTTY' in stream && stream.isTTY === true ? 'pretty' : 'json';
}

/** pino is imported here, when a serving command starts, not when the CLI does. */
export async function openServiceLog(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Promise<ServiceLog> {
  const { pino } = await import('pino');
  const format = logFormat(env, stream);
  const destination = { write: format === 'json' ? (line: string) => stream.write(line.replace(RAW_IN_JSON, escapeChar)) : (line: string) => stream.write(prettyLine(line)) };
  const logger = pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: SECRET_PATHS, censor: REDACTED },
      // errorRecord has built the record already: pino's own would join the causes' messages into the first.
      serializers: { err: (record: unknown) => record },
      mixin: () => {
        const reqId = currentRequestId();
        return reqId ? { reqId } : {};
      },
    },
    destination,
  );
  return serviceLog(logger);
}

function serviceLog(logger: PinoLogger): ServiceLog {
  return {
    info: (message) => logger.info(masked(message)),
    warn: (message) => logger.warn(masked(message)),
    error(message, error) {
      if (error === undefined) logger.error(masked(message));
      else logger.error({ err: errorRecord(error) }, masked(message));
    },
    request: ({ method, path, status, ms }) =>
      logger.info({ method, path, status, ms: Math.round(ms * 10) / 10 }, `${method} ${path} ${status} ${ms.toFixed(1)} ms`),
  };
}

/**
 * The error as data: type, message, stack and each cause in turn (pino's own
 * serializer keeps only a joined message of the causes), masked like messages.
 */
export function errorRecord(error: unknown, depth = 0): Record<string, unknown> {
  // Already a record: an error the pipeline thread sent over.
  if (isRecord(error) && typeof error['message'] === 'string') return error;
  if (!(error instanceof Error)) return { message: masked(typeof error === 'string' ? error : inspect(error)) };
  const record: Record<string, unknown> = { type: error.name, message: masked(error.message) };
  if (error.stack) record['stack'] = masked(error.stack);
  if (error.cause !== undefined && depth < 5) record['cause'] = errorRecord(error.cause, depth + 1);
  return record;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Error);
}

export function masked(text: string): string {
  return maskUrlPasswords(text);
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Fields a readable line shows in its own place, or not at all (the pid). */
const SHOWN_APART = new Set(['time', 'level', 'msg', 'pid', 'err', 'reqId']);

const LEVEL_LABELS: Record<string, string> = {
  trace: pc.dim('TRACE'),
  debug: pc.dim('DEBUG'),
  info: pc.green('INFO '),
  warn: pc.yellow('WARN '),
  error: pc.red('ERROR'),
  fatal: pc.red('FATAL'),
};

/** `21:40:03.120 INFO  message  req=…`, then an error's stack and causes, indented; what it quotes cannot drive the terminal. */
export function prettyLine(json: string): string {
  const record = JSON.parse(json) as Record<string, unknown>;
  const { time, level, msg, err, reqId } = record;
  const fields = Object.fromEntries(Object.entries(record).filter(([key]) => !SHOWN_APART.has(key)));
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  const label = LEVEL_LABELS[String(level)] ?? terminalText(String(level));
  const extras = typeof reqId === 'string' ? [`req=${reqId}`] : [];
  // The access log's fields are in its message already.
  if (!('method' in fields)) for (const [key, value] of Object.entries(fields)) extras.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const tail = extras.length ? `  ${pc.dim(terminalText(extras.join(' ')))}` : '';
  const lines = [`${pc.dim(clock)} ${label} ${terminalText(typeof msg === 'string' ? msg : '')}${tail}`];
  for (let cause = err as Record<string, unknown> | undefined, prefix = ''; cause; cause = cause['cause'] as Record<string, unknown> | undefined) {
    const stack = typeof cause['stack'] === 'string' ? cause['stack'] : String(cause['message']);
    lines.push(...`${prefix}${stack}`.split('\n').map((line) => `    ${terminalText(line)}`));
    prefix = 'caused by: ';
  }
  return `${lines.join('\n')}\n`;
}
