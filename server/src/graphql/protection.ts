import { ApolloArmor } from '@escape.tech/graphql-armor';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ERROR_CODES } from '@lintas/shared';
import { spend } from '../db/rate-limit.js';
import type { Context } from './context.js';
import { isAuthenticated } from './viewer.js';

/** Limits a public GraphQL API needs, refused before any resolver runs. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 10,
  /** Cost of one query: a connection costs `first` × its children. */
  maxQueryCost: 25_000,
  /** Each caller's budget, refilled continuously (GitHub- and Shopify-style). */
  budget: 50_000,
  restorePerSecond: 2_500,
} as const;

/** A caller's cost budget: what it holds and how fast it refills. */
export interface QueryBudget {
  capacity: number;
  perSecond: number;
}

/** Depth, aliases, tokens, directives and field suggestions, by GraphQL Armor. */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** A connection field costs its page size times what each item asks for. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.max(0, args.first) * Math.max(1, childComplexity) : undefined;

/** Costs already computed, per parsed document (Apollo keeps one per query text) and variables. */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 64;

function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  let known = costs.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
  known.set(key, cost);
  return cost;
}

function callerKey(ctx: Context): string {
  const v = ctx.viewer;
  return v.kind === 'token' ? `cost:token:${v.token.id}` : v.kind === 'account' ? `cost:account:${v.account.id}` : `cost:ip:${ctx.ip}`;
}

/**
 * Computes each operation's cost from the query and its variables, refuses one over
 * the per-query limit or the caller's remaining budget, and reports the budget in
 * `extensions.cost` of every response.
 */
export function costPlugin(
  schema: () => GraphQLSchema,
  configured: Partial<QueryBudget> = {},
): ApolloServerPlugin<Context> {
  const budget: QueryBudget = { capacity: configured.capacity ?? LIMITS.budget, perSecond: configured.perSecond ?? LIMITS.restorePerSecond };
  return {
    async requestDidStart() {
      let cost: Record<string, number> | null = null;
      return {
        async didResolveOperation({ document, request, contextValue, operationName }) {
          let requested: number;
          try {
            requested = costOf(schema(), document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them with GraphQL's own 400.
            return;
          }
          if (requested > LIMITS.maxQueryCost) {
            throw new GraphQLError(`the query costs ${requested}, more than the ${LIMITS.maxQueryCost} one query may`, {
              extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX, cost: { requestedQueryCost: requested, maximumQueryCost: LIMITS.maxQueryCost } },
            });
          }
          const { allowed, available } = await spend(contextValue.em.fork(), callerKey(contextValue), requested, budget.capacity, budget.perSecond);
          cost = { requestedQueryCost: requested, maximumAvailable: budget.capacity, currentlyAvailable: available, restoreRate: budget.perSecond };
          if (!allowed) {
            // 429 Too Many Requests, with the whole seconds until the budget holds this query's cost again.
            const retryAfter = Math.max(1, Math.ceil((requested - available) / budget.perSecond));
            throw new GraphQLError('the query costs more than the remaining budget; wait for it to refill', {
              extensions: { code: ERROR_CODES.THROTTLED, cost, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}

/**
 * A NUL character or half a surrogate pair: no text holds one, and a database driver
 * that passes a statement as a C string cuts it at the NUL (SQLite: a syntax error).
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

function holdsUnstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.some((v) => holdsUnstorable(v, depth + 1)) : Object.values(value).some((v) => holdsUnstorable(v, depth + 1));
}

/**
 * Refuses, before any resolver runs, an operation whose variables or string literals
 * hold text no column can store (input/invalid-value, 400), whatever field they are for.
 */
export const unstorableTextPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        let found = holdsUnstorable(request.variables);
        if (!found) {
          visit(document, {
            StringValue(node) {
              if (UNSTORABLE.test(node.value)) found = true;
            },
          });
        }
        if (found) {
          throw new GraphQLError('a text holds a NUL character or half a surrogate pair', {
            extensions: { code: ERROR_CODES.INVALID_VALUE, http: { status: 400 } },
          });
        }
      },
    };
  },
};

/** Whether the operation asks for the schema itself (`__schema` or `__type`, at any depth or in a fragment). */
function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Production: introspection for a signed-in account or a token, refused to anonymous callers.
 * A per-request check, after validation: Apollo keeps validated documents by query hash, so
 * a validation rule could not look at the caller.
 */
export const introspectionPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (isAuthenticated(contextValue.viewer) || !asksForSchema(document)) return;
        throw new GraphQLError('introspection needs a session or an API token in production', {
          extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } },
        });
      },
    };
  },
};
