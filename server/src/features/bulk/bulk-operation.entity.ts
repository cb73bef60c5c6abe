import { BigIntType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { BulkExportFormat, BulkExportKind, BulkOperationStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { BulkExportFormatEnum, BulkExportKindEnum, BulkOperationStatusEnum } from './bulk.enums.js';

/** Filter of a bulk export as stored: local ids, dates as YYYY-MM-DD. */
export interface StoredExportFilter {
  from?: string | null;
  to?: string | null;
  cohortId?: number | null;
  agencyId?: number | null;
  eselonGroups?: string[] | null;
  generations?: string[] | null;
}

/**
 * A background export, its progress and its file. The state lives here, not in a
 * process: any server process claims a queued (or abandoned) one with a conditional
 * UPDATE, writes it page by page and records the keyset cursor and the file length
 * after each page, so another process can resume exactly where it stopped.
 */
@ObjectType({ implements: Node, description: 'A bulk export running in the background (`startBulkExport`), its progress and, when done, its download link.' })
@Entity()
@Index({ properties: ['owner', 'id'] })
@Index({ properties: ['status', 'leaseUntil'] })
export class BulkOperation extends Node<'status' | 'rowsWritten' | 'bytesWritten' | 'attempt'> {
  @Field(() => BulkExportKindEnum, { description: 'What is exported.' })
  @Enum({ items: () => BulkExportKindEnum, type: 'string' })
  kind!: BulkExportKind;

  @Field(() => BulkExportFormatEnum, { description: 'File format.' })
  @Enum({ items: () => BulkExportFormatEnum, type: 'string' })
  format!: BulkExportFormat;

  @Field(() => BulkOperationStatusEnum, { description: 'Where the operation is in its life.' })
  @Enum({ items: () => BulkOperationStatusEnum, type: 'string' })
  status: BulkOperationStatus = 'QUEUED';

  /** The filter it was started with. */
  @Property({ type: 'json', nullable: true })
  filter?: StoredExportFilter | null;

  /** Who started it (`account:<id>` or `token:<id>`): it runs with that caller's rights, checked again when it runs. */
  @Property({ type: 'string', length: 60 })
  owner!: string;

  @Field(() => Int, { nullable: true, description: 'Rows the export will write, counted when it starts running.' })
  @Property({ type: 'integer', nullable: true })
  totalRows?: number | null;

  @Field(() => Int, { description: 'Rows written so far (the header of a CSV not counted).' })
  @Property({ type: 'integer' })
  rowsWritten: number = 0;

  /** File length after the last recorded page: a resumed run cuts the file back to it. */
  @Property({ type: new BigIntType('number') })
  bytesWritten: number = 0;

  /** Last primary key written (keyset cursor); null before the first page. */
  @Property({ type: 'integer', nullable: true })
  cursor?: number | null;

  /** Claims so far; each claim writes its own part file. */
  @Property({ type: 'integer' })
  attempt: number = 0;

  /** Process holding the claim, and until when without a heartbeat. */
  @Property({ type: 'string', length: 120, nullable: true })
  claimedBy?: string | null;

  @Property({ type: 'Date', nullable: true })
  leaseUntil?: Date | null;

  /** File under the export folder: the part being written, then the finished file. */
  @Property({ type: 'string', length: 200, nullable: true })
  fileName?: string | null;

  /** Key of the download links' signatures. */
  @Property({ type: 'string', length: 64, hidden: true })
  downloadSecret!: string;

  @Field(() => String, { nullable: true, description: 'Why it failed, a code from the shared list (`export/failed`, `export/owner-revoked`).' })
  @Property({ type: 'string', length: 60, nullable: true })
  errorCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'When a process first started writing it.' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed or failed.' })
  @Property({ type: 'Date', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the finished file is deleted (status becomes EXPIRED).' })
  @Property({ type: 'Date', nullable: true })
  expiresAt?: Date | null;
}
