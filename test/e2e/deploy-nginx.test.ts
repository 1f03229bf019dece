/**
 * deploy/nginx/wiredesk.conf, run by Debian's nginx in front of a real
 * `wiredesk serve --no-ingest`: TLS with a certificate made for the test, the
 * file changed only in its ports, addresses and paths. Readers get pages over
 * https and from nginx's cache; /metrics and /readyz stay out of reach; the
 * desk signs in through the proxy and records the reader's address from
 * X-Forwarded-For, never a forged one. Skipped where nginx or openssl is missing.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { missing } from '../missing-tool.ts';
import { ROOT, runCli, servingUrl, type CliProcess } from './cli-process.ts';
import { bulletinFeed, serveFeeds, writeLoopbackDesk, type LoopbackFeeds } from './loopback-feeds.ts';

const NGINX = '/usr/sbin/nginx';
const OPENSSL = '/usr/bin/openssl';
const SITE = 'news.example.org';
const SKIP = !existsSync(NGINX)
  ? missing('nginx', 'apt-get install nginx-light')
  : !existsSync(OPENSSL)
    ? missing('openssl', 'apt-get install openssl')
    : false;
const PASSWORD = 'correct horse battery staple 42';
/** The reader's own address: loopback, but not the proxy's 127.0.0.1. */
const READER = '127.0.0.2';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Swaps `from` for `to` once, failing when the config no longer has the line the test relies on. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `deploy/nginx/wiredesk.conf should hold "${from}" once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, nginx: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

describe('nginx from deploy/ in front of wiredesk serve', { skip: SKIP }, () => {
  const dirs: string[] = [];
  let feeds: LoopbackFeeds | undefined;
  let serve: CliProcess | undefined;
  let nginx: ChildProcess | undefined;
  let nginxLog = '';
  let dir = '';
  let wiredeskUrl = '';
  let tlsPort = 0;
  let httpPort = 0;
  let certificate = '';

  /** A wiredesk command in the desk's folder, its output once it exits 0. (Not execFileSync: the feeds are served by this process.) */
  async function cli(args: string[], input?: string): Promise<string> {
    const run = runCli(args, { cwd: dir, ...(input === undefined ? {} : { input }) });
    assert.equal(await run.exit, 0, `wiredesk ${args.join(' ')}: ${run.err()}`);
    return run.out();
  }

  /** A request to nginx's TLS port, from the reader's address, for the site's name. */
  function viaProxy(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = https.request(
        {
          host: '127.0.0.1',
          port: tlsPort,
          path: pathname,
          method: options.method ?? 'GET',
          servername: SITE,
          ca: certificate,
          localAddress: options.from ?? READER,
          headers: { host: SITE, ...options.headers },
          agent: false,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        },
      );
      request.on('error', reject);
      request.end(options.body);
    });
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-deploy-nginx-'));
    dirs.push(dir);
    feeds = await serveFeeds([bulletinFeed('river', 3)]);
    await writeLoopbackDesk(dir, 'Proxy Desk', { river: feeds.urls[0]! });
    const yaml = await readFile(path.join(dir, 'wiredesk.yaml'), 'utf8');
    await writeFile(
      path.join(dir, 'wiredesk.yaml'),
      replaceOnce(yaml, 'baseUrl: "http://desk.example/"', `baseUrl: "https://${SITE}/"`),
    );
    await cli(['ingest', '--all']);
    await cli(['users', 'add', `editor@${SITE}`, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
    // The proxy is trusted through the variable the systemd unit's environment file sets.
    serve = runCli(['serve', '--no-ingest', '--port', '0'], { cwd: dir, env: { WIREDESK_TRUSTED_PROXIES: '127.0.0.1' } });
    wiredeskUrl = await servingUrl(serve);

    const nginxDir = path.join(dir, 'nginx');
    await mkdir(path.join(nginxDir, 'cache'), { recursive: true });
    execFileSync(OPENSSL, [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${SITE}`, '-addext', `subjectAltName=DNS:${SITE}`,
      '-keyout', path.join(nginxDir, 'key.pem'), '-out', path.join(nginxDir, 'cert.pem'),
    ], { stdio: 'ignore' });
    certificate = await readFile(path.join(nginxDir, 'cert.pem'), 'utf8');
    [tlsPort, httpPort] = [await freePort(), await freePort()];

    let site = await readFile(path.join(ROOT, 'deploy', 'nginx', 'wiredesk.conf'), 'utf8');
    site = replaceOnce(site, 'server 127.0.0.1:8080;', `server ${new URL(wiredeskUrl).host};`);
    site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
    site = replaceOnce(site, 'listen [::]:80;', '');
    site = replaceOnce(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`);
    site = replaceOnce(site, 'listen [::]:443 ssl http2;', '');
    site = replaceOnce(site, `/etc/letsencrypt/live/${SITE}/fullchain.pem`, path.join(nginxDir, 'cert.pem'));
    site = replaceOnce(site, `/etc/letsencrypt/live/${SITE}/privkey.pem`, path.join(nginxDir, 'key.pem'));
    site = replaceOnce(site, '/var/cache/nginx/wiredesk', path.join(nginxDir, 'cache'));
    await writeFile(path.join(nginxDir, 'wiredesk.conf'), site);
    const temp = (name: string) => `${name}_temp_path ${path.join(nginxDir, name)};`;
    await writeFile(
      path.join(nginxDir, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        // As root, nginx's workers would run as nobody, who cannot enter the test's private folder.
        process.getuid?.() === 0 ? 'user root;' : '',
        `pid ${path.join(nginxDir, 'nginx.pid')};`,
        'error_log stderr warn;',
        'events { worker_connections 256; }',
        `http { access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
        `  include ${path.join(nginxDir, 'wiredesk.conf')};`,
        '}',
      ].join('\n'),
    );
    await chmod(nginxDir, 0o755);
    const args = ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir];
    execFileSync(NGINX, ['-t', '-q', ...args], { stdio: 'pipe' });
    nginx = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr!.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
    await waitForPort(tlsPort, nginx, () => nginxLog);
  });

  after(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    await serve?.interrupt();
    await feeds?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  test('pages answer over TLS, a repeat comes from nginx\'s cache, and links name the configured site, not the proxy\'s port', async () => {
    const home = await viaProxy('/');
    assert.equal(home.status, 200, nginxLog);
    assert.match(home.headers['strict-transport-security'] ?? '', /max-age=\d+/);
    const article = /href="(\/world\/\d+-[^"]+)"/.exec(home.body)?.[1];
    assert.ok(article, 'the home page links an article');
    const first = await viaProxy(article);
    assert.equal(first.status, 200);
    assert.equal(first.headers['x-cache-status'], 'MISS');
    const second = await viaProxy(article);
    assert.equal(second.headers['x-cache-status'], 'HIT');
    assert.equal(second.body, first.body);
    assert.ok(first.body.includes(`<link rel="canonical" href="https://${SITE}${article}"`), 'canonical link on the https site');
    assert.doesNotMatch(first.body, new RegExp(`:${tlsPort}|:${new URL(wiredeskUrl).port}`), 'no port of the proxy or of wiredesk in the page');
  });

  test('plain http redirects to https', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: httpPort, path: '/world/', headers: { host: SITE } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: '' });
        })
        .on('error', reject);
    });
    assert.equal(answer.status, 301);
    assert.equal(answer.headers.location, `https://${SITE}/world/`);
  });

  test('/metrics is not reachable through nginx, nor /readyz from another address; wiredesk answers them on its own port', async () => {
    assert.equal((await viaProxy('/metrics')).status, 404);
    assert.equal((await viaProxy('/readyz')).status, 403);
    assert.equal((await viaProxy('/readyz', { from: '127.0.0.1' })).status, 200);
    const direct = await fetch(new URL('/metrics', wiredeskUrl));
    assert.equal(direct.status, 200);
    assert.match(await direct.text(), /^# HELP /m);
    // A request relayed by some other proxy on this machine is not the machine's own.
    const relayed = await fetch(new URL('/metrics', wiredeskUrl), { headers: { 'x-forwarded-for': '203.0.113.5' } });
    assert.equal(relayed.status, 403);
  });

  test('signing in through the proxy: a Secure cookie, the origin check passes, and the audit log has the reader\'s address, not the proxy\'s or a forged one', async () => {
    const form = await viaProxy('/desk/login');
    assert.equal(form.status, 200);
    assert.equal(form.headers['x-cache-status'], undefined, 'desk pages bypass the cache');
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1];
    assert.ok(csrf, 'the form carries a CSRF token');
    const cookie = (form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const body = new URLSearchParams({ csrf, email: `editor@${SITE}`, password: PASSWORD }).toString();
    const headers = {
      cookie,
      origin: `https://${SITE}`,
      'content-type': 'application/x-www-form-urlencoded',
      // Written by the reader: nginx appends the real address after it, and wiredesk reads from the right.
      'x-forwarded-for': '203.0.113.66',
    };
    const login = await viaProxy('/desk/login', { method: 'POST', headers, body });
    assert.equal(login.status, 303, login.body);
    const session = (login.headers['set-cookie'] ?? []).join('\n');
    assert.match(session, /; Secure/i);
    assert.match(session, /; HttpOnly/i);
    const entries = (await cli(['audit', 'list', '--format', 'jsonl', '--action', 'login']))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { address: string | null });
    assert.deepEqual(entries.map((e) => e.address), [READER]);
  });
});
