import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditFilterQuery, parseAuditFilter } from './audit-filter.ts';
import { parseLoginForm } from './login-form.ts';
import { parseNewUserForm, parseUserId } from './user-form.ts';

test('the login form normalises the email and keeps the password as typed', () => {
  const parsed = parseLoginForm({ email: '  Asha@Desk.Example ', password: ' secret with spaces ', next: '/desk/users', csrf: 't' });
  assert.deepEqual(parsed.form, { email: 'asha@desk.example', password: ' secret with spaces ', next: '/desk/users' });
});

test('a login form without either field, or with a file for a field, is incomplete', () => {
  assert.equal(parseLoginForm({ email: 'asha@desk.example', password: '' }).form, null);
  assert.equal(parseLoginForm({ email: '   ', password: 'harbour lanterns' }).form, null);
  assert.equal(parseLoginForm({ email: 'asha@desk.example', password: new File(['x'], 'p.txt') }).form, null);
  assert.equal(parseLoginForm({ email: 'asha@desk.example', password: 'x'.repeat(5000) }).form, null);
  assert.equal(parseLoginForm({ email: 'asha@desk.example', password: '' }).email, 'asha@desk.example');
});

test('the new user form keeps raw fields for the account rules to judge', () => {
  assert.deepEqual(parseNewUserForm({ email: ' Ravi@Desk.Example ', role: 'editor', password: 'p' }), { email: 'Ravi@Desk.Example', role: 'editor', password: 'p' });
  assert.deepEqual(parseNewUserForm({}), { email: '', role: '', password: '' });
});

test('user ids in paths are plain positive numbers', () => {
  assert.equal(parseUserId('12'), 12);
  for (const bad of ['0', '012', '-1', '1e3', '12abc', '', undefined, '99999999999']) assert.equal(parseUserId(bad), null, String(bad));
});

test('the audit filter keeps known values and drops the rest', () => {
  assert.deepEqual(parseAuditFilter({ actor: ' Asha@Desk.Example ', action: 'kill', before: '120', format: 'jsonl' }), {
    actor: 'asha@desk.example',
    action: 'kill',
    before: 120,
    format: 'jsonl',
  });
  assert.deepEqual(parseAuditFilter({ actor: 'cli:Ops', action: 'drop-table', before: '-3', format: 'xml' }), {
    actor: 'cli:Ops',
    action: null,
    before: null,
    format: 'html',
  });
  assert.equal(auditFilterQuery({ actor: 'a@x.example', action: 'login' }, { format: 'jsonl' }), '?actor=a%40x.example&action=login&format=jsonl');
  assert.equal(auditFilterQuery({ actor: null, action: null }), '');
});
