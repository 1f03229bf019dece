/** How every fetch of this desk is made, derived once from the configuration. */
import path from 'node:path';
import type { Dispatcher } from 'undici';
import type { Config } from '../config/schema.ts';
import { createGuardedAgent } from '../ingest/address-guard.ts';
import { packageVersion } from '../util/package-files.ts';
import type { FetchOptions } from '../ingest/http-fetch.ts';

/** The package's version, from package.json: one place to bump it. */
export const WIREDESK_VERSION: string = packageVersion();

/** Names wiredesk and, when configured, how the publisher can reach the desk. */
export function userAgent(contact: string | undefined): string {
  return contact ? `wiredesk/${WIREDESK_VERSION} (+${contact})` : `wiredesk/${WIREDESK_VERSION}`;
}

export type FetchSettings = Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'userAgent' | 'dispatcher'>;

/** One guarded connection pool per allow list and connect timeout, shared by every fetch of the process. */
const guardedAgents = new Map<string, Dispatcher>();

function guardedAgentFor(allow: readonly string[], connectTimeoutMs: number): Dispatcher {
  const key = `${connectTimeoutMs} ${allow.join(',')}`;
  let agent = guardedAgents.get(key);
  if (!agent) {
    agent = createGuardedAgent(allow, connectTimeoutMs);
    guardedAgents.set(key, agent);
  }
  return agent;
}

/**
 * `dispatcher` replaces the guarded pool entirely (the demo routes its
 * fictional hosts that way); otherwise private addresses are refused except
 * those in fetch.allow.
 */
export function fetchSettings(config: Config, dispatcher?: Dispatcher): FetchSettings {
  return {
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    userAgent: config.fetch.userAgent ?? userAgent(config.site.contact),
    dispatcher: dispatcher ?? guardedAgentFor(config.fetch.allow, config.fetch.connectTimeoutMs),
  };
}

/** Local feed paths resolve against the configuration file's folder. */
export function feedBaseDir(config: Config): string {
  return config.file ? path.dirname(config.file) : process.cwd();
}
