import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../config.js';
import { sqlTally, type SqlTally } from '../db/sql-counter.js';
import { createContext, type Context } from '../graphql/context.js';
import { resolveViewer } from '../features/accounts/auth.service.js';
import { formatError } from '../graphql/errors.js';
import { lintasSchema } from '../features/schema.js';
import { armor, costPlugin } from '../graphql/protection.js';
import { sqlPlanPlugin } from '../graphql/sql-plan/kept-answers.js';
import { READ_MODELS } from '../features/read-models.js';
import { auditPlugin } from '../features/audit/audit.plugin.js';
import { calendarRoute } from './calendar.route.js';
import { exportsRoute } from './exports.route.js';
import { bulkDownloadRoute } from './bulk-download.route.js';

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
    introspection: !config.production,
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
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]), costPlugin(() => schema, config.queryBudget), auditPlugin,
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
    handler: fastifyApolloHandler(apollo, { context: async (request, reply) => createContext(orm.em, request, reply, resolveViewer) }),
  });

  calendarRoute(app, orm);
  exportsRoute(app, orm);
  bulkDownloadRoute(app, orm);

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
