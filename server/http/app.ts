/**
 * The Express 5 app: security headers, compression, request logs, rate limit, body limit,
 * health and readiness, GraphQL (Apollo Server 5), the bundled GraphiQL and the built client.
 */
import './production-env';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { GraphContext } from '../graphql/context';
import { makeFormatError, storeUnavailableStatus } from '../graphql/errors';
import { resolvers } from '../graphql/resolvers';
import { typeDefs } from '../graphql/schema';
import type { GraphStore } from '../store/types';
import { replayHeaders } from './replay-headers';
import { requestLog } from './request-log';
import { markCacheable, ResponseCache, responseCache } from './response-cache';
import { tokenLimit } from './token-limit';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** Query-shape limits (GraphQL Armor); the README's Operations section lists them. */
export const ARMOR_LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 20000 };

export async function createApp(store: GraphStore, config: Config, logger: Logger, httpServer: Server) {
  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: !config.development },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphContext>({
    typeDefs,
    resolvers,
    ...protection,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every response.
    stringifyResult: (value) => JSON.stringify(value),
    formatError: makeFormatError(config.development, (err) => logger.error({ err }, 'resolver failed')),
    plugins: [
      ...(protection.plugins ?? []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, so every response is `Cache-Control: no-store`: said
      // directly, instead of the default cache-control plugin's hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      storeUnavailableStatus,
      markCacheable,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag on JSON answers: GraphQL responses are \`no-store\`, so hashing each body buys nothing.
  app.set('etag', false);
  app.set('trust proxy', process.env.TRUST_PROXY ? Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY : false);
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
  // GraphQL answers are compressed after the response cache, which keeps its hits pre-compressed;
  // the static files below it, in their own `app.use`. (Health answers are too small to compress.)
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
    responseCache(cache, store),
    compress,
    tokenLimit(ARMOR_LIMITS.maxTokens),
    expressMiddleware(apollo, { context: async ({ res }) => ({ store, res }) }),
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
