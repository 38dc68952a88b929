/**
 * Shutdown that drains in full. On `drain()` the server stops accepting connections, closes idle
 * keep-alive connections and asks clients not to reuse busy ones (`Connection: close`); every
 * response already begun is then completed. Past the grace period (which covers the longest
 * allowed request), a request not yet answered has its connection closed before any status line
 * goes out — a client sees a reset it can retry, never a 200 and half a body. An answer still
 * being sent after the grace is left to finish; one whose client stopped reading is ended by the
 * socket idle timeout.
 */
import type { Server, ServerResponse } from 'node:http';

export interface Drainable {
  /** Resolves when every response has finished and every connection is closed. */
  drain(graceMs: number): Promise<void>;
}

export function drainable(server: Server): Drainable {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let settle: (() => void) | undefined;
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      if (!draining) return;
      server.closeIdleConnections();
      if (inFlight.size === 0) settle?.();
    });
  });
  return {
    async drain(graceMs) {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        const finished = new Promise<void>((resolve) => {
          settle = resolve;
        });
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        await Promise.race([finished, grace]);
        clearTimeout(timer);
        for (const res of inFlight) if (!res.headersSent) res.socket?.destroy();
        if (inFlight.size > 0) await finished;
      }
      server.closeIdleConnections();
      await closed;
    },
  };
}
