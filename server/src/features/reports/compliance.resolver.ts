import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ANNUAL_JP_RIGHT, ERROR_CODES, ESELON_GROUPS, type EselonGroup } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { EselonGroupEnum } from '../../graphql/enums.js';
import { ConnectionArgs, checkPageSize, offsetCursor, readOffsetCursor, toConnection } from '../../graphql/relay.js';
import { requestError } from '../../graphql/user-error.js';
import { Person } from '../persons/person.entity.js';
import { PersonConnection } from '../persons/person.inputs.js';
import { jpComplianceByGroup, jpShortfall, literacyByYear } from './compliance.repository.js';
import { ReportFilter, REPORTS, scopeOf } from './participation.resolver.js';
import type { ReportScope } from './participation.repository.js';

/** The national target: 90 % of ASN digitally literate by 2029 (context/004). */
export const LITERACY_TARGET = { share: 0.9, year: 2029 } as const;

@ObjectType({ description: 'Digital literacy of one eselon group of the roster.' })
export class LiteracyGroup {
  @Field(() => EselonGroupEnum, { description: 'The eselon group.' })
  group!: EselonGroup;

  @Field(() => Int, { description: 'People of the group in scope.' })
  roster!: number;

  @Field(() => Int, { description: 'People whose latest digital-mindset score is at or above the threshold (70).' })
  literate!: number;

  @Field(() => Float, { description: 'literate ÷ roster, 0–1.' })
  rate!: number;
}

@ObjectType({ description: 'Digital literacy of the whole scope at the end of one year.' })
export class LiteracyYear {
  @Field(() => Int, { description: 'Calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'People in scope.' })
  roster!: number;

  @Field(() => Int, { description: 'People whose latest score up to that year is at or above the threshold.' })
  literate!: number;

  @Field(() => Float, { description: 'Share literate by the end of the year.' })
  rate!: number;
}

@ObjectType({ description: 'The share of the roster digitally literate (latest score ≥ 70) against the 90 %-by-2029 target.' })
export class LiteracyTarget {
  @Field(() => Float, { description: 'The national target share of digitally literate ASN: 0.9 (90 %).' })
  target!: number;

  @Field(() => Int, { description: 'Year by which the target is to be reached: 2029.' })
  targetYear!: number;

  @Field(() => Float, { description: 'Share literate now.' })
  rate!: number;

  @Field(() => Float, { description: 'Target minus the share now (0 when reached).' })
  gap!: number;

  @Field(() => [LiteracyGroup], { description: 'Now, by eselon group.' })
  byEselon!: LiteracyGroup[];

  @Field(() => [LiteracyYear], { description: 'The share at the end of each year, from the first score on.' })
  trend!: LiteracyYear[];
}

@ObjectType({ description: 'JP compliance of one eselon group.' })
export class JpComplianceGroup {
  @Field(() => EselonGroupEnum, { description: 'The eselon group.' })
  group!: EselonGroup;

  @Field(() => Int, { description: 'People of the group in scope.' })
  roster!: number;

  @Field(() => Int, { description: 'People who earned at least 20 JP in the year.' })
  reached!: number;

  @Field(() => Float, { description: 'Share of the group that reached 20 JP, 0–1.' })
  rate!: number;
}

@ObjectType({ description: 'Who reached the 20 JP a year every PNS has a right to.' })
export class JpCompliance {
  @Field(() => Int, { description: 'Calendar year counted.' })
  year!: number;

  @Field(() => Int, { description: 'JP (jam pelajaran, 45 minutes each) every PNS has a right to in a year: 20.' })
  required!: number;

  @Field(() => [JpComplianceGroup], { description: 'Compliance per eselon group.' })
  byEselon!: JpComplianceGroup[];

  /** The scope the figures were computed for, for `below`. */
  scope!: ReportScope;
}

@Resolver()
export class ComplianceResolver {
  @Authorized(...REPORTS)
  @Query(() => LiteracyTarget, { description: 'Digital literacy against the national target, by eselon group, with the trend per year.' })
  async literacyTarget(@Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<LiteracyTarget> {
    const now = new Date().getUTCFullYear();
    const years = Array.from({ length: 6 }, (_, i) => now - 5 + i);
    const rows = await literacyByYear(ctx.em, scopeOf(filter, ctx), years);
    const sum = (year: number, g?: string) => rows.filter((r) => r.year === year && (!g || r.eselonGroup === g)).reduce((a, r) => ({ roster: a.roster + r.roster, literate: a.literate + r.literate }), { roster: 0, literate: 0 });
    const rate = (x: { roster: number; literate: number }) => (x.roster ? x.literate / x.roster : 0);
    const current = sum(now);
    const trend = years.map((year) => ({ year, ...sum(year), rate: rate(sum(year)) })).filter((t, i, all) => t.literate > 0 || all.slice(0, i).some((x) => x.literate > 0) || t.year === now);
    return {
      target: LITERACY_TARGET.share, targetYear: LITERACY_TARGET.year, rate: rate(current), gap: Math.max(0, LITERACY_TARGET.share - rate(current)),
      byEselon: ESELON_GROUPS.map((group) => ({ group, ...sum(now, group), rate: rate(sum(now, group)) })), trend,
    };
  }

  @Authorized(...REPORTS)
  @Query(() => JpCompliance, { description: 'People who reached 20 JP in the year, by eselon group; `below` pages those who did not.' })
  async jpCompliance(
    @Arg('year', () => Int, { description: 'Calendar year, e.g. 2026 (1 January to 31 December in WIB).' }) year: number,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: academy, program, cohort, agency or province.' }) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<JpCompliance> {
    if (year < 2000 || year > 2100) throw requestError(ERROR_CODES.OUT_OF_RANGE, 'year must be between 2000 and 2100');
    const scope = scopeOf(filter, ctx);
    const groups = await jpComplianceByGroup(ctx.em, scope, year);
    return {
      year, required: ANNUAL_JP_RIGHT, scope,
      byEselon: ESELON_GROUPS.map((group) => {
        const g = groups.find((x) => x.eselonGroup === group) ?? { roster: 0, reached: 0 };
        return { group, roster: g.roster, reached: g.reached, rate: g.roster ? g.reached / g.roster : 0 };
      }),
    };
  }
}

@Resolver(() => JpCompliance)
export class JpComplianceResolver {
  @FieldResolver(() => PersonConnection, { description: 'People below 20 JP in the year, by name.' })
  async below(@Root() c: JpCompliance, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<PersonConnection> {
    checkPageSize(args.first);
    const offset = readOffsetCursor(args.after);
    const page = await jpShortfall(ctx.em, c.scope, c.year, args.first + 1, offset);
    const people = await ctx.loaders.byIds(Person, page.rows.slice(0, args.first).map((r) => r.id));
    const items = people.filter((p): p is Person => !!p);
    return toConnection({
      items, cursors: items.map((_, i) => offsetCursor(offset + i + 1)), totalCount: page.total,
      hasNextPage: page.rows.length > args.first, hasPreviousPage: offset > 0,
    }) as PersonConnection;
  }
}
