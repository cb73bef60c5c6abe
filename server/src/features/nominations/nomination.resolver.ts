import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CATALOGUE_READ, MANAGE, NOMINATE, NOMINATION_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { RowRef } from '../../db/map-row.js';
import { Account } from '../accounts/account.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { defaultQuotaReleaseDays, quotaReleaseDate, quotaUse } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { wallClock } from '../sessions/local-time.js';
import { scoped } from '../tenancy.js';
import { Nomination } from './nomination.entity.js';
import {
  AgencyLeaderSummary, AgencyQuota, AgencyQuotaInput, CohortQuotasPayload, DecideNominationInput, NominateInput, NominationConnection,
  NominationFilter, NominationPayload, SupervisorDecisionInput,
} from './nomination.inputs.js';
import { nominationReads } from './nomination.read-model.js';
import { agencyLeaderCounts, decideAsSupervisor, decideNomination, expireDueNominations, nominate, setCohortQuotas, undoDecline, withdrawNomination } from './nomination.service.js';

const payload = (r: { ok: true; value: Nomination } | { ok: false; errors: UserError[] }): NominationPayload =>
  (r.ok ? { nomination: r.value, errors: [] } : { nomination: null, errors: r.errors });

@Resolver(() => Nomination)
export class NominationResolver {
  @Authorized(...NOMINATION_READ)
  @Query(() => NominationConnection, { description: "Nominations the caller may see, newest first: an organizer its academy's, an agency's HR officer its agency's, a participant their own and those of the people they supervise." })
  async nominations(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => NominationFilter, { nullable: true, description: 'Cohort, agency, person or states to filter by.' }) filter: NominationFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<NominationConnection> {
    // Nominations whose cohort has started undecided are marked expired before anyone reads them.
    await expireDueNominations(em);
    return (await readList({ em, viewer }, nominationReads.lists.nominations, { ...args, filter })) as NominationConnection;
  }

