import type { EntityManager } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES } from '@lintas/shared';
import type { Viewer } from './viewer.js';
import { Loaders } from './loaders.js';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/** Per-request context: the caller, one forked EntityManager and its batch loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
  /** Client address, for audit and rate limits. */
  ip: string;
  reply: FastifyReply;
  /** Scheme and host the client used, for links the API hands out. */
  origin: string;
  /** People whose personal fields a token read in this request (audited once per request). */
  personalReads: Set<number>;
  /** Set when the answer came from one compiled SQL statement rather than the resolvers (sql-plan/). */
  compiledSql?: boolean;
  /** Set when that answer was one already read at the current data version (sql-plan/kept-answers.ts). */
  cachedAnswer?: boolean;
}

/** Who the request comes from (the accounts feature's sessions and tokens); 'invalid-token' for a bearer token it does not know. */
export type ViewerResolver = (em: EntityManager, request: FastifyRequest) => Promise<Viewer | 'invalid-token'>;

export async function createContext(em: EntityManager, request: FastifyRequest, reply: FastifyReply, resolveViewer: ViewerResolver): Promise<Context> {
  const forked = em.fork();
  const viewer = await resolveViewer(forked, request);
  if (viewer === 'invalid-token') {
    throw new GraphQLError('the API token is unknown, expired or revoked', {
      extensions: { code: ERROR_CODES.TOKEN_INVALID, http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) } },
    });
  }
  return { em: forked, loaders: new Loaders(forked), viewer, ip: request.ip, reply, origin: `${request.protocol}://${request.host}`, personalReads: new Set() };
}
