import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE, ROSTER_READ, ROSTER_READ_WITH_AGENCY, SCHEDULE_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import { UserError } from '../../graphql/user-error.js';
import { ImportRowError } from '../persons/person.inputs.js';
import { FacilitatorUnavailability } from '../persons/unavailability.entity.js';
import { FacilitatorUnavailabilityConnection } from '../persons/unavailability.resolver.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { targetAcademy } from '../catalogue/catalogue.rules.js';
import { createFacilitator, createVenue, updateFacilitator, updateVenue } from '../cohorts/venue.service.js';
import { CreateFacilitatorInput, CreateVenueInput, FacilitatorPayload, UpdateFacilitatorInput, UpdateVenueInput, VenuePayload } from '../cohorts/venue.inputs.js';
import {
  AcademyPayload, AgenciesPayload, AgencyPayload, CreateAcademyInput, CreateAgencyInput, ImportAgenciesPayload, UpdateAcademyInput, UpdateAgencyInput,
} from './academy.inputs.js';
import { createAcademy, createAgencies, importAgencies, updateAcademy, updateAgency } from './academy.service.js';
import { AGENCY_COLUMN_OF, readAgencyCsv } from './agency-csv.js';
import type { RawAgency } from './agency.rules.js';
import { scoped } from '../tenancy.js';
import type { Context } from '../../graphql/context.js';
import { localId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { FacilitatorConnection, VenueConnection } from '../cohorts/cohort.inputs.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Academy } from './academy.entity.js';
import { Agency } from './agency.entity.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { academyReads } from './academy.read-model.js';
import { modulesOfFacilitators } from '../programs/program.read-model.js';

const INCLUDE_ARCHIVED = { nullable: true, defaultValue: false, description: 'Include archived objects (left out by default).' } as const;

@ObjectType({ description: 'A page of academies.' })
export class AcademyConnection extends Connection(Academy) {}

@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection extends Connection(Agency) {}

@Resolver(() => Academy)
export class AcademyResolver {
  @Authorized()
  @Query(() => AcademyConnection, { description: 'Academies (penyelenggara) the caller belongs to (all for admins), by code.' })
  async academies(
    @Args() args: ConnectionArgs,
    @Arg('includeArchived', () => Boolean, INCLUDE_ARCHIVED) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<AcademyConnection> {
    return (await readList({ em, viewer }, academyReads.lists.academies, { ...args, includeArchived })) as AcademyConnection;
  }

  @Authorized(...ROSTER_READ_WITH_AGENCY)
  @Query(() => AgencyConnection, { description: "Agencies (instansi) on the caller's roster, by name." })
  async agencies(
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search: string | null,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's agencies (admins; others see their own academy anyway)." }) academyId: string | null,
    @Arg('includeArchived', () => Boolean, INCLUDE_ARCHIVED) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<AgencyConnection> {
    return (await readList({ em, viewer }, academyReads.lists.agencies, { ...args, search, academyId, includeArchived })) as AgencyConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => VenueConnection, { description: 'Venues, by name.' })
  async venues(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's venues (admins; others see their own academy anyway)." }) academyId: string | null,
    @Arg('includeArchived', () => Boolean, INCLUDE_ARCHIVED) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<VenueConnection> {
    return (await readList({ em, viewer }, academyReads.lists.venues, { ...args, academyId, includeArchived })) as VenueConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => FacilitatorConnection, { description: 'Facilitators, by name.' })
  async facilitators(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's facilitators (admins; others see their own academy anyway)." }) academyId: string | null,
    @Arg('includeArchived', () => Boolean, INCLUDE_ARCHIVED) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<FacilitatorConnection> {
    return (await readList({ em, viewer }, academyReads.lists.facilitators, { ...args, academyId, includeArchived })) as FacilitatorConnection;
  }

  @Authorized('ADMIN')
  @Mutation(() => AcademyPayload, { description: 'Creates an academy (admins). Its code is unique across the country.' })
  async createAcademy(@Arg('input', () => CreateAcademyInput, { description: 'The new academy.' }) input: CreateAcademyInput, @Ctx() { em }: Context): Promise<AcademyPayload> {
    const { value, errors } = await createAcademy(em, input);
    return { academy: value, errors };
  }

  @Authorized('ADMIN')
  @Mutation(() => AcademyPayload, { description: 'Changes an academy (admins); refused when the version is stale.' })
  async updateAcademy(@Arg('input', () => UpdateAcademyInput, { description: 'The academy, the version read and the fields to change.' }) input: UpdateAcademyInput, @Ctx() { em, viewer }: Context): Promise<AcademyPayload> {
    const { value, errors } = await updateAcademy(em, viewer, tryLocalId(input.id, 'Academy'), input);
    return { academy: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => AgencyPayload, { description: "Creates an agency (instansi) on an academy's roster. Its code is unique across the country." })
  async createAgency(@Arg('input', () => CreateAgencyInput, { description: 'The new agency.' }) input: CreateAgencyInput, @Ctx() { em, viewer }: Context): Promise<AgencyPayload> {
    const { agencies, errors } = await createAgencies(em, viewer, [input], () => '');
    return { agency: agencies[0] ?? null, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => AgenciesPayload, { description: "Creates several agencies, all or none (e.g. the unknown codes of a roster import); an error's field is `input.<index>.<field>`." })
  async createAgencies(@Arg('input', () => [CreateAgencyInput], { description: 'The new agencies.' }) input: CreateAgencyInput[], @Ctx() { em, viewer }: Context): Promise<AgenciesPayload> {
    if (input.length > 1000) return { agencies: [], errors: [new UserError('input', ERROR_CODES.OUT_OF_RANGE, 'at most 1000 agencies per call')] };
    return createAgencies(em, viewer, input, (i) => `input.${i}.`);
  }

  @Authorized(...MANAGE)
  @Mutation(() => AgencyPayload, { description: 'Changes an agency; refused when the version is stale.' })
  async updateAgency(@Arg('input', () => UpdateAgencyInput, { description: 'The agency, the version read and the fields to change.' }) input: UpdateAgencyInput, @Ctx() { em, viewer }: Context): Promise<AgencyPayload> {
    const { value, errors } = await updateAgency(em, viewer, tryLocalId(input.id, 'Agency'), input);
    return { agency: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => ImportAgenciesPayload, {
    description: 'Imports agencies from CSV (columns code,name,level,province,time_zone; header required, any order, `,` or `;`, UTF-8 with or without BOM) '
      + "into the caller's academy: new codes are created, the academy's own agencies updated by code. Bad rows are reported and not written; "
      + 'good rows are written in one transaction, or not at all on dryRun.',
  })
  async importAgencies(
    @Arg('csv', { description: 'CSV text with the header `code,name,level,province,time_zone` (level PUSAT or DAERAH, time_zone WIB, WITA or WIT).' }) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check every row but write nothing.' }) dryRun: boolean,
    @Arg('academyId', () => ID, { nullable: true, description: 'The academy (admins; organizers import into their own).' }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<ImportAgenciesPayload> {
    const refused = (errors: UserError[]): ImportAgenciesPayload => ({ dryRun, totalRows: 0, validRows: 0, created: 0, updated: 0, rejectedRows: 0, rowErrors: [], errors });
    const parsed = readAgencyCsv(csv);
    if (!parsed.ok) return refused([new UserError(parsed.field ? `csv.${parsed.field}` : 'csv', parsed.code, parsed.message)]);
    const errors: UserError[] = [];
    const academy = await targetAcademy(em, viewer, academyId, errors);
    if (!academy) return refused(errors);
    const result = await importAgencies(em, academy, parsed.rows, dryRun);
    const rowErrors: ImportRowError[] = result.errors.map((e) => ({ ...e, field: e.field && (AGENCY_COLUMN_OF[e.field as keyof RawAgency] ?? e.field) }));
    return {
      dryRun, totalRows: result.total, validRows: result.valid, created: result.created, updated: result.updated,
      rejectedRows: new Set(result.errors.map((e) => e.row)).size, rowErrors, errors: [],
    };
  }

  @Authorized(...MANAGE)
  @Mutation(() => VenuePayload, { description: 'Creates a venue: a room with an address or an online room with a link. Its code is unique in the academy.' })
  async createVenue(@Arg('input', () => CreateVenueInput, { description: 'The new venue.' }) input: CreateVenueInput, @Ctx() { em, viewer }: Context): Promise<VenuePayload> {
    const { value, errors } = await createVenue(em, viewer, input);
    return { venue: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => VenuePayload, { description: 'Changes a venue; refused when the version is stale.' })
  async updateVenue(@Arg('input', () => UpdateVenueInput, { description: 'The venue, the version read and the fields to change.' }) input: UpdateVenueInput, @Ctx() { em, viewer }: Context): Promise<VenuePayload> {
    const { value, errors } = await updateVenue(em, viewer, tryLocalId(input.id, 'Venue'), input);
    return { venue: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => FacilitatorPayload, { description: 'Creates a facilitator (widyaiswara, coach, mentor or external speaker).' })
  async createFacilitator(@Arg('input', () => CreateFacilitatorInput, { description: 'The new facilitator.' }) input: CreateFacilitatorInput, @Ctx() { em, viewer }: Context): Promise<FacilitatorPayload> {
    const { value, errors } = await createFacilitator(em, viewer, input);
    return { facilitator: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => FacilitatorPayload, { description: 'Changes a facilitator; refused when the version is stale.' })
  async updateFacilitator(@Arg('input', () => UpdateFacilitatorInput, { description: 'The facilitator, the version read and the fields to change.' }) input: UpdateFacilitatorInput, @Ctx() { em, viewer }: Context): Promise<FacilitatorPayload> {
    const { value, errors } = await updateFacilitator(em, viewer, tryLocalId(input.id, 'Facilitator'), input);
    return { facilitator: value, errors };
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => Academy, { nullable: true, description: 'Academy whose roster includes this agency.' })
  academy(@Root() a: Agency, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, a.academy);
  }
}

@Resolver(() => Venue)
export class VenueResolver {
  @FieldResolver(() => Academy, { description: 'Academy that owns the venue.' })
  academy(@Root() v: Venue, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, v.academy);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @FieldResolver(() => Academy, { description: 'Academy the facilitator teaches for.' })
  academy(@Root() f: Facilitator, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, f.academy);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the facilitator works for; null for external speakers.' })
  agency(@Root() f: Facilitator, @Ctx() { loaders }: Context) {
    return loaders.ref(Agency, f.agency);
  }

  @FieldResolver(() => FacilitatorUnavailabilityConnection, { description: 'Windows the facilitator cannot teach, soonest first; the scheduler treats them as hard conflicts.' })
  async unavailability(@Root() f: Facilitator, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, academyReads.children.Facilitator.unavailability, f.id, args);
  }

  @FieldResolver(() => [TrainingModule], { description: 'Training modules the facilitator is qualified to teach, by code.' })
  trainingModules(@Root() f: Facilitator, @Ctx() { em, loaders }: Context): Promise<TrainingModule[]> {
    return loaders.batch<number, TrainingModule[]>('facilitator.trainingModules', (ids) => modulesOfFacilitators(em, ids)).load(f.id);
  }
}
