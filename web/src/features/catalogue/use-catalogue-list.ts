import type { CombinedError, TypedDocumentNode } from '@urql/core';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { computed, ref, type Ref } from 'vue';
import { useArchive } from '../../composables/use-archive';
import { useCatalogueEditing } from '../../composables/use-catalogue-editing';
import { usePagedQuery, type Pager } from '../../composables/use-paged-query';
import { useFragment, type FragmentType } from '../../gql';

/** What the shell of a catalogue list needs of one row. */
export interface CatalogueRow {
  id: string;
  name: string;
  archivedAt: string | null;
}

/** The variables every catalogue list query takes. */
type CatalogueListVariables = { first: number; after?: string | null; includeArchived?: boolean | null };

interface CatalogueConnection<T> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  nodes: FragmentType<DocumentTypeDecoration<T, unknown>>[];
}

/** The state of one catalogue list page, as `CatalogueListPage` shows it. */
export interface CatalogueList<T extends CatalogueRow> {
  includeArchived: Ref<boolean>;
  pager: Pager & { error: Ref<CombinedError | undefined>; fetching: Ref<boolean>; refresh: () => void };
  rows: Readonly<Ref<T[]>>;
  /** Closed (undefined), adding (null) or editing one row. */
  editing: Ref<T | null | undefined>;
  notice: Ref<string>;
  open: (item: T | null) => void;
  saved: (name: string) => void;
  close: () => void;
  archive: (row: T) => Promise<void>;
  restore: (row: T) => Promise<void>;
  archiveError: Ref<string>;
}

/**
 * A paged catalogue list (50 a page, archived rows on request) with its add/edit form
 * state and archive/restore; `typename` lets urql refetch the lists that hold the object.
 * The query spreads the row's `fragment`; the rows are read through it.
 */
export function useCatalogueList<TData, T extends CatalogueRow>(options: {
  query: TypedDocumentNode<TData, CatalogueListVariables>;
  fragment: DocumentTypeDecoration<T, unknown>;
  connection: (data: TData) => CatalogueConnection<T> | null | undefined;
  typename: string;
}): CatalogueList<T> {
  const includeArchived = ref(false);
  const pager = usePagedQuery({
    query: options.query,
    variables: () => ({ includeArchived: includeArchived.value }),
    connection: options.connection,
    pageSize: 50,
  });
  const rows = computed(() => useFragment(options.fragment, pager.page.value?.nodes ?? []));
  const { editing, notice, open, saved, close } = useCatalogueEditing<T>(() => pager.refresh());
  const { archive, restore, error: archiveError } = useArchive(options.typename, () => pager.refresh());
  return {
    includeArchived,
    pager,
    rows,
    editing: editing as Ref<T | null | undefined>,
    notice,
    open,
    saved,
    close,
    archive: (row) => archive({ id: row.id, label: row.name }),
    restore: (row) => restore(row),
    archiveError,
  };
}
