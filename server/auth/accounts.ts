/**
 * Local accounts and their sessions, kept in the workspace file (workspace.ts): a name, a role
 * (VIEWER reads, EDITOR also changes the graph, ADMIN also reverts anyone's change) and an
 * argon2id hash of the password (@node-rs/argon2, prebuilt). A session is a random token whose
 * SHA-256 is stored (a copied workspace file holds no usable session); it lasts SESSION_HOURS.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Statement } from 'better-sqlite3';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import type { Workspace } from '../workspace/workspace';

export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  name: string;
  role: Role;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 1024;
const SESSION_MS = 12 * 3600_000;

/** A hash to verify against when the account does not exist, so a wrong name costs the same time. */
let decoy: Promise<string> | undefined;

export function parseRole(text: string): Role {
  const role = text.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role))
    throw new InvalidInputError(`role must be one of viewer, editor, admin; got \`${text}\``, 'role');
  return role as Role;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw new InvalidInputError(`a password has at least ${MIN_PASSWORD} characters`, 'password');
  if (password.length > MAX_PASSWORD)
    throw new InvalidInputError(`a password has at most ${MAX_PASSWORD} characters`, 'password');
}

export class Accounts {
  /** The session lookup runs on every request that carries a cookie: prepared once. */
  private sessionQuery: Statement<[string, number], Viewer> | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly sessionMs = SESSION_MS,
  ) {}

  async add(name: string, role: Role, password: string): Promise<void> {
    if (!NAME.test(name))
      throw new InvalidInputError('a user name is letters, digits and . _ @ -, at most 64 characters', 'name');
    checkPassword(password);
    if (this.get(name)) throw new InvalidInputError(`user \`${name}\` exists already`, 'name');
    const digest = await hash(password);
    this.ws.db
      .prepare('INSERT INTO accounts (name, role, hash, created) VALUES (?, ?, ?, ?)')
      .run(name, role, digest, new Date().toISOString());
  }

  /** A new password; every session of the account ends. */
  async passwd(name: string, password: string): Promise<void> {
    if (!this.get(name)) throw new NotFoundError('user', name);
    checkPassword(password);
    const digest = await hash(password);
    this.ws.db.transaction(() => {
      this.ws.db.prepare('UPDATE accounts SET hash = ? WHERE name = ?').run(digest, name);
      this.ws.db.prepare('DELETE FROM sessions WHERE name = ?').run(name);
    })();
  }

  setRole(name: string, role: Role): void {
    if (this.ws.db.prepare('UPDATE accounts SET role = ? WHERE name = ?').run(role, name).changes === 0)
      throw new NotFoundError('user', name);
  }

  remove(name: string): void {
    if (this.ws.db.prepare('DELETE FROM accounts WHERE name = ?').run(name).changes === 0)
      throw new NotFoundError('user', name);
  }

  list(): (Viewer & { created: string })[] {
    return this.ws.db.prepare('SELECT name, role, created FROM accounts ORDER BY name').all() as (Viewer & {
      created: string;
    })[];
  }

  get(name: string): Viewer | null {
    return (
      (this.ws.db.prepare('SELECT name, role FROM accounts WHERE name = ?').get(name) as Viewer | undefined) ?? null
    );
  }

  /** The account when the password is right, else null (in about the same time either way). */
  async check(name: string, password: string): Promise<Viewer | null> {
    const row = this.ws.db.prepare('SELECT name, role, hash FROM accounts WHERE name = ?').get(name) as
      | (Viewer & { hash: string })
      | undefined;
    if (password.length > MAX_PASSWORD) return null;
    if (!row) {
      decoy ??= hash(randomBytes(16).toString('hex'));
      await verify(await decoy, password).catch(() => false);
      return null;
    }
    const ok = await verify(row.hash, password).catch(() => false);
    return ok ? { name: row.name, role: row.role } : null;
  }

  /** A new session for the account: the token to put in the cookie. */
  openSession(name: string): string {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    this.ws.db.prepare('DELETE FROM sessions WHERE expires < ?').run(now);
    this.ws.db
      .prepare('INSERT INTO sessions (token_hash, name, expires) VALUES (?, ?, ?)')
      .run(sha256(token), name, now + this.sessionMs);
    return token;
  }

  /** The account a session token belongs to, while the session lasts. */
  session(token: string): Viewer | null {
    if (token.length > 100) return null;
    this.sessionQuery ??= this.ws.db.prepare(
      'SELECT a.name, a.role FROM sessions s JOIN accounts a ON a.name = s.name WHERE s.token_hash = ? AND s.expires > ?',
    );
    const row = this.sessionQuery.get(sha256(token), Date.now());
    return row ?? null;
  }

  closeSession(token: string): void {
    this.ws.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(sha256(token));
  }
}
