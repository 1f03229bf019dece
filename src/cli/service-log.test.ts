/**
 * serve's log: JSON lines for machines, readable lines on a terminal; errors
 * with their causes and stacks; the request id on lines written while a
 * request is answered; no secrets.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { withRequestId } from './request-id.ts';
import { logFormat, openServiceLog } from './service-log.ts';

function captured(tty = false): { stream: PassThrough & { isTTY?: boolean }; text: () => string; lines: () => Record<string, unknown>[] } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  if (tty) stream.isTTY = true;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text, lines: () => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

test('JSON lines where no terminal reads, readable lines on one; LOG_FORMAT decides when set', () => {
  assert.equal(logFormat({}, new PassThrough()), 'json');
  assert.equal(logFormat({}, Object.assign(new PassThrough(), { isTTY: true })), 'pretty');
  assert.equal(logFormat({ LOG_FORMAT: 'json' }, Object.assign(new PassThrough(), { isTTY: true })), 'json');
  assert.equal(logFormat({ LOG_FORMAT: 'pretty' }, new PassThrough()), 'pretty');
});

test('a JSON line has time, level and message; an error keeps its cause chain and stacks', async () => {
  const out = captured();
  const log = await openServiceLog(out.stream, {});
  log.info('ingest: 3 sources, 12 new entries, 12 articles, 0 failed');
  const cause = new Error('SQLITE_BUSY: database is locked');
  log.error('site: GET /world failed', new Error('store: could not read articles', { cause }));
  const [info, error] = out.lines();
  assert.equal(info?.['level'], 'info');
  assert.equal(info?.['msg'], 'ingest: 3 sources, 12 new entries, 12 articles, 0 failed');
  assert.ok(!Number.isNaN(Date.parse(String(info?.['time']))));
  assert.equal(error?.['level'], 'error');
  const err = error?.['err'] as { message: string; stack: string; cause: { message: string; stack: string } };
  assert.equal(err.message, 'store: could not read articles');
  assert.match(err.stack, /service-log\.test\.ts/);
  assert.equal(err.cause.message, 'SQLITE_BUSY: database is locked');
  assert.match(err.cause.stack, /^Error: SQLITE_BUSY/);
});

test('the access log names method, path, status and duration, with the request id', async () => {
  const out = captured();
  const log = await openServiceLog(out.stream, {});
  withRequestId('req-42', () => log.request({ method: 'GET', path: '/world', status: 200, ms: 3.14159 }));
  const [line] = out.lines();
  assert.deepEqual(
    { reqId: line?.['reqId'], method: line?.['method'], path: line?.['path'], status: line?.['status'], ms: line?.['ms'] },
    { reqId: 'req-42', method: 'GET', path: '/world', status: 200, ms: 3.1 },
  );
});

test('no secrets: a password in a URL is masked; terminal controls are escaped, not written', async () => {
  const out = captured();
  const log = await openServiceLog(out.stream, {});
  log.error('store: cannot connect', new Error('connect to postgres://wiredesk:hunter2@db.internal/desk failed'));
  log.warn('feed said \u009b31mred');
  assert.doesNotMatch(out.text(), /hunter2/);
  assert.match(out.text(), /postgres:\/\/wiredesk:\[redacted\]@db\.internal/);
  assert.doesNotMatch(out.text(), /\u009b/);
  assert.match(out.text(), /\\u009b31mred/);
});

test('on a terminal: one readable line per message, then the stack and causes, indented', async () => {
  const out = captured(true);
  const log = await openServiceLog(out.stream, {});
  withRequestId('req-7', () => log.error('desk: POST /desk/login failed', new Error('outer', { cause: new Error('inner') })));
  const lines = out.text().split('\n');
  assert.match(lines[0] ?? '', /\d\d:\d\d:\d\d\.\d{3} .*ERROR.* desk: POST \/desk\/login failed .*req=req-7/);
  assert.match(lines[1] ?? '', /^ {4}Error: outer$/);
  assert.ok(lines.some((line) => /^ {4}caused by: Error: inner$/.test(line)), out.text());
  assert.ok(!out.text().trimStart().startsWith('{'), 'not JSON');
});
