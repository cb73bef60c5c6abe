import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerNamespace } from '@mikro-orm/core';

/** Per-request tally of SQL statements, read by the GraphQL layer and by tests. */
export interface SqlTally {
  statements: number;
}

export const sqlTally = new AsyncLocalStorage<SqlTally>();

/** Counts every statement MikroORM runs (queries, BEGIN, COMMIT) for the current request. */
export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const tally = sqlTally.getStore();
    if (tally) tally.statements++;
    super.logQuery(context);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return super.isEnabled(namespace, context);
  }
}
