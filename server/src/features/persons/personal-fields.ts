import { academyOf, type Viewer } from '../../graphql/viewer.js';

/**
 * Whether a caller sees a person's personal fields (NIP, birth date, gender) unmasked:
 * admins; the person's own academy (organizers, and tokens with the roster-read scope);
 * the person themselves. One rule for the GraphQL fields and the bulk exports.
 */
export function seesPersonalFields(viewer: Viewer, personId: number, personAcademyId: number | null | undefined): boolean {
  if (viewer.kind === 'account' && viewer.pending === null) {
    if (viewer.role === 'ADMIN') return true;
    if (viewer.role === 'PARTICIPANT') return viewer.personId === personId;
  }
  if (viewer.kind === 'token' && !viewer.scopes.has('roster:read')) return false;
  return personAcademyId != null && personAcademyId === academyOf(viewer);
}
