/**
 * Who may do what on the desk: one table of roles and their privileges, read
 * by the routes (each names the privilege it needs) and by the role-matrix
 * test. Each role has every privilege of the one before it, as in a newsroom
 * where an editor can do a translator's work and an admin an editor's.
 */
import type { UserRole } from '../store/store.ts';

export type Role = UserRole;

/** Least to most privileged. */
export const ROLES = ['translator', 'editor', 'admin'] as const satisfies readonly Role[];

export const PRIVILEGES = [
  /** Review queue and post-editing: open, edit, approve, reject, translate again. */
  'review',
  /** Change an article's headline, standfirst, dateline, paragraphs and section. */
  'edit-articles',
  /** Kill, restore and correct articles. */
  'kill',
  'manage-users',
  'manage-sources',
  'manage-settings',
  'view-audit',
] as const;

export type Privilege = (typeof PRIVILEGES)[number];

/** What each role adds to the one before it. */
const ADDED: Record<Role, readonly Privilege[]> = {
  translator: ['review'],
  editor: ['edit-articles', 'kill'],
  admin: ['manage-users', 'manage-sources', 'manage-settings', 'view-audit'],
};

const inherited = (role: Role): ReadonlySet<Privilege> => new Set(ROLES.slice(0, ROLES.indexOf(role) + 1).flatMap((r) => ADDED[r]));

export const ROLE_PRIVILEGES: Readonly<Record<Role, ReadonlySet<Privilege>>> = {
  translator: inherited('translator'),
  editor: inherited('editor'),
  admin: inherited('admin'),
};

export function hasPrivilege(role: Role, privilege: Privilege): boolean {
  return ROLE_PRIVILEGES[role].has(privilege);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
