import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES, type BulkExportFormat, type BulkExportKind } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { requestError, UserError } from '../../graphql/user-error.js';
import { Agency } from '../academies/agency.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { BulkOperation, type StoredExportFilter } from './bulk-operation.entity.js';
import { BulkExportFormatEnum, BulkExportKindEnum } from './bulk.enums.js';
import { BulkExportFilter, BulkOperationConnection, StartBulkExportPayload } from './bulk.inputs.js';
import { bulkConfig, kickBulkWorker } from './bulk-runtime.js';
import { ANY_EXPORT, mayExport } from './bulk-sources.js';
import { downloadLink, startExport } from './bulk.service.js';

@Resolver(() => BulkOperation)
export class BulkOperationResolver {
  @Authorized(...ANY_EXPORT)
  @Mutation(() => StartBulkExportPayload, {
    description:
      'Starts an export of data larger than paging comfortably serves (a national roster, a year of attendance) in the background, ' +
      'as JSON Lines or CSV. Same rights and tenancy as the equivalent queries: PERSONS and TRAINING_HISTORY need the roster scope, ' +
      'ATTENDANCE the attendance scope. Poll `bulkOperation(id:)`; when COMPLETED it carries a download link that expires.',
  })
  async startBulkExport(
    @Arg('kind', () => BulkExportKindEnum, { description: 'What to export.' }) kind: BulkExportKind,
    @Arg('format', () => BulkExportFormatEnum, { nullable: true, defaultValue: 'JSONL', description: 'File format; JSON Lines unless asked.' }) format: BulkExportFormat,
    @Arg('filter', () => BulkExportFilter, { nullable: true, description: 'Narrows the export.' }) filter: BulkExportFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<StartBulkExportPayload> {
    if (!mayExport(viewer, kind)) throw requestError(ERROR_CODES.FORBIDDEN, 'not allowed for this account or token');
    const errors: UserError[] = [];
    for (const key of ['from', 'to'] as const) {
      const v = filter?.[key];
      if (v != null && !isIsoDate(v)) errors.push(new UserError(`filter.${key}`, ERROR_CODES.INVALID_VALUE, `${key} must be a real date YYYY-MM-DD`));
    }
    const stored: StoredExportFilter = {
      from: filter?.from ?? null, to: filter?.to ?? null, eselonGroups: filter?.eselonGroups ?? null, generations: filter?.generations ?? null,
    };
    if (filter?.cohortId) {
      const id = tryLocalId(filter.cohortId, 'Cohort');
      if (id === null || !(await em.count(Cohort, scoped(viewer, 'Cohort', [{ id }])))) errors.push(new UserError('filter.cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort'));
      stored.cohortId = id;
    }
    if (filter?.agencyId) {
      const id = tryLocalId(filter.agencyId, 'Agency');
      if (id === null || !(await em.count(Agency, scoped(viewer, 'Agency', [{ id }])))) errors.push(new UserError('filter.agencyId', ERROR_CODES.NOT_FOUND, 'no such agency'));
      stored.agencyId = id;
    }
    if (errors.length) return { bulkOperation: null, errors };
    const op = await startExport(em, viewer, kind, format, stored);
    kickBulkWorker();
    return { bulkOperation: op, errors: [] };
  }

  @Authorized(...ANY_EXPORT)
  @Query(() => BulkOperation, { nullable: true, description: 'One of the caller\'s bulk operations; null for anyone else\'s.' })
  async bulkOperation(@Arg('id', () => ID, { description: 'Global id from `startBulkExport`.' }) id: string, @Ctx() { em, viewer }: Context): Promise<BulkOperation | null> {
    return em.findOne(BulkOperation, scoped(viewer, 'BulkOperation', [{ id: localId(id, 'BulkOperation') }]));
  }

  @Authorized(...ANY_EXPORT)
  @Query(() => BulkOperationConnection, { description: "The caller's bulk operations, newest first." })
  async bulkOperations(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<BulkOperationConnection> {
    return toConnection(await findPage(em, BulkOperation, scoped(viewer, 'BulkOperation', []), args, { id: 'desc' })) as BulkOperationConnection;
  }

  @FieldResolver(() => Float, { description: 'Share written, 0–1 (rowsWritten ÷ totalRows; 1 when completed).' })
  progress(@Root() op: BulkOperation): number {
    if (op.status === 'COMPLETED' || op.status === 'EXPIRED') return 1;
    return op.totalRows ? Math.min(1, op.rowsWritten / op.totalRows) : 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Signed download link while COMPLETED; it works without a cookie or token until urlExpiresAt (ask again for a fresh one), never past expiresAt.',
  })
  url(@Root() op: BulkOperation, @Ctx() { origin }: Context): string | null {
    return downloadLink(op, origin, bulkConfig())?.url ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the link in `url` stops working.' })
  urlExpiresAt(@Root() op: BulkOperation, @Ctx() { origin }: Context): Date | null {
    return downloadLink(op, origin, bulkConfig())?.expiresAt ?? null;
  }
}
