import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ESELON_GROUPS, GENERATION_CODES, type EselonGroup, type Generation } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { assessmentGain } from './gain.repository.js';
import { REPORTS, ReportFilter, scopeOf } from './participation.resolver.js';

@ObjectType({ description: 'Learning gain of one eselon group × generation cell: PRE and POST digital-mindset scores of the same person in the same cohort, paired.' })
export class AssessmentGain {
  @Field(() => EselonGroupEnum, { description: 'The eselon group of the cell (JPT classes counted in I–IV).' })
  eselonGroup!: EselonGroup;

  @Field(() => GenerationEnum, { nullable: true, description: 'The generation of the cell; null when the birth year fits no generation (before 1946).' })
  generation!: Generation | null;

  @Field(() => Int, { description: 'Pairs counted: people with both a PRE and a POST score in a cohort (a person in two cohorts counts twice).' })
  paired!: number;

  @Field(() => Float, { description: 'Mean PRE score (0–100).' })
  meanPre!: number;

  @Field(() => Float, { description: 'Mean POST score (0–100).' })
  meanPost!: number;

  @Field(() => Float, { description: 'Mean gain: POST − PRE, in score points (negative when scores fell).' })
  meanGain!: number;

  @Field(() => Int, { description: 'Pairs that crossed the literacy threshold: PRE below 70, POST 70 or more.' })
  crossed!: number;

  @Field(() => Float, { description: 'crossed ÷ paired, 0–1.' })
  crossedRate!: number;
}

@Resolver()
export class GainResolver {
  @Authorized(...REPORTS)
  @Query(() => [AssessmentGain], {
    description: 'Learning gain by eselon group × generation: mean gain, share who crossed the literacy threshold and pairs counted; only cells with pairs, seniors first.',
  })
  async assessmentGain(
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AssessmentGain[]> {
    const rows = await assessmentGain(ctx.em, scopeOf(filter, ctx));
    const rank = (r: { eselonGroup: string; generation: string | null }) =>
      ESELON_GROUPS.indexOf(r.eselonGroup as EselonGroup) * 100 + (r.generation ? GENERATION_CODES.indexOf(r.generation as Generation) : 99);
    return rows.sort((a, b) => rank(a) - rank(b)).map((r) => ({
      eselonGroup: r.eselonGroup as EselonGroup, generation: r.generation as Generation | null, paired: r.paired,
      meanPre: r.preSum / r.paired, meanPost: r.postSum / r.paired, meanGain: (r.postSum - r.preSum) / r.paired,
      crossed: r.crossed, crossedRate: r.crossed / r.paired,
    }));
  }
}
