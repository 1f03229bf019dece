/**
 * The peer of bench:serve: nginx serving pages saved from wiredesk as static
 * files, one worker process, no compression, each file with the Content-Type
 * wiredesk sent, on a loopback port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export interface SavedPage {
  /** The path the bench asks both servers for. */
  path: string;
  body: Buffer;
  contentType: string;
  /** Every header wiredesk sent but those Node writes itself: the bare Node peer sends them too. */
  headers: [string, string][];
}

export interface NginxServer {
  url: string;
  /** The one process that answers (nginx runs without a master here). */
  pid: number;
  stop(): Promise<void>;
}

export function pageFile(index: number): string {
  return `page-${index}`;
}

export function nginxInstalled(): boolean {
  return existsSync(NGINX);
}

/** A port free on loopback now; nginx takes it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startNginx(dir: string, pages: readonly SavedPage[]): Promise<NginxServer> {
  const root = path.join(dir, 'www');
  await mkdir(root, { recursive: true });
  const locations: string[] = [];
  for (const [i, page] of pages.entries()) {
    const file = pageFile(i);
    await writeFile(path.join(root, file), page.body);
    // Exact-match locations, each naming its file and the type wiredesk sent; no mime.types.
    locations.push(`    location = ${page.path} { types { } default_type "${page.contentType}"; try_files /${file} =404; }`);
  }
  const port = await freePort();
  const config = [
    'worker_processes 1;',
    'daemon off;',
    'master_process off;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  tcp_nodelay on;',
    // Node keeps a connection for any number of requests; so does nginx here.
    '  keepalive_requests 1000000;',
    '  keepalive_timeout 65;',
    '  gzip off;',
    `  client_body_temp_path ${path.join(dir, 'client_body')};`,
    `  proxy_temp_path ${path.join(dir, 'proxy')};`,
    `  fastcgi_temp_path ${path.join(dir, 'fastcgi')};`,
    `  uwsgi_temp_path ${path.join(dir, 'uwsgi')};`,
    `  scgi_temp_path ${path.join(dir, 'scgi')};`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    ...locations,
    '  }',
    '}',
  ].join('\n');
  const configFile = path.join(dir, 'nginx.conf');
  await writeFile(configFile, config);
  const child = spawn(NGINX, ['-c', configFile, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url + pages[0]!.path, child, () => stderr);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** bench/serve-bare-node.ts in its own process, serving the pages startNginx saved under `dir`. */
export async function startBareNode(dir: string, pages: readonly SavedPage[]): Promise<NginxServer> {
  const manifest = pages.map((page, i) => ({ path: page.path, file: path.join(dir, 'www', pageFile(i)), headers: page.headers }));
  const manifestFile = path.join(dir, 'bare-node.json');
  await writeFile(manifestFile, JSON.stringify(manifest));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'serve-bare-node.ts'), manifestFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const url = /listening at (http:\/\/\S+)/.exec(output)?.[1];
    if (url) return { url, pid: child.pid!, stop: () => stopChild(child) };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bench:serve: the bare Node server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench:serve: nginx exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`bench:serve: nginx did not answer ${url} within 10 s: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** User and system CPU time a process has used so far, in ms (Linux /proc; 10 ms ticks). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on every Linux the project runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
