/**
 * One compact log line per request, as pino-http wrote it (`req`, `res`, `responseTime`, the
 * message "request completed" / "request aborted" / "request errored"), without its per-request
 * child logger and request serializer, which cost a few percent of a small GraphQL request even
 * when the level is silent. No headers (they may carry tokens), no bodies.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const MAX_ID = 0x7fffffff;

export function requestLog(logger: Logger, ignore: (url: string) => boolean): RequestHandler {
  // A 5xx answer is logged as a line with its status, not as a stack trace: the cause (Neo4j
  // down, a resolver bug) is logged where it happens, with its own detail.
  const log = logger.child({}, { serializers: { err: (err: Error) => ({ type: err.name, message: err.message }) } });
  let lastId = 0;
  return (req, res, next) => {
    const holder = req as typeof req & { id?: unknown };
    if (!holder.id) holder.id = lastId = (lastId + 1) & MAX_ID;
    const url = req.originalUrl || req.url;
    const logSuccess = !ignore(url);
    const started = Date.now();
    const request = { id: holder.id, method: req.method, url, ip: req.socket.remoteAddress };
    const done = (err?: Error) => {
      res.off('close', done);
      res.off('finish', done);
      res.off('error', done);
      const failed = err !== undefined || res.statusCode >= 500;
      const level = failed ? 'warn' : 'info';
      if (!log.isLevelEnabled(level)) return;
      const status = { status: res.statusCode };
      const responseTime = Date.now() - started;
      if (failed) {
        const error = err ?? new Error(`failed with status code ${res.statusCode}`);
        log[level]({ req: request, res: status, err: error, responseTime }, 'request errored');
      } else {
        const message = !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted';
        log[level]({ req: request, res: status, responseTime }, message);
      }
    };
    if (logSuccess) {
      res.on('close', done);
      res.on('finish', done);
    }
    res.on('error', done);
    next();
  };
}
