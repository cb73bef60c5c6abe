import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import type { Archivable } from '../../graphql/archivable.entity.js';
import { writeTransaction } from '../../db/write-queue.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { scoped } from '../tenancy.js';
import { requestError, UserError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { isAdmin, type Viewer } from '../../graphql/viewer.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';

/** The kinds that are archived, never deleted, by their GraphQL type name. */
const ARCHIVABLE = { Academy, Agency, Program, TrainingModule, Venue, Facilitator, Person } as const;
type ArchivableType = keyof typeof ARCHIVABLE;

/**
 * Archives (`archived` true) or restores an object by global id. Another tenant's object
 * looks missing; academies are admins' alone; archiving twice changes nothing more.
 */
export async function setArchived(em: EntityManager, viewer: Viewer, globalId: string, archived: boolean): Promise<{ node: Archivable<any> | null; errors: UserError[] }> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) return { node: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such object')] };
  if (!(parsed.type in ARCHIVABLE)) return { node: null, errors: [new UserError('id', ERROR_CODES.NOT_ARCHIVABLE, `a ${parsed.type} is not archived`)] };
  const type = parsed.type as ArchivableType;
  if (type === 'Academy' && !isAdmin(viewer)) throw requestError(ERROR_CODES.FORBIDDEN, 'only admins archive or restore an academy');
  return writeTransaction(em, async (tem) => {
    const node = await tem.findOne(ARCHIVABLE[type] as EntityClass<Archivable<any>>, scoped(viewer, type, [{ id: parsed.id }]));
    if (!node) return { node: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such object')] };
    if (archived && !node.archivedAt) node.archivedAt = new Date();
    if (!archived && node.archivedAt) node.archivedAt = null;
    await tem.flush();
    return { node, errors: [] };
  });
}
