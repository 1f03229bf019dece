/**
 * Reads wiredesk.yaml once, applies the environment's overrides and returns a
 * deeply frozen Config. Every problem becomes one ConfigError whose message
 * names the file, the key path and what is wrong, so a bad file stops the
 * program before it touches any data.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML, { isCollection, LineCounter } from 'yaml';
import type { z } from 'zod';
import { allowEntryProblem, proxyEntryProblem } from '../util/allow-entry.ts';
import { configSchema, type Config } from './schema.ts';
import { ConfigError } from './config-error.ts';
import { yamlNestingProblem } from './yaml-nesting.ts';

/** The variables that override the file; nothing else in wiredesk reads the environment. */
export interface ConfigEnv {
  WIREDESK_DATA_DIR?: string | undefined;
  DATABASE_URL?: string | undefined;
  PORT?: string | undefined;
  /** Comma-separated hosts, addresses or ranges added to fetch.allow. */
  WIREDESK_FETCH_ALLOW?: string | undefined;
  /** The bearer token for /metrics; wins over metrics.token. */
  WIREDESK_METRICS_TOKEN?: string | undefined;
  WIREDESK_TRUSTED_PROXIES?: string | undefined;
}

export { ConfigError };

export async function loadConfig(file: string, env: ConfigEnv): Promise<Config> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(cause);
    throw new ConfigError(`${file}: ${reason} (run "wiredesk init" to write one)`, { cause });
  }
  return parseConfig(text, { file: absolute, label: file, env });
}

export interface ParseOptions {
  /** Absolute path the text came from: relative paths in it resolve against its folder. */
  file: string | null;
  /** How to name the file in messages (defaults to the file's base name). */
  label?: string;
  env: ConfigEnv;
}

export function parseConfig(text: string, options: ParseOptions): Config {
  const label = options.label ?? (options.file ? path.basename(options.file) : 'configuration');
  const data = parseYaml(text, label);
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(formatIssues(label, result.error.issues));
  const parsed = result.data;
  const baseDir = options.file ? path.dirname(options.file) : process.cwd();
  const env = options.env;

  const databaseUrl = nonEmpty(env.DATABASE_URL) ?? parsed.databaseUrl ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const where = nonEmpty(env.DATABASE_URL) ? 'DATABASE_URL' : `${label}: databaseUrl`;
    throw new ConfigError(`${where}: must be a postgres:// URL (leave it unset to use SQLite)`);
  }
  const config: Config = {
    ...parsed,
    file: options.file,
    dataDir: path.resolve(baseDir, nonEmpty(env.WIREDESK_DATA_DIR) ?? parsed.dataDir),
    databaseUrl,
    port: env.PORT !== undefined && env.PORT !== '' ? parsePort(env.PORT) : parsed.port,
    fetch: { ...parsed.fetch, allow: [...parsed.fetch.allow, ...entriesFromEnv('WIREDESK_FETCH_ALLOW', env.WIREDESK_FETCH_ALLOW, allowEntryProblem)] },
    metrics: metricsFromEnv(parsed.metrics, env.WIREDESK_METRICS_TOKEN),
    proxy: { trusted: [...parsed.proxy.trusted, ...entriesFromEnv('WIREDESK_TRUSTED_PROXIES', env.WIREDESK_TRUSTED_PROXIES, proxyEntryProblem)] },
  };
  return deepFreeze(config);
}

function metricsFromEnv(metrics: Config['metrics'], token: string | undefined): Config['metrics'] {
  const fromEnv = nonEmpty(token);
  if (fromEnv === undefined) return metrics;
  // Named without its value: the token is a secret.
  if (fromEnv.length < 16) throw new ConfigError('WIREDESK_METRICS_TOKEN: must be at least 16 characters');
  return { ...metrics, token: fromEnv };
}

function parseYaml(text: string, label: string): unknown {
  const tooDeep = yamlNestingProblem(text);
  if (tooDeep) throw new ConfigError(`${label}: ${tooDeep}`);
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const where = pos ? `line ${pos.line}, column ${pos.col}` : 'YAML';
    throw new ConfigError(`${label}: ${where}: ${first.message.split('\n')[0]}`);
  }
  const collectionKey = firstCollectionKey(doc);
  if (collectionKey) {
    const { line, col } = lineCounter.linePos(collectionKey.range?.[0] ?? 0);
    throw new ConfigError(`${label}: line ${line}, column ${col}: a key is a list or a mapping; settings are named by plain words`);
  }
  const data = documentValue(doc, label);
  if (data === null || data === undefined) throw new ConfigError(`${label}: the file is empty`);
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${label}: expected a mapping of settings (site, editions, sections, sources, …)`);
  }
  return data;
}

/**
 * The first key that is itself a list or a mapping (`? [a, b]: c`). No
 * setting is named so, and the yaml package would turn it into a string and
 * print a warning of its own on the terminal.
 */
function firstCollectionKey(doc: YAML.Document): YAML.Node | null {
  let found: YAML.Node | null = null;
  YAML.visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        found = pair.key;
        return YAML.visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The document's value. Aliases are expanded here, and the yaml package
 * refuses (with a ReferenceError) aliases that would expand to an
 * exponential number of values, the "billion laughs" of YAML: reported as
 * a problem of the file like any other.
 */
function documentValue(doc: YAML.Document, label: string): unknown {
  try {
    return doc.toJS();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError(`${label}: ${reason.split('\n')[0]} (its aliases expand to too many values)`, { cause });
  }
}

/** `sources[2].section`: the path as a reader would type it. */
export function keyPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? keyName(String(s)) : `.${keyName(String(s))}`;
  }
  return out || '(top level)';
}

/** Characters a terminal would not show as themselves: controls, format characters (BOM, bidi, zero-width) and spaces. */
const UNSEEN_IN_KEY = /[\p{Cc}\p{Cf}\p{Z}]/gu;
const HAS_UNSEEN = /[\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * A key as typed, or quoted with its unseen characters spelled out: an
 * "unknown key" named `port` because a byte order mark precedes it would
 * send the reader looking for a typo that is not there (and a key may hold
 * terminal escapes).
 */
function keyName(key: string): string {
  if (key !== '' && !HAS_UNSEEN.test(key)) return key;
  const spelled = key.replace(/["\\]/gu, (c) => `\\${c}`).replace(UNSEEN_IN_KEY, (c) => (c === ' ' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
  return `"${spelled}"`;
}

function formatIssues(label: string, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .map((key) => `${label}: ${keyPath([...issue.path, key])}: unknown key`)
        .join('\n');
    }
    return `${label}: ${keyPath(issue.path)}: ${describe(issue)}`;
  });
  return lines.join('\n');
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    // zod says "received undefined" for a missing key: say so in words.
    return /received undefined/.test(issue.message) ? `missing (expected ${issue.expected})` : issue.message.replace(/^Invalid input: /, '');
  }
  return issue.message.replace(/^Invalid input: /, '');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: "${value}" is not a port number (0–65535)`);
  }
  return port;
}

/** A comma-separated list of entries from `variable`, each checked by `problemOf`, a bad one named with the variable. */
function entriesFromEnv(variable: string, value: string | undefined, problemOf: (entry: string) => string | null): string[] {
  const entries = (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const entry of entries) {
    const problem = problemOf(entry);
    if (problem !== null) throw new ConfigError(`${variable}: ${problem}`);
  }
  return entries;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
