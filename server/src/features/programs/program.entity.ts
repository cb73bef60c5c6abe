import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DEFAULT_COMPLETION_THRESHOLD, DEFAULT_PROGRAM_KIND, DEFAULT_TRAINING_KIND, type EselonGroup, type ProgramKind, type TrainingKind } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { EselonGroupEnum, ProgramKindEnum, TrainingKindEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';

@ObjectType({ implements: Node, description: 'A kind of training, e.g. Digital Leadership Academy or PKN Tingkat II.' })
@Entity()
@Unique({ properties: ['academy', 'code'] })
export class Program extends Archivable<'targetEselonGroups' | 'trainingKind' | 'kind' | 'completionThreshold' | 'warnSupervisor' | 'requiresSupervisorApproval' | 'requiresApprovedActionPlan'> {
  @Field({ description: "Whether a participant's attendance warning is e-mailed to their supervisor (atasan langsung) too, besides the participant." })
  @Property({ type: 'boolean', default: false })
  warnSupervisor: boolean = false;

  @Field({ description: 'Short code, unique in the academy, e.g. DLA.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Full name, e.g. Digital Leadership Academy.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the program is for; null when not written.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [EselonGroupEnum], { description: 'Eselon groups the program is for; empty means everyone.' })
  @Property({ type: 'json' })
  targetEselonGroups: EselonGroup[] = [];

  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field(() => TrainingKindEnum, { description: "Kind of training (jenis diklat) recorded in the registry's course records (SIASN jenisDiklatId)." })
  @Enum({ items: () => TrainingKindEnum, type: 'string', default: DEFAULT_TRAINING_KIND })
  trainingKind: TrainingKind = DEFAULT_TRAINING_KIND;

  @Field(() => ProgramKindEnum, { description: 'What the program is: DLA, PKN Tingkat II, PKA, PKP, digital literacy or other.' })
  @Enum({ items: () => ProgramKindEnum, type: 'string', default: DEFAULT_PROGRAM_KIND })
  kind: ProgramKind = DEFAULT_PROGRAM_KIND;

  @Field(() => Float, { description: 'Share of scheduled JP a participant must earn to complete (0–1); new cohorts of the program start with it.' })
  @Property({ type: 'double', default: DEFAULT_COMPLETION_THRESHOLD })
  completionThreshold: number = DEFAULT_COMPLETION_THRESHOLD;

  @Field({ description: "A nomination for the program's cohorts needs the nominee's supervisor (or an organizer) to approve it before the academy decides." })
  @Property({ type: 'boolean', default: false })
  requiresSupervisorApproval: boolean = false;

  @Field({ description: "Completing a cohort of the program needs an approved (or implemented) change project: closing the cohort completes only participants whose plan is APPROVED or IMPLEMENTED." })
  @Property({ type: 'boolean', default: false })
  requiresApprovedActionPlan: boolean = false;
}
