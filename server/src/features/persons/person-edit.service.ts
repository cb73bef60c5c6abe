import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { Agency } from '../academies/agency.entity.js';
import { archivedError, checkContact } from '../catalogue/catalogue.rules.js';
import { editVersioned, type Edited } from '../catalogue/catalogue.service.js';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import { personsEvent } from '../webhooks/webhook.events.js';
import { Person } from './person.entity.js';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';
import { checkPerson, type RawPerson } from './person.rules.js';

/** Input field names of the import's rule fields. */
const FIELD: Record<keyof RawPerson, string> = {
  nip: 'nip', name: 'name', employmentType: 'employmentType', positionType: 'positionType', eselon: 'eselon', positionClass: 'jptClass', jobTitle: 'position', agencyCode: 'agencyId',
};

/** An agency the caller may put people on: missing or another academy's looks missing, archived is refused. */
async function writableAgency(em: EntityManager, viewer: Viewer, agencyId: string, errors: UserError[]): Promise<Agency | null> {
  const id = tryLocalId(agencyId, 'Agency');
  const agency = id === null ? null : await em.findOne(Agency, scoped(viewer, 'Agency', [{ id }]));
  if (!agency) errors.push(new UserError('agencyId', ERROR_CODES.NOT_FOUND, 'no such agency'));
  else if (agency.archivedAt) errors.push(archivedError('agencyId', 'agency'));
  return agency;
}

/** A superior on the caller's roster, active, not the person. */
async function supervisorOf(em: EntityManager, viewer: Viewer, supervisorId: string, self: number | null, errors: UserError[]): Promise<Person | null> {
  const id = tryLocalId(supervisorId, 'Person');
  const supervisor = id === null || id === self ? null : await em.findOne(Person, scoped(viewer, 'Person', [{ id }]));
  if (!supervisor) errors.push(new UserError('supervisorId', ERROR_CODES.NOT_FOUND, 'no such person (a person is not their own superior)'));
  else if (supervisor.archivedAt) errors.push(archivedError('supervisorId', 'superior'));
  return supervisor;
}

/**
 * Adds one person with the import's checks (person.rules.ts): the NIP never shows in a
 * message; a NIP already on this roster or another academy's is refused. The audit trail
 * records the mutation as it does the import's, and roster webhooks hear of it.
 */
export async function createPerson(em: EntityManager, viewer: Viewer, input: CreatePersonInput): Promise<Edited<Person>> {
  const errors: UserError[] = [];
  const agency = await writableAgency(em, viewer, input.agencyId, errors);
  const checked = checkPerson({
    nip: input.nip, name: input.name, employmentType: input.employmentType, positionType: input.positionType,
    eselon: input.eselon, positionClass: input.jptClass, jobTitle: input.position, agencyCode: agency?.code ?? '-',
  });
  if (!checked.ok) for (const e of checked.errors) errors.push(new UserError(FIELD[e.field], e.code, e.message));
  const contact = checkContact(input.email, input.phone, errors);
  const supervisor = input.supervisorId ? await supervisorOf(em, viewer, input.supervisorId, null, errors) : null;
  if (checked.ok) {
    const existing = await em.findOne(Person, { nip: checked.value.nip }, { populate: ['agency'] });
    if (existing) {
      const own = academyOf(viewer);
      const mine = own === null || existing.agency.getEntity().academy?.id === own;
      errors.push(mine
        ? new UserError('nip', ERROR_CODES.NIP_DUPLICATE, 'someone on the roster already has this NIP; edit that person instead')
        : new UserError('nip', ERROR_CODES.OTHER_ROSTER, "this NIP is on another academy's roster"));
    }
  }
  if (errors.length > 0 || !checked.ok || !agency) return { value: null, errors };
  const { agencyCode: _code, ...values } = checked.value;
  return writeTransaction(em, async (tem) => {
    const person = tem.create(Person, { ...values, agency: tem.getReference(Agency, agency.id), supervisor: supervisor ? tem.getReference(Person, supervisor.id) : null, ...contact });
    await tem.flush();
    if (agency.academy) await emitEvents(tem, agency.academy.id, [personsEvent('person.imported', [person.id])]);
    return { value: person, errors: [] };
  });
}

/** Changes one person with the import's checks; the NIP (and what it tells) never changes. */
export function updatePerson(em: EntityManager, viewer: Viewer, id: number | null, input: UpdatePersonInput): Promise<Edited<Person>> {
  const load = (tem: EntityManager) => (id === null ? Promise.resolve(null) : tem.findOne(Person, scoped(viewer, 'Person', [{ id }]), { populate: ['agency'] }));
  return editVersioned(em, load, input.version, async (tem, person) => {
    const errors: UserError[] = [];
    const changesAgency = !!input.agencyId && tryLocalId(input.agencyId, 'Agency') !== person.agency.id;
    const agency = changesAgency ? await writableAgency(tem, viewer, input.agencyId!, errors) : person.agency.getEntity();
    const positionType = input.positionType ?? person.positionType;
    // A post that is no longer structural drops its eselon and class; a structural one keeps them unless new ones are given
    // (a class alone stands for its eselon; a new eselon alone drops the class).
    const leaves = !!input.positionType && input.positionType !== 'STRUKTURAL';
    const eselon = input.eselon || (input.jptClass || leaves ? null : person.eselon ?? null);
    const positionClass = input.jptClass || (input.eselon || leaves ? null : person.positionClass ?? null);
    const checked = checkPerson({
      nip: person.nip, name: input.name ?? person.name, employmentType: person.employmentType, positionType,
      eselon, positionClass,
      jobTitle: input.position != null ? input.position : person.jobTitle, agencyCode: agency?.code ?? '-',
    });
    if (!checked.ok) for (const e of checked.errors) errors.push(new UserError(FIELD[e.field], e.code, e.message));
    const contact = checkContact(input.email != null ? input.email : person.email, input.phone != null ? input.phone : person.phone, errors);
    // An id that cannot be read is a change to no one: refused below, never ignored.
    const supervisorLocal = input.supervisorId ? tryLocalId(input.supervisorId, 'Person') : null;
    const changesSupervisor = !!input.supervisorId && (supervisorLocal === null || supervisorLocal !== (person.supervisor?.id ?? null));
    const supervisor = changesSupervisor ? await supervisorOf(tem, viewer, input.supervisorId!, person.id, errors) : null;
    if (errors.length > 0 || !checked.ok || !agency) return errors;
    const v = checked.value;
    person.name = v.name;
    person.positionType = v.positionType;
    person.eselon = v.eselon;
    person.positionClass = v.positionClass;
    person.eselonGroup = v.eselonGroup;
    person.jobTitle = v.jobTitle;
    if (changesAgency) person.agency = tem.getReference(Agency, agency.id) as never;
    person.email = contact.email;
    person.phone = contact.phone;
    if (changesSupervisor) person.supervisor = tem.getReference(Person, supervisor!.id) as never;
    else if (input.supervisorId === '') person.supervisor = null;
    if (agency.academy) await emitEvents(tem, agency.academy.id, [personsEvent('person.changed', [person.id])]);
    return [];
  }, 'person');
}
