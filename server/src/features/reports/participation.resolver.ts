import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ESELON_GROUPS, GENERATION_CODES, type EselonGroup, type Generation } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { tryLocalId } from '../../graphql/ids.js';
import { academyOf } from '../../graphql/viewer.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { participation, type Grouping, type ParticipationCounts, type ReportScope } from './participation.repository.js';

@InputType({ description: 'Scope of a report; every given filter must hold. Organizers and tokens always get their own academy.' })
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'Period start (YYYY-MM-DD): cohorts ending on or after it.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Period end (YYYY-MM-DD): cohorts starting on or before it.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this academy (admins; others see their own academy anyway).' })
  academyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cohorts of this program.' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this cohort.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency (instansi) of the people.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: "Province of the people's agencies." })
  province?: string | null;
}

@ObjectType()
abstract class ParticipationFigures {
  @Field(() => Int, { description: 'People in scope in the group.' })
  roster!: number;

  @Field(() => Int, { description: 'Distinct people with a non-withdrawn enrolment in a cohort overlapping the period.' })
  enrolled!: number;

  @Field(() => Int, { description: 'Enrolled people with at least one present or late attendance.' })
  attended!: number;

  @Field(() => Int, { description: 'Enrolled people with a completed enrolment.' })
  completed!: number;

  @Field(() => Float, { description: 'enrolled ÷ roster (0 when the roster is empty).' })
  participationRate!: number;

  @Field(() => Float, { description: 'completed ÷ enrolled.' })
  completionRate!: number;

  @Field(() => Float, { description: 'JP earned ÷ JP scheduled, over their enrolments.' })
  attendanceRate!: number;

  @Field(() => Float, { description: 'JP earned (present or late) over their enrolments.' })
  jpEarned!: number;

  @Field(() => Float, { description: "JP of their cohorts' scheduled sessions." })
  jpScheduled!: number;

  @Field(() => Float, { description: 'People whose latest digital-mindset score is 70 or more ÷ roster.' })
  digitalLiteracyRate!: number;
}

@ObjectType({ description: 'Participation of one eselon group.' })
export class EselonParticipation extends ParticipationFigures {
  @Field(() => EselonGroupEnum, { description: 'The eselon group (I, II, III, IV, JF or PELAKSANA).' })
  group!: EselonGroup;
}

@ObjectType({ description: 'Participation of one generation.' })
export class GenerationParticipation extends ParticipationFigures {
  @Field(() => GenerationEnum, { nullable: true, description: 'Null for people born before 1946.' })
  group!: Generation | null;
}

@ObjectType({ description: 'Participation of one eselon group × generation cell.' })
export class MatrixParticipation extends ParticipationFigures {
  @Field(() => EselonGroupEnum, { description: 'The eselon group of the cell.' })
  eselonGroup!: EselonGroup;

  @Field(() => GenerationEnum, { nullable: true, description: 'The generation of the cell; null when the birth year fits no generation (before 1946).' })
  generation!: Generation | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

function figures(c: ParticipationCounts | undefined) {
  const x = c ?? { roster: 0, enrolled: 0, attended: 0, completed: 0, jpScheduled: 0, jpEarned: 0, literate: 0 };
  return {
    roster: x.roster, enrolled: x.enrolled, attended: x.attended, completed: x.completed, jpEarned: x.jpEarned, jpScheduled: x.jpScheduled,
    participationRate: ratio(x.enrolled, x.roster), completionRate: ratio(x.completed, x.enrolled),
    attendanceRate: ratio(x.jpEarned, x.jpScheduled), digitalLiteracyRate: ratio(x.literate, x.roster),
  };
}

export const REPORTS = ['ADMIN', 'ORGANIZER', 'reports:read'];

/** The scope a caller may report on: organizers and tokens always their own academy. */
export function scopeOf(filter: ReportFilter | null, ctx: Context): ReportScope {
  const id = (v: string | null | undefined, type: string) => (v ? tryLocalId(v, type) ?? -1 : null);
  return {
    from: filter?.from && isIsoDate(filter.from) ? filter.from : null,
    to: filter?.to && isIsoDate(filter.to) ? filter.to : null,
    academyId: academyOf(ctx.viewer) ?? id(filter?.academyId, 'Academy'),
    programId: id(filter?.programId, 'Program'),
    cohortId: id(filter?.cohortId, 'Cohort'),
    agencyId: id(filter?.agencyId, 'Agency'),
    province: filter?.province?.trim() || null,
  };
}

@Resolver()
export class ParticipationResolver {
  private counts(filter: ReportFilter | null, ctx: Context, grouping: Grouping): Promise<ParticipationCounts[]> {
    return participation(ctx.em, scopeOf(filter, ctx), grouping);
  }

  @Authorized(...REPORTS)
  @Query(() => [EselonParticipation], { description: 'Participation by eselon group (I, II, III, IV, JF, PELAKSANA), every group listed.' })
  async participationByEselon(@Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<EselonParticipation[]> {
    const rows = await this.counts(filter, ctx, 'eselon');
    return ESELON_GROUPS.map((group) => ({ group, ...figures(rows.find((r) => r.eselonGroup === group)) }));
  }

  @Authorized(...REPORTS)
  @Query(() => [GenerationParticipation], { description: 'Participation by generation, every generation listed (and one for people born before 1946 when there are any).' })
  async participationByGeneration(@Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<GenerationParticipation[]> {
    const rows = await this.counts(filter, ctx, 'generation');
    const out: GenerationParticipation[] = GENERATION_CODES.map((group) => ({ group, ...figures(rows.find((r) => r.generation === group)) }));
    const none = rows.find((r) => r.generation === null);
    return none ? [...out, { group: null, ...figures(none) }] : out;
  }

  @Authorized(...REPORTS)
  @Query(() => [MatrixParticipation], { description: 'Participation by eselon group × generation: every cell of the two lists.' })
  async participationMatrix(@Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<MatrixParticipation[]> {
    const rows = await this.counts(filter, ctx, 'matrix');
    return ESELON_GROUPS.flatMap((eselonGroup) => GENERATION_CODES.map((generation) => ({
      eselonGroup, generation, ...figures(rows.find((r) => r.eselonGroup === eselonGroup && r.generation === generation)),
    })));
  }
}
