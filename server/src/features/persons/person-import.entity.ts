import { BigIntType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PERSON_IMPORT_STATUSES, type ErrorCode, type PersonImportStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';

export const PersonImportStatusEnum = Object.fromEntries(PERSON_IMPORT_STATUSES.map((v) => [v, v])) as { [K in PersonImportStatus]: K };

registerEnumType(PersonImportStatusEnum, {
  name: 'PersonImportStatus',
  description: 'Life of a roster upload: QUEUED → RUNNING → COMPLETED or FAILED. An import is written whole or not at all.',
  valuesConfig: {
    QUEUED: { description: 'The file is being received.' },
    RUNNING: { description: 'The file is received and its rows are being read, checked and written; nothing is visible until it completes.' },
    COMPLETED: { description: 'Every good row is written (none on a dry run); bad rows are reported and were not written.' },
    FAILED: { description: 'Nothing of the import was written; errorCode says why (import/interrupted: the server stopped meanwhile).' },
  },
});

/** A rejected row of an upload, as stored: its line, the CSV column and the code (never the submitted value). */
export interface StoredRowError {
  line: number;
  field: string | null;
  code: ErrorCode;
  message: string;
}

/**
 * A roster CSV uploaded to `POST /imports/persons` and its progress. The file is
 * streamed to the import folder, then read in batches into the roster in one
 * transaction; the outcome (COMPLETED and its counts) is written in that same
 * transaction, so a process that dies mid-import leaves no person of it written and
 * its import RUNNING, which the next start marks FAILED (`import/interrupted`).
 */
@ObjectType({ implements: Node, description: 'A roster CSV uploaded to `POST /imports/persons`: its status and counts while it runs, and its outcome.' })
@Entity()
export class PersonImport extends Node<'status' | 'dryRun' | 'bytesReceived' | 'rowsRead' | 'validRows' | 'created' | 'updated' | 'rejectedRows' | 'rowErrors' | 'unknownAgencyCodes'> {
  @Field(() => PersonImportStatusEnum, { description: 'Where the import is in its life.' })
  @Enum({ items: () => PersonImportStatusEnum, type: 'string' })
  status: PersonImportStatus = 'QUEUED';

  @Field({ description: 'Rows are checked but nothing is written (`?dryRun=true`).' })
  @Property({ type: 'boolean' })
  dryRun: boolean = false;

  /** Who uploaded it (`account:<id>` or `token:<id>`). */
  @Property({ type: 'string', length: 60 })
  owner!: string;

  /** The uploader's academy (null: an admin's); what tenancy scopes imports by. */
  @Property({ type: 'integer', nullable: true, fieldName: 'academy_id' })
  academy?: number | null;

  /** Process running it; a RUNNING import whose process is gone is interrupted. */
  @Property({ type: 'string', length: 120, nullable: true })
  claimedBy?: string | null;

  /** Until when its process vouches for it without renewing (PostgreSQL, where several processes share the database). */
  @Property({ type: 'Date', nullable: true })
  leaseUntil?: Date | null;

  /** The uploaded file under the import folder while it is imported; removed when it is done. */
  @Property({ type: 'string', length: 200, nullable: true })
  fileName?: string | null;

  @Field(() => Int, { description: 'Bytes of the file received so far.' })
  @Property({ type: new BigIntType('number') })
  bytesReceived: number = 0;

  @Field(() => Int, { nullable: true, description: 'Data rows in the file (the header not counted), known once the file is received and read through.' })
  @Property({ type: 'integer', nullable: true })
  totalRows?: number | null;

  /** Rows read and checked so far; see PersonImportResolver.rowsRead. */
  @Property({ type: 'integer' })
  rowsRead: number = 0;

  @Field(() => Int, { description: 'Rows that passed every check (written unless a dry run).' })
  @Property({ type: 'integer' })
  validRows: number = 0;

  @Field(() => Int, { description: 'People new to the roster.' })
  @Property({ type: 'integer' })
  created: number = 0;

  @Field(() => Int, { description: 'People already on the roster, updated by NIP.' })
  @Property({ type: 'integer' })
  updated: number = 0;

  @Field(() => Int, { description: 'Rejected rows in all (not written); `rowErrors` lists the first 100 problems.' })
  @Property({ type: 'integer' })
  rejectedRows: number = 0;

  /** The first problems, by line; see PersonImportResolver.rowErrors. */
  @Property({ type: 'json' })
  rowErrors: StoredRowError[] = [];

  @Field(() => [String], { description: 'Agency codes of the file that name no agency the uploader may write to, sorted, once each (the first 1,000): create them (`createAgencies`) and upload again.' })
  @Property({ type: 'json' })
  unknownAgencyCodes: string[] = [];

  @Field(() => String, { nullable: true, description: 'Why it failed, a code from the shared list (csv/malformed, import/interrupted, import/failed).' })
  @Property({ type: 'string', length: 60, nullable: true })
  errorCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the file was received and reading its rows began.' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed or failed.' })
  @Property({ type: 'Date', nullable: true })
  finishedAt?: Date | null;
}
