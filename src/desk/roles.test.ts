import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PRIVILEGES, ROLES, ROLE_PRIVILEGES, hasPrivilege, isRole } from './roles.ts';

test('each role has every privilege of the one before it, and more', () => {
  for (let i = 1; i < ROLES.length; i++) {
    const lower = ROLE_PRIVILEGES[ROLES[i - 1]!];
    const higher = ROLE_PRIVILEGES[ROLES[i]!];
    for (const privilege of lower) assert.ok(higher.has(privilege), `${ROLES[i]} lacks ${privilege}`);
    assert.ok(higher.size > lower.size);
  }
});

test('the privileges the issue names go to the roles it names', () => {
  assert.deepEqual([...ROLE_PRIVILEGES.translator], ['review']);
  assert.ok(hasPrivilege('editor', 'kill') && hasPrivilege('editor', 'edit-articles'));
  assert.ok(!hasPrivilege('editor', 'manage-users') && !hasPrivilege('editor', 'view-audit'));
  assert.deepEqual([...ROLE_PRIVILEGES.admin].sort(), [...PRIVILEGES].sort());
});

test('role names are checked exactly', () => {
  assert.ok(isRole('editor'));
  assert.ok(!isRole('Editor'));
  assert.ok(!isRole('owner'));
});
