/**
 * The Express 5 app: security headers, compression, request logs, rate limit, body limit,
 * health and readiness, GraphQL (Apollo Server 5), the bundled GraphiQL and the built client.
 */
import './production-env';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Accounts } from '../auth/accounts';
import { LoginThrottle } from '../auth/throttle';
import type { Config } from '../config';
import { GraphSizeCache } from '../graphql/budget';
import type { GraphContext } from '../graphql/context';
import { makeFormatError, storeUnavailableStatus } from '../graphql/errors';
import { PreparedOperations } from '../graphql/operations';
import { requestStore } from '../graphql/request-store';
import { ARMOR_LIMITS, protection } from '../graphql/rules';
import { executableSchema } from '../graphql/schema';
import type { GraphStore } from '../store/types';
import type { LeadBook } from '../workspace/leads';
import { Admission } from './admission';
import { type AuthOptions, authenticate, sessionHandle, viewerOf } from './auth';
import { budgetPlugin } from './budget-plugin';
import { graphqlRoute } from './graphql-route';
import { replayHeaders } from './replay-headers';
import { requestLog } from './request-log';
import { ResponseCache } from './response-cache';
import { tokenLimit } from './token-limit';

export { ARMOR_LIMITS };

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/**
 * Answers estimated over this share of the budget count as expensive: they take a slot of the
 * concurrency caps, and are built in turns of the event loop and streamed (512 KB of 8 MB).
 */
export const EXPENSIVE_SHARE = 1 / 16;

export interface AppOptions {
  /** The accounts to log in with; without them nobody can log in (and nothing can be changed). */
  accounts?: Accounts;
  /** The 招商 leads; without them lead tracking is refused. */
  leads?: LeadBook;
}

export async function createApp(store: GraphStore, config: Config, logger: Logger, opts: AppOptions = {}) {
  const schema = executableSchema();
  const rules = protection(config.development);
  const formatError = makeFormatError(config.development, (err) => logger.error({ err }, 'resolver failed'));
  const maxBytes = config.maxResponseMb * 1024 * 1024;
  const limits = { maxBytes, expensiveBytes: maxBytes * EXPENSIVE_SHARE };
  const sizes = new GraphSizeCache();
  const admission = new Admission(config.expensive);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    validationRules: rules.validationRules,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every response.
    stringifyResult: (value) => JSON.stringify(value),
    formatError,
    plugins: [
      ...rules.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, so every response is `Cache-Control: no-store`: said
      // directly, instead of the default cache-control plugin's hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      storeUnavailableStatus,
      budgetPlugin(schema, store, sizes, limits, admission),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag on JSON answers: GraphQL responses are \`no-store\`, so hashing each body buys nothing.
  app.set('etag', false);
  try {
    app.set('trust proxy', config.trustProxy);
  } catch (err) {
    throw new Error(
      `TRUST_PROXY must be true, false, a hop count or addresses/subnets (e.g. \`loopback, 10.0.0.0/8\`), got \`${config.trustProxy}\`: ${(err as Error).message}`,
    );
  }
  app.use(requestLog(logger, (url) => url === '/healthz'));
  app.use(
    replayHeaders(
      helmet({
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'default-src': ["'self'"],
            'script-src': ["'self'"],
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:', 'blob:'],
            'font-src': ["'self'", 'data:'],
            'connect-src': ["'self'"],
            'worker-src': ["'self'", 'blob:'],
            // Intranet deployments often serve plain http: don't force subresources to https.
            'upgrade-insecure-requests': null,
          },
        },
        // HSTS only makes sense behind TLS; a reverse proxy that terminates TLS should set it.
        strictTransportSecurity: process.env.HSTS === '1',
      }),
    ),
  );
  // GraphQL answers are compressed by the compiled path (whose cache hits are kept pre-compressed)
  // and before Apollo; the static files below, in their own `app.use`. (Health answers are tiny.)
  const compress = compression();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ready' : 'unavailable', ...health });
  });

  const cors = corsMiddleware(config.corsOrigins);
  const cache = config.responseCacheMb > 0 ? new ResponseCache(config.responseCacheMb * 1024 * 1024) : null;
  const operations = new PreparedOperations(schema, rules.validationRules);
  const auth: AuthOptions | null = opts.accounts
    ? {
        accounts: opts.accounts,
        throttle: new LoginThrottle(),
        required: config.authRequired ?? false,
        proxyHeader: config.authProxyHeader ?? null,
      }
    : null;
  app.use(
    '/graphql',
    rateLimit({
      windowMs: config.rateLimit.windowMs,
      limit: config.rateLimit.max,
      // draft-7 headers: draft-8's partition key is a SHA-256 of the client key on every request.
      standardHeaders: 'draft-7',
      // A request whose socket is already gone has no req.ip; key it rather than crash.
      keyGenerator: (req) => (req.ip ? ipKeyGenerator(req.ip) : 'unknown'),
      legacyHeaders: false,
      message: { errors: [{ message: 'Too many requests 请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] },
    }),
    cors,
    express.json({ limit: config.bodyLimit }),
    tokenLimit(ARMOR_LIMITS.maxTokens),
    auth ? authenticate(auth) : anonymous,
    graphqlRoute({
      store,
      schema,
      operations,
      cache,
      sizes,
      limits,
      admission,
      formatError,
      development: config.development,
      compress,
      logger,
      ...(opts.leads ? { leads: opts.leads } : {}),
    }),
    compress,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        store: requestStore(store),
        res,
        viewer: viewerOf(res),
        ...(opts.leads ? { leads: opts.leads } : {}),
        ...(auth ? { session: sessionHandle(auth, req, res) } : {}),
      }),
    }),
  );

  app.use(compress);
  const graphiqlDir = fileURLToPath(new URL('../../dist/graphiql', import.meta.url));
  if (existsSync(graphiqlDir)) app.use('/graphiql', express.static(graphiqlDir, { index: 'index.html' }));
  if (existsSync(CLIENT_DIR)) {
    app.use(express.static(CLIENT_DIR, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('产业集群图谱: the client is not built yet; run `npm run build:client`.\n');
    });
  }

  app.use(jsonErrors(logger));
  return { app, apollo, cache };
}

/** Without accounts every request is anonymous. */
const anonymous: express.RequestHandler = (_req, res, next) => {
  res.locals.viewer = null;
  next();
};

/** What the default cache-control plugin answers when nothing in the schema is cacheable. */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

function corsMiddleware(origins: string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (origins.includes('*') || origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** Body parser and other middleware errors as GraphQL-shaped JSON with the right status. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 500) logger.error({ err }, 'request failed');
    const code =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 400
          ? 'BAD_REQUEST'
          : status >= 500
            ? 'INTERNAL_SERVER_ERROR'
            : 'BAD_REQUEST';
    const message =
      status === 413
        ? 'Request body too large 请求体过大'
        : status >= 500
          ? 'Internal server error 服务器内部错误'
          : String(err?.message ?? 'Bad request');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
