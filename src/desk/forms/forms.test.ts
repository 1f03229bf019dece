import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFilterQuery, parseArticleFilter } from './article-filter.ts';
import { editOf, parseArticleForm, parseStateForm } from './article-form.ts';
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

test('the article form keeps paragraphs in field order, leaves unsent fields alone, and reads an empty standfirst as removing it', () => {
  const form = parseArticleForm({ revision: '3', headline: 'H', standfirst: '  ', 'paragraph-10': 'ten', 'paragraph-2': 'two\r\nlines', 'paragraph-x': 'no', note: ' n ' });
  assert.deepEqual(form, { revision: 3, headline: 'H', standfirst: '  ', dateline: undefined, section: undefined, paragraphs: ['two\nlines', 'ten'], note: 'n' });
  assert.deepEqual(editOf(form), { headline: 'H', standfirst: null, paragraphs: ['two\nlines', 'ten'] });
  assert.equal(parseArticleForm({ revision: '03' }).revision, null);
  assert.equal(parseArticleForm({}).paragraphs, undefined, 'a form without paragraphs leaves the body alone');
  assert.deepEqual(parseStateForm({ revision: '0', reason: '  legal \n hold ' }), { revision: 0, reason: 'legal hold' });
});

test('the article filter keeps known values and drops the rest', () => {
  assert.deepEqual(parseArticleFilter({ q: '  ferry   fares ', status: 'killed', lang: 'hi', source: 'meridian', page: '3' }), { q: 'ferry fares', status: 'killed', lang: 'hi', source: 'meridian', page: 3 });
  assert.deepEqual(parseArticleFilter({ q: ' ', status: 'deleted', lang: '<hi>', source: '../x', page: '0' }), { q: null, status: null, lang: null, source: null, page: 1 });
  assert.equal(articleFilterQuery(parseArticleFilter({ q: 'a&b', status: 'embargoed' }), 2), '?q=a%26b&status=embargoed&page=2');
});
