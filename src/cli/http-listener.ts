/**
 * Serving a Hono app on a port, with the two failures people meet turned into
 * plain sentences: the port is taken, or not ours to use.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listener {
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish, and closes
   * what is still open after `graceMs` (keep-alive readers reconnect elsewhere).
   */
  close(graceMs?: number): Promise<void>;
}

/** How long requests in flight get to finish when the server closes. */
export const CLOSE_GRACE_MS = 10_000;
/** How often idle keep-alive connections are closed while requests finish. */
const IDLE_SWEEP_MS = 50;

/** Answers a request on Node's own objects before the app sees it (the render cache's hits), or says it did not. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function listen(app: Hono, port: number, host: string, fastPath?: FastPath | null): Promise<Listener> {
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (error: NodeJS.ErrnoException) => reject(new Error(describeListenError(error, host, port), { cause: error }));
    const listener = getRequestListener(app.fetch, { hostname: host });
    // Hono's listener turns every request into a web Request; a cache hit needs none of that.
    server = createServer((req, res) => {
      if (!fastPath?.(req, res)) void listener(req, res);
    });
    server.listen(port, host, () => {
      server?.off('error', onError);
      const info = server?.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        port: info.port,
        close: (graceMs = CLOSE_GRACE_MS) => closeGracefully(server, graceMs),
      });
    });
    server.once('error', onError);
  });
}

function closeGracefully(server: ServerType | undefined, graceMs: number): Promise<void> {
  if (!server) return Promise.resolve();
  const http = 'closeIdleConnections' in server ? server : null;
  return new Promise<void>((done) => {
    // A connection becomes idle when its request has been answered; close each as it does.
    const sweep = setInterval(() => http?.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => http?.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done();
    });
    http?.closeIdleConnections();
  });
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; choose another with --port or PORT`;
  if (error.code === 'EACCES') return `port ${port} needs privileges this user lacks; use a port above 1023`;
  if (error.code === 'EADDRNOTAVAIL') return `address ${host} is not available on this machine`;
  return `cannot listen on ${host}:${port}: ${error.message}`;
}
