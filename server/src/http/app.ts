import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { importConfig, type AppConfig } from '../config.js';
import { sqlTally, type SqlTally } from '../db/sql-counter.js';
import { createContext, type Context } from '../graphql/context.js';
import { resolveViewer } from '../features/accounts/auth.service.js';
import { formatError } from '../graphql/errors.js';
import { lintasSchema } from '../features/schema.js';
import { armor, costPlugin, introspectionPlugin, unstorableTextPlugin } from '../graphql/protection.js';
import { ERROR_CODES } from '@lintas/shared';
import { sqlPlanPlugin } from '../graphql/sql-plan/kept-answers.js';
import { READ_MODELS } from '../features/read-models.js';
import { auditPlugin } from '../features/audit/audit.plugin.js';
import { calendarRoute } from './calendar.route.js';
import { exportsRoute } from './exports.route.js';
import { bulkDownloadRoute } from './bulk-download.route.js';
import { importsRoute } from './imports.route.js';
import { certificatesRoute } from './certificates.route.js';

/** Reports the request's SQL statement count in `extensions.sqlStatements` (tests and benchmarks read it). */
const sqlCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const tally = sqlTally.getStore();
        if (tally && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions, sqlStatements: tally.statements, ...(contextValue?.compiledSql ? { compiledSql: true } : {}),
            ...(contextValue?.cachedAnswer ? { cachedAnswer: true } : {}),
          };
        }
      },
    };
  },
};

/** Codes of GraphQL request errors (the document or its variables), answered before anything runs. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', ERROR_CODES.QUERY_TOO_COMPLEX]);

/**
 * GraphQL over HTTP's status for a request error (no `data`: the document does not parse or
 * validate, or its variables do not fit): 400 under `application/graphql-response+json`,
 * 200 under `application/json` (its clients read `errors`, as the spec says). Apollo answers
 * 400 under both, and 500 for a syntax error GraphQL Armor's token limit reports.
 */
function requestErrorStatus(reply: FastifyReply, payload: unknown): void {
  if (reply.statusCode !== 400 && reply.statusCode !== 500) return;
  if (typeof payload !== 'string' || payload.length > 64 * 1024) return;
  const type = String(reply.getHeader('content-type') ?? '');
  const graphqlResponse = type.startsWith('application/graphql-response+json');
  if (!graphqlResponse && !type.startsWith('application/json')) return;
  let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(payload);
  } catch {
    return;
  }
  if ('data' in body || !body.errors?.length || !body.errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code ?? ''))) return;
  reply.code(graphqlResponse ? 400 : 200);
}

/** One process serves GraphQL, the plain HTTP endpoints and the built SPA. */
export async function buildApp(orm: MikroORM, config: AppConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: process.env.LINTAS_LOG === '1' ? { level: 'info' } : false,
    bodyLimit: 32 * 1024 * 1024,
    trustProxy: process.env.LINTAS_TRUST_PROXY === '1',
    return503OnClosing: true,
  });

  // While draining, answers close their connection: a request in flight at shutdown
  // would otherwise leave a kept-alive socket that holds the close open for 72 s.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });

  // Outside production every request runs inside its own tally, so statements are counted
  // per request (tests and benchmarks read it). Production skips it: an AsyncLocalStorage
  // in use puts a hook on every promise the process makes.
  if (!config.production) {
    app.addHook('onRequest', (_req, _reply, done) => {
      sqlTally.run({ statements: 0 } satisfies SqlTally, done);
    });
  }

  await app.register(fastifyCookie);
  const schema = await lintasSchema();
  const protection = armor(config.production);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Introspection is on for Apollo; in production introspectionPlugin refuses it to anonymous callers, per request.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns the signals: Fastify drains requests first, then its onClose hook stops Apollo.
    stopOnTerminationSignals: false,
    // APQ: hash → query lives in this process's bounded LRU cache, a cache only: on a miss (another
    // process, a restart) the client gets PERSISTED_QUERY_NOT_FOUND and resends the full query.
    persistedQueries: { ttl: 24 * 60 * 60 },
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ...(config.production ? [introspectionPlugin] : []),
      unstorableTextPlugin, costPlugin(() => schema, config.queryBudget), auditPlugin,
      // Reads the planner can compile are answered by one SQL statement, after the cost budget is spent.
      sqlPlanPlugin(schema, READ_MODELS, config.sqlPlan, config.answerCacheBytes),
      ...(config.production ? [] : [sqlCountPlugin]),
      // No cache hints are used; Apollo's default cache-control plugin would wrap every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo Sandbox at GET /graphql for a browser outside production; nothing there in production.
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true, footer: false }),
    ],
  });
  await apollo.start();
  // onClose runs after Fastify has stopped listening and every in-flight request has been answered.
  app.addHook('onClose', async () => apollo.stop());

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // A larger body is refused with 413 from its Content-Length (or as soon as more arrives), before it is parsed.
    bodyLimit: config.graphqlBodyLimitBytes,
    errorHandler: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const mb = Math.round((config.graphqlBodyLimitBytes / (1024 * 1024)) * 100) / 100;
        return reply.code(413).type('application/json; charset=utf-8').send({
          errors: [{ message: `the request body is larger than the ${mb} MB a GraphQL request may be`, extensions: { code: ERROR_CODES.BODY_TOO_LARGE } }],
        });
      }
      return reply.send(error);
    },
    onSend: async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      requestErrorStatus(reply, payload);
      return payload;
    },
    handler: fastifyApolloHandler(apollo, { context: async (request, reply) => createContext(orm.em, request, reply, resolveViewer) }),
  });

  calendarRoute(app, orm);
  exportsRoute(app, orm);
  bulkDownloadRoute(app, orm);
  importsRoute(app, orm, importConfig());
  certificatesRoute(app, orm);

  app.get('/healthz', async (_req, reply) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      return { status: 'ok', database: 'reachable' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  if (existsSync(join(config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: ['index.html'] });
    // Client-side routes of the SPA fall back to its index page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && request.headers.accept?.includes('text/html')) {
        return reply.sendFile('index.html');
      }
      return reply.code(404).send({ error: 'not found' });
    });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain').send('Lintas API: the SPA is not built (pnpm build). GraphQL at /graphql.'));
  }
  return app;
}
