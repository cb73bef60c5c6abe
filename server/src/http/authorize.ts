import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { authChecker } from '../graphql/auth-checker.js';
import { createContext, type Context } from '../graphql/context.js';
import { resolveViewer } from '../features/accounts/auth.service.js';

/** A refusal of a plain HTTP endpoint: an error code and the HTTP status it travels with. */
export class HttpRefusal extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string, readonly field: string | null = null) {
    super(message);
  }

  /** The refusal as the endpoints answer it: `{ error: { code, message[, field] } }`. */
  send(reply: FastifyReply): FastifyReply {
    const error = { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
    return reply.code(this.status).type('application/json; charset=utf-8').send({ error });
  }
}

const STATUS_OF: Partial<Record<string, number>> = {
  [ERROR_CODES.UNAUTHENTICATED]: 401, [ERROR_CODES.MFA_REQUIRED]: 401, [ERROR_CODES.MFA_ENROLMENT_REQUIRED]: 401,
  [ERROR_CODES.TOKEN_INVALID]: 401, [ERROR_CODES.FORBIDDEN]: 403,
};

/** The caller, exactly as GraphQL builds it, refused as a GraphQL field with `@Authorized(...allowed)` would refuse it. */
export async function authorize(orm: MikroORM, request: FastifyRequest, reply: FastifyReply, allowed: readonly string[]): Promise<Context> {
  try {
    const ctx = await createContext(orm.em, request, reply, resolveViewer);
    (authChecker as AuthCheckerFn<Context>)({ context: ctx, root: undefined, args: {}, info: undefined as never }, [...allowed]);
    return ctx;
  } catch (e) {
    const code = e instanceof GraphQLError ? String(e.extensions.code) : '';
    const status = STATUS_OF[code];
    if (status) throw new HttpRefusal(status, code as ErrorCode, e instanceof Error ? e.message : 'refused');
    throw e;
  }
}
