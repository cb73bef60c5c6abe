import type { CombinedError } from '@urql/core';
import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref, watch, type Ref } from 'vue';
import { graphql, useFragment } from '../../gql';

/** What the attendance grid shows of one enrolled person. */
export const AttendanceEnrollmentDoc = graphql(`
  fragment AttendanceEnrollmentFields on Enrollment {
    id jpScheduled jpEarned jpExempt completionRate meetsThreshold
    person { id name nip eselonGroup agency { id name } }
  }
`);

/** What the attendance grid shows of one saved record. */
export const AttendanceRecordDoc = graphql(`
  fragment AttendanceRecordFields on Attendance {
    id status note checkInAt recordedAt recordedBy person { id }
  }
`);

const AttendanceCohortQuery = graphql(`
  query AttendanceCohort($id: ID!) {
    cohort(id: $id) {
      id
      code
      name
      timeZone
      completionThreshold
      sessions(first: 100) {
        nodes { id startsAt endsAt jp status module { id title } }
      }
      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...AttendanceEnrollmentFields }
      }
    }
  }
`);

/** A session's attendance, 100 records a page (`after` for the later ones). */
const SessionAttendanceQuery = graphql(`
  query SessionAttendance($id: ID!, $after: String) {
    node(id: $id) {
      ... on Session {
        id
        attendances(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { ...AttendanceRecordFields }
        }
      }
    }
  }
`);

/** The rest of a large cohort (an online cohort may seat hundreds), 100 at a time. */
const MoreEnrollmentsQuery = graphql(`
  query AttendanceMoreEnrollments($id: ID!, $after: String!) {
    cohort(id: $id) {
      id
      enrollments(first: 100, after: $after, statuses: [ENROLLED, COMPLETED]) {
        pageInfo { hasNextPage endCursor }
        nodes { ...AttendanceEnrollmentFields }
      }
    }
  }
`);

type PageInfo = { hasNextPage: boolean; endCursor?: string | null };

/** Follows a connection's pages after the first; stops at the first failed page (the banner shows the error). */
async function restOf<N>(first: PageInfo | undefined, page: (after: string) => Promise<{ pageInfo: PageInfo; nodes: N[] } | null>): Promise<N[]> {
  const rest: N[] = [];
  let info = first;
  while (info?.hasNextPage && info.endCursor) {
    const next = await page(info.endCursor);
    if (!next) break;
    rest.push(...next.nodes);
    info = next.pageInfo;
  }
  return rest;
}

/** A later page that failed (after the client's own waits when throttled): shown, never a silently shorter list. */
export type PagesError = Ref<CombinedError | null>;

/** The cohort's sessions and every seated person (all pages, sorted by name) for the attendance page. */
export function useAttendanceCohort(cohortId: () => string, pagesError: PagesError) {
  const cohortQuery = useQuery({ query: AttendanceCohortQuery, variables: () => ({ id: cohortId() }), requestPolicy: 'cache-and-network' });
  const cohort = computed(() => cohortQuery.data.value?.cohort ?? null);
  type EnrollmentRef = NonNullable<typeof cohort.value>['enrollments']['nodes'][number];
  const client = useClientHandle().client;
  const moreEnrollments = ref<EnrollmentRef[]>([]);
  const loadingMore = ref(false);

  watch(() => cohort.value?.enrollments, async (conn) => {
    const id = cohortId();
    loadingMore.value = !!conn?.pageInfo.hasNextPage;
    const rest = await restOf(conn?.pageInfo, async (after) => {
      const res = await client.query(MoreEnrollmentsQuery, { id, after }, { requestPolicy: 'network-only' }).toPromise();
      if (res.error) pagesError.value = res.error;
      return res.data?.cohort?.enrollments ?? null;
    });
    if (id === cohortId() && conn === cohort.value?.enrollments) {
      moreEnrollments.value = rest;
      loadingMore.value = false;
    }
  }, { immediate: true });

  const enrollments = computed(() =>
    useFragment(AttendanceEnrollmentDoc, [...(cohort.value?.enrollments.nodes ?? []), ...moreEnrollments.value]).sort((a, b) => a.person.name.localeCompare(b.person.name, 'id')),
  );
  return { cohortQuery, cohort, enrollments, loadingMore };
}

/** The chosen session's saved records (all pages), by person. */
export function useSessionRecords(sessionId: Ref<string | null>, pagesError: PagesError) {
  const attendanceQuery = useQuery({
    query: SessionAttendanceQuery,
    variables: () => ({ id: sessionId.value ?? '' }),
    pause: () => !sessionId.value,
    requestPolicy: 'cache-and-network',
  });
  type RecordRef = Extract<NonNullable<NonNullable<typeof attendanceQuery.data.value>['node']>, { attendances: unknown }>['attendances']['nodes'][number];
  const client = useClientHandle().client;
  const moreAttendances = ref<RecordRef[]>([]);
  /** Later pages of the session's records still coming: the statuses shown are not all there yet. */
  const loadingRecords = ref(false);

  watch(() => attendanceQuery.data.value?.node, async (node) => {
    const first = node && 'attendances' in node ? node.attendances.pageInfo : undefined;
    const sid = node?.id;
    loadingRecords.value = !!first?.hasNextPage;
    const rest = await restOf(first, async (after) => {
      const res = await client.query(SessionAttendanceQuery, { id: sid!, after }, { requestPolicy: 'network-only' }).toPromise();
      if (res.error) pagesError.value = res.error;
      const more = res.data?.node;
      return more && 'attendances' in more ? more.attendances : null;
    });
    if (node === attendanceQuery.data.value?.node) {
      moreAttendances.value = rest;
      loadingRecords.value = false;
    }
  }, { immediate: true });

  const recorded = computed(() => {
    const node = attendanceQuery.data.value?.node;
    const list = node && 'attendances' in node ? useFragment(AttendanceRecordDoc, [...node.attendances.nodes, ...moreAttendances.value]) : [];
    return new Map(list.map((a) => [a.person.id, a]));
  });
  return { attendanceQuery, recorded, loadingRecords };
}
