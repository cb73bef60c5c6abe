import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { EselonGroup, Generation } from '@lintas/shared';
import { EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { BulkOperation } from './bulk-operation.entity.js';

@InputType({ description: 'Narrows a bulk export; every part is optional and they combine with AND. Parts that do not apply to a kind are ignored.' })
export class BulkExportFilter {
  @Field(() => String, {
    nullable: true,
    description: 'First day of the period, YYYY-MM-DD (WIB). ATTENDANCE: sessions starting from it; ENROLLMENTS: cohorts ending on or after it; TRAINING_HISTORY: trainings ending on or after it.',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the period, YYYY-MM-DD (WIB). ATTENDANCE: sessions starting up to its end; ENROLLMENTS: cohorts starting by it; TRAINING_HISTORY: trainings ending by it.',
  })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of a cohort (angkatan): its enrolments, attendance or completed trainings only.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of an agency (instansi): its people only.' })
  agencyId?: string | null;

  @Field(() => [EselonGroupEnum], { nullable: true, description: 'People of these eselon groups only.' })
  eselonGroups?: EselonGroup[] | null;

  @Field(() => [GenerationEnum], { nullable: true, description: 'People of these generations only.' })
  generations?: Generation[] | null;
}

@ObjectType({ description: 'Result of `startBulkExport`.' })
export class StartBulkExportPayload {
  @Field(() => BulkOperation, { nullable: true, description: 'The queued operation; poll `bulkOperation(id:)` for its progress.' })
  bulkOperation!: BulkOperation | null;

  @Field(() => [UserError], { description: 'Why nothing was started (a bad date or an unknown cohort or agency).' })
  errors!: UserError[];
}

@ObjectType({ description: "A page of the caller's bulk operations." })
export class BulkOperationConnection extends Connection(BulkOperation) {}
