/**
 * What the store keeps for the editorial desk (src/desk/): accounts, sessions,
 * failed logins and the audit log, as plain records. The rules (roles,
 * password hashing, expiry, throttling) live in src/desk/; the store only
 * keeps and finds.
 */
import type { UsersTable } from './schema.ts';

export type UserRole = UsersTable['role'];

export interface NewUser {
  /** Normalised by the caller (trimmed, lowercase). */
  email: string;
  role: UserRole;
  passwordHash: string;
}

export interface StoredUser extends NewUser {
  id: number;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  lastLoginAt: string | null;
  /** Two-factor sign-in is on: a TOTP code is asked for with the password. */
  totpEnabled: boolean;
}

export interface NewSession {
  /** sha-256 (hex) of the id the cookie carries. */
  idHash: string;
  /** Null before signing in (the login form's session). */
  userId: number | null;
  csrfToken: string;
  address: string | null;
}

export interface StoredSession extends NewSession {
  createdAt: string;
  lastSeenAt: string;
  /** The signed-in user, null before signing in. */
  user: StoredUser | null;
  /** An account whose password was given here and whose TOTP code is awaited, and since when; null otherwise. */
  pending: { userId: number; at: string } | null;
}

/** A session's time limits, as cut-off times: sessions last seen or created before them have ended. */
export interface SessionCutoffs {
  /** Last seen before this (ISO): idle too long. */
  idleBefore: string;
  /** Created before this (ISO): older than the absolute limit. */
  createdBefore: string;
}

/** A signed-in user with a live session, for the desk home. */
export interface SignedInUser {
  userId: number;
  email: string;
  role: UserRole;
  lastSeenAt: string;
  address: string | null;
}

/** What disabling an account did: `unchanged` when there is no such account or it is disabled already. */
export type DisableOutcome = 'disabled' | 'unchanged' | 'last-admin';

export interface LoginFailureCount {
  count: number;
  /** The latest failure (ISO), null when there were none. */
  lastAt: string | null;
}

export interface AuditRecord {
  at: string;
  /** The desk user who acted, or null (a command, an unknown account). */
  actorUserId: number | null;
  /** The user's email, or `cli:<name>`. */
  actor: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  /** Any JSON value; stored as JSON text. */
  before: unknown;
  after: unknown;
  reason: string | null;
  address: string | null;
}

export interface StoredAuditEntry extends AuditRecord {
  id: number;
}

export interface AuditQuery {
  actor?: string;
  /** One action, or any of several. */
  actions?: string[];
  /** Entries with a smaller id only: the next page of a newest-first list. */
  beforeId?: number;
  limit: number;
}

/** Translations held for review in one target language. */
export interface ReviewQueueCount {
  lang: string;
  count: number;
  /** When the longest-waiting one was held (ISO). */
  oldestAt: string;
}