  @Authorized(...NOMINATE)
  @Mutation(() => NominationPayload, { description: "Nominates a person for an open cohort that has not started, with a note. One live nomination per person and cohort. Starts at SUPERVISOR_PENDING when the program requires the supervisor's approval, otherwise PENDING." })
  async nominate(@Arg('input', () => NominateInput, { description: 'The cohort, the person and the note.' }) input: NominateInput, @Ctx() { em, viewer, ip }: Context): Promise<NominationPayload> {
    return payload(await nominate(em, viewer, { cohortId: tryLocalId(input.cohortId, 'Cohort'), personId: tryLocalId(input.personId, 'Person'), note: input.note }, ip));
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => NominationPayload, { description: "The supervisor stage: the nominee's supervisor (signed in as a participant) or an organizer approves (→ PENDING) or refuses with a reason (→ DECLINED)." })
  async decideNominationAsSupervisor(@Arg('input', () => SupervisorDecisionInput, { description: 'The nomination, approve or not, and the note.' }) input: SupervisorDecisionInput, @Ctx() { em, viewer, ip }: Context): Promise<NominationPayload> {
    return payload(await decideAsSupervisor(em, viewer, { nominationId: tryLocalId(input.nominationId, 'Nomination'), approve: input.approve, note: input.note }, ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => NominationPayload, { description: "Accepts or declines a pending nomination. Acceptance enrols the person under the enrolment rules (eligibility, schedule conflicts, capacity with the agency's reserved seats); past capacity the nomination is WAITLISTED. A decline needs a reason." })
  async decideNomination(@Arg('input', () => DecideNominationInput, { description: 'The nomination and the decision.' }) input: DecideNominationInput, @Ctx() { em, viewer, ip }: Context): Promise<NominationPayload> {
    return payload(await decideNomination(em, viewer, {
      nominationId: tryLocalId(input.nominationId, 'Nomination'), decision: input.decision, reason: input.reason, overrideReason: input.overrideReason, force: input.force,
    }, ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => NominationPayload, { description: 'Undoes a decline: the nomination is PENDING again. Only while the cohort is open and has not started.' })
  async undoNominationDecline(@Arg('nominationId', () => ID, { description: 'The declined nomination.' }) nominationId: string, @Ctx() { em, viewer, ip }: Context): Promise<NominationPayload> {
    return payload(await undoDecline(em, viewer, { nominationId: tryLocalId(nominationId, 'Nomination') }, ip));
  }

  @Authorized(...NOMINATE)
  @Mutation(() => NominationPayload, { description: 'Withdraws a nomination nobody has decided yet (SUPERVISOR_PENDING or PENDING): the agency that made it, or an organizer.' })
  async withdrawNomination(
    @Arg('nominationId', () => ID, { description: 'The undecided nomination.' }) nominationId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is withdrawn (up to 500 characters).' }) reason: string | null,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<NominationPayload> {
    return payload(await withdrawNomination(em, viewer, { nominationId: tryLocalId(nominationId, 'Nomination'), reason }, ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => CohortQuotasPayload, { description: "Replaces the seats a cohort reserves per agency (their sum at most the capacity) and, when given, how many days before the start unused reserved seats go to the general list." })
  async setCohortQuotas(
    @Arg('cohortId', () => ID, { description: 'The cohort.' }) cohortId: string,
    @Arg('quotas', () => [AgencyQuotaInput], { description: 'Every reservation of the cohort; agencies left out have none.' }) quotas: AgencyQuotaInput[],
    @Arg('releaseDays', () => Int, { nullable: true, description: 'Days before the start the unused reserved seats are released (0–365); absent keeps the current setting, null is not accepted here.' }) releaseDays: number | null,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<CohortQuotasPayload> {
    const r = await setCohortQuotas(em, viewer, {
      cohortId: tryLocalId(cohortId, 'Cohort'), quotas: quotas.map((q) => ({ agencyId: tryLocalId(q.agencyId, 'Agency'), seats: q.seats })), releaseDays: releaseDays ?? undefined,
    }, ip);
    return r.ok ? { cohort: r.value, errors: [] } : { cohort: null, errors: r.errors };
  }

  @Authorized(...NOMINATE)
  @Query(() => AgencyLeaderSummary, { nullable: true, description: "An agency's eselon I–II officials in a year: on its roster, nominated and trained. An HR officer's own agency by default; null for an agency the caller may not see." })
  async agencyLeaderSummary(
    @Arg('agencyId', () => ID, { nullable: true, description: "The agency (an HR officer's own when absent)." }) agencyId: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'The calendar year; this year (WIB) when absent.' }) year: number | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<AgencyLeaderSummary | null> {
    const id = agencyId ? tryLocalId(agencyId, 'Agency') : viewer.kind === 'account' ? viewer.agencyId ?? null : null;
    const agency = id === null ? null : await em.findOne(Agency, scoped(viewer, 'Agency', [{ id }]));
    if (!agency) return null;
    const y = year ?? Number(wallClock(new Date(), 'WIB').date.slice(0, 4));
    return { agency, year: y, ...(await agencyLeaderCounts(em, agency.id, y)) };
  }

  @FieldResolver(() => Cohort, { description: 'The cohort the person is nominated for.' })
  cohort(@Root() n: Nomination, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, n.cohort);
  }

  @FieldResolver(() => Person, { description: 'The nominee.' })
  person(@Root() n: Nomination, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, n.person);
  }

  @FieldResolver(() => Agency, { description: 'The nominating agency.' })
  agency(@Root() n: Nomination, @Ctx() { loaders }: Context) {
    return loaders.ref(Agency, n.agency);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the account that nominated; null if it was removed.' })
  async nominatedByName(@Root() n: Nomination, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.ref(Account, n.nominatedBy))?.name ?? null;
  }

  @FieldResolver(() => Enrollment, { nullable: true, description: 'The enrolment an acceptance made (seated or waitlisted); null before.' })
  enrollment(@Root() n: Nomination, @Ctx() { loaders }: Context) {
    return loaders.ref(Enrollment, n.enrollment);
  }
}

@Resolver(() => Cohort)
export class CohortQuotaResolver {
  @FieldResolver(() => [AgencyQuota], { description: "Seats reserved per agency and how many its nominations use; an agency's HR officer sees its own only." })
  async quotas(@Root() c: Cohort, @Ctx() { em, viewer, loaders }: Context): Promise<AgencyQuota[]> {
    const own = viewer.kind === 'account' && viewer.role === 'AGENCY_HR' ? viewer.agencyId ?? -1 : null;
    const rows = (await quotaUse(em, c.id)).filter((q) => own === null || q.agencyId === own);
    return Promise.all(rows.map(async (q) => ({ agency: (await loaders.ref(Agency, new RowRef<Agency>(q.agencyId)))!, seats: q.seats, used: q.used })));
  }

  @FieldResolver(() => Int, { description: 'Days before the start unused reserved seats go to the general list (the cohort\'s setting, or LINTAS_QUOTA_RELEASE_DAYS, default 7).' })
  quotaReleaseDays(@Root() c: Cohort): number {
    return c.quotaReleaseDays ?? defaultQuotaReleaseDays();
  }

  @FieldResolver(() => String, { description: 'The day (YYYY-MM-DD, cohort zone) unused reserved seats go to the general list.' })
  quotaReleaseDate(@Root() c: Cohort): string {
    return quotaReleaseDate(c);
  }
}

