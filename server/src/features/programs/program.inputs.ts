import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea, EselonGroup, Generation, ModuleFormat, ProgramKind, TrainingKind } from '@lintas/shared';
import { CompetencyAreaEnum, EselonGroupEnum, GenerationEnum, ModuleFormatEnum, ProgramKindEnum, TrainingKindEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { Connection } from '../../graphql/relay.js';
import { Program } from './program.entity.js';
import { TrainingModule } from './training-module.entity.js';
import { VersionedEdit } from '../../graphql/versioned-edit.js';

@ObjectType({ description: 'A page of programs.' })
export class ProgramConnection extends Connection(Program) {}

@ObjectType({ description: 'A page of training modules.' })
export class TrainingModuleConnection extends Connection(TrainingModule) {}

@InputType({ description: 'A new program.' })
export class CreateProgramInput {
  @Field({ description: 'Short code, unique in the academy, e.g. DLA.' })
  code!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => ProgramKindEnum, { description: 'What the program is.' })
  kind!: ProgramKind;

  @Field(() => TrainingKindEnum, { nullable: true, description: "Kind of training in the registry's course records; MANAJERIAL when absent." })
  trainingKind?: TrainingKind | null;

  @Field(() => [EselonGroupEnum], { description: 'Eselon groups the program is for; empty means everyone.' })
  targetEselonGroups!: EselonGroup[];

  @Field(() => Float, { nullable: true, description: 'Share of scheduled JP needed to complete (above 0, at most 1); 0.8 when absent. New cohorts take it.' })
  completionThreshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Nominations need the nominee's supervisor to approve first; false when absent." })
  requiresSupervisorApproval?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Completion needs an approved change project (APPROVED or IMPLEMENTED); false when absent.' })
  requiresApprovedActionPlan?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "E-mail a participant's attendance warning to their supervisor too; false when absent." })
  warnSupervisor?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the program is for.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The academy (admins; organizers get their own).' })
  academyId?: string | null;
}

@InputType({ description: 'Changes to a program; absent fields stay as they are.' })
export class UpdateProgramInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New code, unique in the academy.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => ProgramKindEnum, { nullable: true, description: 'New kind.' })
  kind?: ProgramKind | null;

  @Field(() => TrainingKindEnum, { nullable: true, description: 'New registry training kind.' })
  trainingKind?: TrainingKind | null;

  @Field(() => [EselonGroupEnum], { nullable: true, description: 'New target eselon groups (empty: everyone).' })
  targetEselonGroups?: EselonGroup[] | null;

  @Field(() => Float, { nullable: true, description: 'New default completion threshold for new cohorts (existing cohorts keep theirs).' })
  completionThreshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether nominations need the nominee's supervisor to approve first (nominations already made keep their stage)." })
  requiresSupervisorApproval?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether completion needs an approved change project; applied when a cohort of the program closes.' })
  requiresApprovedActionPlan?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "New choice: e-mail attendance warnings to the participant's supervisor too." })
  warnSupervisor?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New description; an empty string clears it.' })
  description?: string | null;
}

@ObjectType({ description: 'Outcome of a program change.' })
export class ProgramPayload {
  @Field(() => Program, { nullable: true, description: 'The program after the change; on object/stale-version the current program; null on other failures.' })
  program!: Program | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'A new training module (mata pelatihan) of a program.' })
export class CreateTrainingModuleInput {
  @Field(() => ID, { description: 'Global id of the program.' })
  programId!: string;

  @Field({ description: 'Code, unique in the academy.' })
  code!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => CompetencyAreaEnum, { description: 'Competency the module builds.' })
  competencyArea!: CompetencyArea;

  @Field(() => ModuleFormatEnum, { description: 'How the module is delivered.' })
  format!: ModuleFormat;

  @Field(() => Int, { description: 'Planned JP (1–200).' })
  jp!: number;

  @Field(() => [GenerationEnum], { nullable: true, defaultValue: [], description: 'Generations the module is for; empty means all.' })
  targetGenerations!: Generation[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Groups in this module must mix generations.' })
  crossGeneration!: boolean;

  @Field(() => [ID], { nullable: true, description: 'Facilitators of the academy qualified to teach it.' })
  facilitatorIds?: string[] | null;
}

@InputType({ description: 'Changes to a training module; absent fields stay as they are.' })
export class UpdateTrainingModuleInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New code, unique in the academy.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => CompetencyAreaEnum, { nullable: true, description: 'New competency area.' })
  competencyArea?: CompetencyArea | null;

  @Field(() => ModuleFormatEnum, { nullable: true, description: 'New format.' })
  format?: ModuleFormat | null;

  @Field(() => Int, { nullable: true, description: 'New planned JP.' })
  jp?: number | null;

  @Field(() => [GenerationEnum], { nullable: true, description: 'New target generations (empty: all).' })
  targetGenerations?: Generation[] | null;

  @Field(() => Boolean, { nullable: true, description: 'New cross-generation flag.' })
  crossGeneration?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'The qualified facilitators, replacing the list.' })
  facilitatorIds?: string[] | null;
}

@ObjectType({ description: 'Outcome of a training-module change.' })
export class TrainingModulePayload {
  @Field(() => TrainingModule, { nullable: true, description: 'The module after the change; on object/stale-version the current module; null on other failures.' })
  trainingModule!: TrainingModule | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}
