/**
 * Serving a Hono app on a port, with the two failures people meet turned into
 * plain sentences: the port is taken, or not ours to use.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listener {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Hono, port: number, host: string): Promise<Listener> {
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (error: NodeJS.ErrnoException) => reject(new Error(describeListenError(error, host, port), { cause: error }));
    server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      server?.off('error', onError);
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server?.close(() => done());
          // Keep-alive connections would hold close() open; readers can reconnect.
          if (server && 'closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', onError);
  });
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; choose another with --port or PORT`;
  if (error.code === 'EACCES') return `port ${port} needs privileges this user lacks; use a port above 1023`;
  if (error.code === 'EADDRNOTAVAIL') return `address ${host} is not available on this machine`;
  return `cannot listen on ${host}:${port}: ${error.message}`;
}
