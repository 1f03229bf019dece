/**
 * An error's message followed by its causes, outermost first, each told once:
 * `store: could not save 3 entries of source wire: SQLITE_BUSY: database is
 * locked`. A wrapper names the module and the input; the cause says what the
 * database, the network or the parser said. Logs, stored errors and the
 * command line show the whole line, without a stack trace.
 */
import { inspect } from 'node:util';

/** Enough for a module's wrapper, a library's error and the system error under it. */
const MAX_PARTS = 5;

export interface ChainOptions {
  /** An error whose causes are not told (its message says all there is). */
  stopAt?: (error: Error) => boolean;
}

export function messageWithCauses(error: unknown, options: ChainOptions = {}): string {
  const chain: string[] = [];
  for (let current: unknown = error; current !== undefined && current !== null && chain.length < MAX_PARTS; ) {
    chain.push(messageOf(current));
    current = current instanceof Error && !options.stopAt?.(current) ? current.cause : undefined;
  }
  // A message that already tells the deepest cause (the fetcher quotes "connect ECONNREFUSED …") needs none of the wrappers between.
  const [first = '', ...causes] = chain;
  if (causes.length > 0 && first.includes(causes.at(-1)!)) return first;
  const parts: string[] = [];
  for (const message of chain) if (!parts.some((part) => part.includes(message))) parts.push(message);
  return parts.join(': ');
}

/** An Error's message, a string as it is, anything else inspected (never "[object Object]"). */
function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : inspect(thrown);
}
