/**
 * The ceiling for any Node server, as bench:serve's second peer: Node's own
 * http module answering each saved page with the bytes and headers wiredesk
 * sent, from memory, with no routing, cache lookup or metrics. What wiredesk
 * loses to it is its own work; what this loses to nginx is Node's.
 * Run by bench:serve as `node --import tsx serve-bare-node.ts <manifest.json>`,
 * printing its address once listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ManifestPage {
  path: string;
  file: string;
  headers: [string, string][];
}

const manifest = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ManifestPage[];
const pages = new Map(
  manifest.map((page) => {
    const body = readFileSync(page.file);
    return [page.path, { body, headers: [...page.headers.flat(), 'Content-Length', String(body.length)] }];
  }),
);

const server = createServer((req, res) => {
  const page = pages.get(req.url ?? '');
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, page.headers);
  res.end(page.body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening at http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
