/**
 * Starting and stopping the HTTP server. Used by `npm start` (server/main.ts) and by every test
 * that needs a real server (port 0 picks a free one).
 */
import './production-env';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, pino } from 'pino';
import { Accounts } from '../auth/accounts';
import { type Config, readConfig } from '../config';
import { DEFAULT_DATASET } from '../dataset';
import { createStore } from '../store';
import type { GraphStore } from '../store/types';
import { LeadBook } from '../workspace/leads';
import { openEmbedded } from '../workspace/open';
import { Workspace } from '../workspace/workspace';
import { createApp } from './app';
import { drainable } from './drain';
import { seedWhenEmpty } from './seed';

export interface StartOptions {
  port?: number;
  host?: string;
  /** A store to serve; by default one is made from the configuration. */
  store?: GraphStore;
  config?: Partial<Config>;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  store: GraphStore;
  /**
   * Stops accepting connections, lets every response already begun finish (requests not yet
   * answered within the drain grace are closed before a status line), closes the store.
   */
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config: Config = { ...readConfig(), ...opts.config };
  if (opts.port !== undefined) config.port = opts.port;
  if (opts.host !== undefined) config.host = opts.host;
  const logger = opts.logger ?? pino({ level: config.logLevel });
  const datasetFile = config.dataset ?? DEFAULT_DATASET;
  let store = opts.store;
  let workspace: Workspace | undefined;
  if (!store && !config.neo4j) {
    ({ store, workspace } = await openEmbedded(config.workspace, datasetFile, logger));
  } else {
    store ??= await createStore(config);
    // Accounts live in the workspace file whatever the store.
    workspace = Workspace.open(config.workspace);
  }
  if (store.kind === 'neo4j' && !opts.store) void seedWhenEmpty(store, datasetFile, logger);

  const httpServer = createServer();
  // A connection with no traffic either way (a client that stopped reading, or never sends its
  // request) is closed, so what it holds is released; slow headers and bodies are cut sooner.
  httpServer.timeout = config.socketIdleMs;
  httpServer.headersTimeout = Math.min(20_000, config.socketIdleMs);
  httpServer.requestTimeout = Math.max(60_000, config.socketIdleMs);
  const drain = drainable(httpServer);
  const accounts = new Accounts(workspace);
  const leads = new LeadBook(workspace);
  const { app, apollo } = await createApp(store, config, logger, { accounts, leads });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  let closing: Promise<void> | undefined;
  const ownStore = !opts.store;
  return {
    url,
    port,
    store,
    close() {
      closing ??= (async () => {
        await drain.drain(config.drainGraceMs);
        await apollo.stop();
        if (ownStore) await store.close();
        workspace.close();
      })();
      return closing;
    },
  };
}
