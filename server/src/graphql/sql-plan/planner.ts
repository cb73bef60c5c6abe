import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Kind, getVariableValues, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { executePrepared } from '../../db/bound-sql.js';
import { TRACKED_TABLES } from '../../db/data-version.entity.js';
import type { ReadModel } from '../read-model.js';
import type { Viewer } from '../viewer.js';
import { applyFix, type Fix } from './answer-fix.js';
import { versionAcademy, viewerKey } from './caller.js';
import { Compiler, type Versioned } from './compiler.js';
import { plainFields, type Scalar } from './fields.js';
import { Unsupported, raw, type Frag } from './sql.js';

export interface Plan {
  statement: Versioned;
  /** Whether its answer may be kept: every table it reads moves the data version. */
  keepable: boolean;
  fix: Fix;
  /** Set when the database refused the statement as nested too deeply (SQLite's parser stack): left to the resolvers. */
  tooDeep?: boolean;
}

/** An answer as read at one data version. */
export interface Answer {
  version: string;
  data: Record<string, unknown>;
  /** Roughly what it holds in memory. */
  bytes: number;
}

/**
 * Whether every table a statement reads (after FROM or JOIN, MikroORM's and the
 * compiler's; `_`-named ones are the statement's own CTEs) is one whose writes move the
 * data version.
 */
export function readsTrackedOnly(sql: string): boolean {
  for (const m of sql.matchAll(/\b(?:from|join)\s+[`"]?([A-Za-z0-9_]+)[`"]?/gi)) {
    const table = m[1]!;
    if (!table.startsWith('_') && !TRACKED_TABLES.has(table)) return false;
  }
  return true;
}

/**
 * The data version a caller's answer is read at, as the one-row table `_dv` (column `v`):
 * for a caller bound to one academy, the writes to that academy's rows and to the rows
 * academies share (db/data-version.entity.ts), so a write in another academy leaves its
 * kept answers standing; for anyone else, every write.
 */
function versionTable(viewer: Viewer): Frag {
  const academy = versionAcademy(viewer);
  if (academy === null) return raw(`(select "v" from "data_version" where "id" = 0) "_dv"`);
  if (!Number.isSafeInteger(academy)) throw new Unsupported('academy');
  // A cast gives the sum a column's type, so SQLite compares it with the kept version's text as a number.
  return raw(`(select cast((select "v" from "academy_version" where "academy_id" = 0)`
    + ` + coalesce((select "v" from "academy_version" where "academy_id" = ${academy}), 0) as bigint) as "v") "_dv"`);
}

/** Compiled plans (or null: not compilable), per parsed document, then per operation, variables and caller. */
export class SqlPlanner {
  private readonly documents = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  private readonly typeFields = new Map<string, Map<string, Scalar>>();
  private static readonly PER_DOCUMENT = 256;

  constructor(private readonly schema: GraphQLSchema, private readonly reads: Required<ReadModel>) {}

  plan(em: EntityManager, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown>, viewer: Viewer): Plan | null {
    if (operation.operation !== 'query') return null;
    const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(rawVariables)}\u0000${viewerKey(viewer)}`;
    let known = this.documents.get(document);
    if (known?.has(key)) {
      const plan = known.get(key)!;
      return plan?.tooDeep ? null : plan;
    }
    let plan: Plan | null = null;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables);
    if (!coerced.errors) {
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      try {
        const compiler = new Compiler(this.schema, em as SqlEntityManager, viewer, coerced.coerced, fragments, (type) => this.fieldsOf(em, type), this.reads, versionTable(viewer));
        const { statement, reads, fix } = compiler.compile(operation);
        plan = { statement, fix, keepable: readsTrackedOnly(reads) };
      } catch (error) {
        // Anything the planner cannot compile (or any error while compiling: arguments the
        // resolvers will refuse with their own error) is left to the resolvers.
        if (process.env.LINTAS_SQL_PLAN_DEBUG) console.error('sql-plan:', error instanceof Unsupported ? error.message : error);
      }
    }
    if (!known) this.documents.set(document, (known = new Map()));
    if (known.size >= SqlPlanner.PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, plan);
    return plan;
  }

  private fieldsOf(em: EntityManager, type: string): Map<string, Scalar> {
    let fields = this.typeFields.get(type);
    if (!fields) this.typeFields.set(type, (fields = plainFields(this.schema, em, type)));
    return fields;
  }

  /**
   * Runs a plan: one statement. When `kept` was read at the data version the database holds
   * now, the database only says so and `kept` is the answer; otherwise it builds the answer
   * (as text, whose length is what keeping it costs).
   */
  static async run(em: EntityManager, plan: Plan, kept: Answer | undefined): Promise<{ answer: Answer; reused: boolean }> {
    const { sql, before, after } = plan.statement;
    // The primary, as the resolvers' list reads (findPage, Loaders.children): a caller reads its own writes.
    const rows = await executePrepared<{ version: unknown; data: string | null }>(
      em as SqlEntityManager, sql, [...before, kept?.version ?? null, ...after], 'write',
    );
    const row = rows[0] ?? missingVersion();
    if (row.data === null) return { answer: kept!, reused: true };
    const data = applyFix(plan.fix, JSON.parse(row.data)) as Record<string, unknown>;
    return { answer: { version: String(row.version), data, bytes: row.data.length * 2 }, reused: false };
  }
}

function missingVersion(): never {
  throw new Error('data_version row 0 is missing: the database was not migrated by Lintas (run `pnpm lintas migrate`)');
}
