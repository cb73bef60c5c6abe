import type { EntityManager } from '@mikro-orm/core';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import type { ReadModel } from '../read-model.js';
import { SqlPlanner, type Answer, type Plan } from './planner.js';

/**
 * The tables a compiled answer may read: a write to any of them must move the data version
 * (db/data-version.entity.ts). The compiler builds objects only of the types declared with
 * their references, so a list over any other type (accounts, tokens, the audit trail) is
 * left to the resolvers and reads nothing here.
 */
export function compiledTables(em: EntityManager, reads: Required<ReadModel>): string[] {
  return Object.keys(reads.references).map((name) => em.getMetadata().get(name).tableName).sort();
}

/**
 * Answers a query the planner can compile from one SQL statement, before the resolvers
 * would run. With `cacheBytes`, answers are kept (least recently used first out) and
 * reused while the data version they were read at is current: the request still runs
 * its session, budget and tenancy checks, and one statement that compares versions.
 */
export function sqlPlanPlugin(schema: GraphQLSchema, reads: Required<ReadModel>, enabled: boolean, cacheBytes = 0): ApolloServerPlugin<Context> {
  const planner = new SqlPlanner(schema, reads);
  const answers = cacheBytes > 0 ? new LRUCache<Plan, Answer>({ maxSize: cacheBytes, sizeCalculation: (a) => Math.max(1, a.bytes) }) : null;
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, request, contextValue }) {
          if (!enabled) return null;
          const plan = planner.plan(contextValue.em, document, operation, request.variables ?? {}, contextValue.viewer);
          if (!plan) return null;
          const keeping = answers && plan.keepable ? answers : null;
          let data: Record<string, unknown>;
          try {
            const { answer, reused } = await SqlPlanner.run(contextValue.em, plan, keeping?.get(plan));
            if (reused) contextValue.cachedAnswer = true;
            // One larger than the whole cache is not kept (lru-cache refuses it).
            else keeping?.set(plan, answer);
            data = answer.data;
          } catch {
            // A statement the database refuses (SQLite's bounded parser stack for a deeply nested
            // query; PostgreSQL refusing a value as a date) is left to the resolvers from now on,
            // which answer it as they answer everyone: the database's own message never reaches the caller.
            plan.refused = true;
            return null;
          }
          contextValue.compiledSql = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data } } };
        },
      };
    },
  };
}
