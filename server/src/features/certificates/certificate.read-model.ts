import { CERTIFICATE_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { Certificate } from './certificate.entity.js';
import type { CertificateFilter } from './certificate.inputs.js';


/** `Query.certificates`: newest first, by cohort, person and revoked or not. An unreadable id matches nothing. */
const certificates: ListRead<ConnectionArgs & { filter: CertificateFilter | null }> = {
  entity: Certificate, access: CERTIFICATE_READ, args: ['first', 'after', 'filter'], orderBy: { id: 'desc' },
  where: (_em, viewer, { filter }) => scoped(viewer, 'Certificate', [
    filter?.cohortId ? { cohort: tryLocalId(filter.cohortId, 'Cohort') ?? -1 } : {},
    filter?.personId ? { person: tryLocalId(filter.personId, 'Person') ?? -1 } : {},
    filter?.revoked === true ? { revokedAt: { $ne: null } } : filter?.revoked === false ? { revokedAt: null } : {},
  ]),
};

/** `Person.certificates`: what the caller may see, newest first. */
const personCertificates: ChildRead<ConnectionArgs> = {
  entity: Certificate, parent: 'person', args: ['first', 'after'],
  read: (viewer) => ({ where: visibleWhere(viewer, 'Certificate'), orderBy: { id: 'desc' } }),
};

/* No `references`: the lists stay with their resolvers (not the compiled SQL plan). */
export const certificateReads = { lists: { certificates }, children: { Person: { certificates: personCertificates } } } satisfies ReadModel;
