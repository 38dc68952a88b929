/**
 * Who is asking: the session cookie (`cg_session`, HTTP-only, SameSite=Strict, Secure behind
 * TLS), or — only when AUTH_PROXY_HEADER names a header — the user name a reverse proxy that
 * does single sign-on sets in it (the account must exist; its role is the account's). The
 * viewer rides on `res.locals.viewer` into the GraphQL context. With AUTH_REQUIRED=1 a request
 * without a viewer may only log in (or ask who it is): anything else is 401 UNAUTHENTICATED.
 *
 * `login` and `logout` (GraphQL mutations) go through `sessionHandle`, which sets and clears the
 * cookie and throttles failed logins per account and per client address (throttle.ts).
 */
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { Accounts, Viewer } from '../auth/accounts';
import type { LoginThrottle } from '../auth/throttle';
import { clientOf } from './graphql-route';

export const SESSION_COOKIE = 'cg_session';

/** Root fields an anonymous request may ask for when reading requires an account. */
const OPEN_FIELDS = new Set(['login', 'logout', 'viewer', '__typename']);

export interface AuthOptions {
  accounts: Accounts;
  throttle: LoginThrottle;
  required: boolean;
  proxyHeader: string | null;
}

export function sessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return null;
}

export function viewerOf(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | undefined) ?? null;
}

/** Sets `res.locals.viewer`; refuses anonymous reading when it is required. */
export function authenticate(opts: AuthOptions): RequestHandler {
  return (req, res, next) => {
    let viewer: Viewer | null = null;
    if (opts.proxyHeader) {
      const name = req.headers[opts.proxyHeader];
      if (typeof name === 'string' && name) viewer = opts.accounts.get(name);
    }
    const token = sessionToken(req);
    if (!viewer && token) viewer = opts.accounts.session(token);
    res.locals.viewer = viewer;
    // A cookie that names no session (expired, logged out elsewhere, a new password) is dropped.
    if (token && !viewer) res.append('set-cookie', sessionCookie(req, '', 0));
    if (opts.required && !viewer && !onlyOpenFields(req)) {
      res.status(401).json({
        errors: [{ message: 'Log in first 请先登录', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    next();
  };
}

/** True when the request's operation asks only for login, logout or viewer. */
function onlyOpenFields(req: Request): boolean {
  const body = req.method === 'GET' ? req.query : req.body;
  const query = body && typeof body === 'object' ? (body as Record<string, unknown>).query : undefined;
  if (typeof query !== 'string') return false;
  try {
    const doc = parse(query);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (doc.definitions.length !== ops.length) return false;
    return ops.every((op) =>
      op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value)),
    );
  } catch {
    return false;
  }
}

export interface SessionHandle {
  login(name: string, password: string): Promise<Viewer>;
  logout(): boolean;
}

export const unauthenticated = (message = 'Log in first 请先登录') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

/** The session cookie: HTTP-only, SameSite=Strict, Secure when the request came over TLS. */
function sessionCookie(req: Request, value: string, maxAge: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${req.secure ? '; Secure' : ''}`;
}

export function sessionHandle(opts: AuthOptions, req: Request, res: Response): SessionHandle {
  const cookie = (value: string, maxAge: number) => sessionCookie(req, value, maxAge);
  return {
    async login(name, password) {
      const address = clientOf(req);
      const wait = opts.throttle.retryAfter(name, address);
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        throw new GraphQLError(`Too many failed logins; try again in ${wait} s 登录失败次数过多，请稍后再试`, {
          extensions: { code: 'RATE_LIMITED', retryAfter: wait },
        });
      }
      const viewer = await opts.accounts.check(name, password);
      if (!viewer) {
        opts.throttle.failed(name, address);
        throw unauthenticated('Wrong user name or password 用户名或密码错误');
      }
      opts.throttle.succeeded(name);
      const old = sessionToken(req);
      if (old) opts.accounts.closeSession(old);
      const token = opts.accounts.openSession(viewer.name);
      res.append('set-cookie', cookie(token, 12 * 3600));
      res.locals.viewer = viewer;
      return viewer;
    },
    logout() {
      const token = sessionToken(req);
      if (token) opts.accounts.closeSession(token);
      res.append('set-cookie', cookie('', 0));
      const was = res.locals.viewer !== null && res.locals.viewer !== undefined;
      res.locals.viewer = null;
      return was;
    },
  };
}
