/**
 * Helmet's headers are the same on every response (the CSP has no per-request nonce), but it
 * sets them through a dozen chained middlewares per request. This runs such a header-only
 * middleware once at start-up, records what it sets and removes, and replays that per request.
 * A middleware that does anything else (reads the request, fails, doesn't call next) is used
 * as it is.
 */
import type { RequestHandler } from 'express';

type HeaderValue = string | number | readonly string[];

export function replayHeaders(middleware: RequestHandler): RequestHandler {
  const set: [string, HeaderValue][] = [];
  const removed: string[] = [];
  let passed = false;
  const response = {
    setHeader(name: string, value: HeaderValue) {
      set.push([name, value]);
      return response;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  // A request with nothing on it: a middleware that looks at the request throws, or sets
  // something other than plain headers, and is then kept as it is.
  const request = new Proxy(
    {},
    {
      get() {
        throw new Error('reads the request');
      },
    },
  );
  try {
    middleware(request as never, response as never, (err?: unknown) => {
      passed = err === undefined;
    });
  } catch {
    passed = false;
  }
  if (!passed) return middleware;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
