import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { archivedError, checkCode, checkContact, checkText, checkUrl, codeTaken, targetAcademy } from '../catalogue/catalogue.rules.js';
import { editVersioned, saveNew, type Edited } from '../catalogue/catalogue.service.js';
import { Facilitator } from './facilitator.entity.js';
import { Person } from '../persons/person.entity.js';
import type { CreateFacilitatorInput, CreateVenueInput, UpdateFacilitatorInput, UpdateVenueInput } from './venue.inputs.js';
import { Venue } from './venue.entity.js';

function checkCapacity(capacity: number | null | undefined, errors: UserError[]): void {
  if (capacity != null && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= 10_000)) {
    errors.push(new UserError('capacity', ERROR_CODES.OUT_OF_RANGE, 'capacity must be between 1 and 10000'));
  }
}

export async function createVenue(em: EntityManager, viewer: Viewer, input: CreateVenueInput): Promise<Edited<Venue>> {
  const errors: UserError[] = [];
  const academy = await targetAcademy(em, viewer, input.academyId, errors);
  const code = checkCode(input.code, 'code', errors);
  const name = checkText(input.name, 'name', 200, errors);
  checkCapacity(input.capacity, errors);
  const address = checkText(input.address, 'address', 300, errors, false, true);
  const onlineUrl = checkUrl(input.onlineUrl, 'onlineUrl', errors);
  if (!address && !onlineUrl) errors.push(new UserError('address', ERROR_CODES.REQUIRED, 'a venue needs an address or an online link'));
  if (academy && code && (await em.count(Venue, { academy, code }))) errors.push(codeTaken('code', 'venue'));
  if (errors.length > 0 || !academy) return { value: null, errors };
  return saveNew(em, 'venue', 'code', async (tem) => tem.create(Venue, { academy: tem.getReference(Academy, academy.id), code, name: name!, capacity: input.capacity, timeZone: input.timeZone, address, onlineUrl }));
}

export function updateVenue(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateVenueInput): Promise<Edited<Venue>> {
  return editVersioned(em, (tem) => (id === null ? Promise.resolve(null) : tem.findOne(Venue, scoped(viewer, 'Venue', [{ id }]))), input.version, async (tem, venue) => {
    const errors: UserError[] = [];
    const code = input.code != null ? checkCode(input.code, 'code', errors) : null;
    const name = input.name != null ? checkText(input.name, 'name', 200, errors) : null;
    checkCapacity(input.capacity, errors);
    const address = input.address != null ? checkText(input.address, 'address', 300, errors, false, true) : venue.address ?? null;
    const onlineUrl = input.onlineUrl != null ? checkUrl(input.onlineUrl, 'onlineUrl', errors) : venue.onlineUrl ?? null;
    if (!address && !onlineUrl) errors.push(new UserError('address', ERROR_CODES.REQUIRED, 'a venue needs an address or an online link'));
    if (code && code !== venue.code && (await tem.count(Venue, { academy: venue.academy, code }))) errors.push(codeTaken('code', 'venue'));
    if (errors.length > 0) return errors;
    if (code) venue.code = code;
    if (name) venue.name = name;
    if (input.capacity != null) venue.capacity = input.capacity;
    if (input.timeZone) venue.timeZone = input.timeZone;
    venue.address = address;
    venue.onlineUrl = onlineUrl;
    return [];
  }, 'venue');
}

/** An agency of the academy for a facilitator: missing or another academy's looks missing, archived is refused. */
async function facilitatorAgency(em: EntityManager, academyId: number, agencyId: string, errors: UserError[]): Promise<Agency | null> {
  const local = tryLocalId(agencyId, 'Agency');
  const agency = local === null ? null : await em.findOne(Agency, { id: local, academy: academyId });
  if (!agency) errors.push(new UserError('agencyId', ERROR_CODES.NOT_FOUND, 'no such agency'));
  else if (agency.archivedAt) errors.push(archivedError('agencyId', 'agency'));
  return agency;
}

/** A person of the academy's roster, for the facilitator's own record. */
async function facilitatorPerson(em: EntityManager, academyId: number, personId: string, errors: UserError[]): Promise<Person | null> {
  const id = tryLocalId(personId, 'Person');
  const person = id === null ? null : await em.findOne(Person, { id, agency: { academy: academyId } });
  if (!person) errors.push(new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person'));
  return person;
}

export async function createFacilitator(em: EntityManager, viewer: Viewer, input: CreateFacilitatorInput): Promise<Edited<Facilitator>> {
  const errors: UserError[] = [];
  const academy = await targetAcademy(em, viewer, input.academyId, errors);
  const name = checkText(input.name, 'name', 200, errors);
  const expertise = checkText(input.expertise, 'expertise', 200, errors, false);
  const contact = checkContact(input.email, input.phone, errors);
  const agency = academy && input.agencyId ? await facilitatorAgency(em, academy.id, input.agencyId, errors) : null;
  const person = academy && input.personId ? await facilitatorPerson(em, academy.id, input.personId, errors) : null;
  if (errors.length > 0 || !academy) return { value: null, errors };
  const facilitator = em.create(Facilitator, { academy, name: name!, kind: input.kind, expertise, agency, person, ...contact });
  await em.flush();
  return { value: facilitator, errors: [] };
}

export function updateFacilitator(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateFacilitatorInput): Promise<Edited<Facilitator>> {
  return editVersioned(em, (tem) => (id === null ? Promise.resolve(null) : tem.findOne(Facilitator, scoped(viewer, 'Facilitator', [{ id }]))), input.version, async (tem, f) => {
    const errors: UserError[] = [];
    const name = input.name != null ? checkText(input.name, 'name', 200, errors) : null;
    const expertise = input.expertise != null ? checkText(input.expertise, 'expertise', 200, errors, false) : undefined;
    const contact = checkContact(input.email ?? f.email, input.phone ?? f.phone, errors);
    const changeAgency = !!input.agencyId && tryLocalId(input.agencyId, 'Agency') !== (f.agency?.id ?? null);
    const agency = changeAgency ? await facilitatorAgency(tem, f.academy.id, input.agencyId!, errors) : null;
    const changePerson = !!input.personId && tryLocalId(input.personId, 'Person') !== (f.person?.id ?? null);
    const person = changePerson ? await facilitatorPerson(tem, f.academy.id, input.personId!, errors) : null;
    if (errors.length > 0) return errors;
    if (changePerson) f.person = person as never;
    else if (input.personId === '') f.person = null;
    if (name) f.name = name;
    if (input.kind) f.kind = input.kind;
    if (expertise !== undefined) f.expertise = expertise;
    f.email = contact.email;
    f.phone = contact.phone;
    if (changeAgency) f.agency = agency as never;
    else if (input.agencyId === '') f.agency = null;
    return [];
  }, 'facilitator');
}
