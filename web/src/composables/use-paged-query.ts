import type { TypedDocumentNode } from '@urql/core';
import { useQuery, type UseQueryResponse } from '@urql/vue';
import { computed, ref, watch, type Ref } from 'vue';

interface Page {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

type PageVariables = { first: number; after?: string | null };

/**
 * One paged Relay list: a stack of `after` cursors for next/previous, reset when
 * the filter variables change. `connection` picks the connection out of the data.
 */
export function usePagedQuery<TData, TVars extends PageVariables, TPage extends Page>(options: {
  query: TypedDocumentNode<TData, TVars>;
  variables: () => Omit<TVars, 'first' | 'after'>;
  connection: (data: TData) => TPage | null | undefined;
  pageSize?: number;
  pause?: () => boolean;
  /** Lists show what the cache has at once and refresh it from the server. */
  requestPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
}) {
  const pageSize = options.pageSize ?? 25;
  const cursors: Ref<(string | null)[]> = ref([null]);
  const after = computed(() => cursors.value[cursors.value.length - 1] ?? null);

  watch(
    () => JSON.stringify(options.variables()),
    () => (cursors.value = [null]),
  );

  const result = useQuery<TData, TVars>({
    query: options.query,
    variables: (() => ({ ...options.variables(), first: pageSize, after: after.value })) as () => TVars,
    pause: () => options.pause?.() ?? false,
    requestPolicy: options.requestPolicy ?? 'cache-and-network',
  } as never) as UseQueryResponse<TData, TVars>;

  const page = computed<TPage | null>(() => (result.data.value ? (options.connection(result.data.value) ?? null) : null));
  const totalCount = computed(() => page.value?.totalCount ?? 0);
  const pageNumber = computed(() => cursors.value.length);
  const pageCount = computed(() => Math.max(1, Math.ceil(totalCount.value / pageSize)));
  const hasNext = computed(() => !!page.value?.pageInfo.hasNextPage);
  const hasPrevious = computed(() => cursors.value.length > 1);
  const firstIndex = computed(() => (pageNumber.value - 1) * pageSize);

  function next() {
    const end = page.value?.pageInfo.endCursor;
    if (hasNext.value && end) cursors.value = [...cursors.value, end];
  }
  function previous() {
    if (hasPrevious.value) cursors.value = cursors.value.slice(0, -1);
  }
  /** Reloads the current page from the server, e.g. after a mutation. */
  function refresh() {
    result.executeQuery({ requestPolicy: 'network-only' });
  }

  return {
    data: result.data,
    error: result.error,
    fetching: result.fetching,
    page,
    totalCount,
    pageNumber,
    pageCount,
    pageSize,
    firstIndex,
    hasNext,
    hasPrevious,
    next,
    previous,
    refresh,
  };
}


/** What a pager control needs of `usePagedQuery`. */
export type Pager = Pick<ReturnType<typeof usePagedQuery>, 'totalCount' | 'firstIndex' | 'hasNext' | 'hasPrevious' | 'next' | 'previous'>;
