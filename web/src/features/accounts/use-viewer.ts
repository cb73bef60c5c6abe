import type { Role } from '@lintas/shared';
import { computed, readonly, ref } from 'vue';
import { client } from '../../app/urql-client';
import { graphql, useFragment } from '../../gql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

/** What the SPA knows of who is signed in; sign-in mutations return the same fields. */
export const ViewerFieldsDoc = graphql(`
  fragment ViewerFields on Viewer {
    role
    mfaRequired
    mfaEnrolmentRequired
    academy { id code name province timeZone }
    person { id name }
    account { id name email totpEnabled }
  }
`);

const ViewerQuery = graphql(`
  query Viewer {
    viewer { ...ViewerFields }
  }
`);

export type Viewer = ViewerFieldsFragment;

/** Who is signed in: fetched once at start and again after sign-in, MFA or sign-out. App-wide state. */
const viewer = ref<Viewer | null>(null);
const loaded = ref(false);
let pending: Promise<Viewer | null> | null = null;

async function fetchViewer(): Promise<Viewer | null> {
  const result = await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error && !result.data) throw result.error;
  viewer.value = useFragment(ViewerFieldsDoc, result.data?.viewer) ?? null;
  loaded.value = true;
  return viewer.value;
}

/** The viewer, fetched on the first call only (the route guard calls this before every route). */
export function ensureViewer(): Promise<Viewer | null> {
  if (loaded.value) return Promise.resolve(viewer.value);
  pending ??= fetchViewer().finally(() => (pending = null));
  return pending;
}

/** Fetches the viewer again, e.g. after signIn, verifyMfa, redeemInvitation or signOut. */
export function reloadViewer(): Promise<Viewer | null> {
  pending = fetchViewer().finally(() => (pending = null));
  return pending;
}

/** Sets the viewer from a mutation payload without another round trip. */
export function setViewer(next: Viewer | null): void {
  viewer.value = next;
  loaded.value = true;
}

/**
 * Where a role starts: participants on their own page; staff at `/`, which the router
 * sends on to the set-up checklist while their academy is incomplete, else the roster.
 */
export function homeFor(role: Role | null | undefined): string {
  return role === 'PARTICIPANT' ? '/saya' : role === 'AGENCY_HR' ? '/usulan' : '/';
}

/** A signed-in account that still owes its authenticator code (or has to enrol one). */
export function mfaPending(v: Viewer | null): boolean {
  return !!v && (v.mfaRequired || v.mfaEnrolmentRequired);
}

export function useViewer() {
  const role = computed(() => viewer.value?.role ?? null);
  const displayName = computed(() => viewer.value?.person?.name ?? viewer.value?.account?.name ?? '');
  const ready = computed(() => !!viewer.value && !mfaPending(viewer.value));
  return {
    viewer: readonly(viewer),
    role,
    displayName,
    ready,
    isAdmin: computed(() => role.value === 'ADMIN'),
    isStaff: computed(() => role.value === 'ADMIN' || role.value === 'ORGANIZER'),
  };
}
