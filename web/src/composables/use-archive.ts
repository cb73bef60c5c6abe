import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { graphql } from '../gql';
import { confirmAction } from './use-confirm';
import { useErrorText } from './use-error-text';

const ArchiveMutation = graphql(`
  mutation ArchiveNode($id: ID!) {
    archive(id: $id) { node { id } errors { field code } }
  }
`);
const RestoreMutation = graphql(`
  mutation RestoreNode($id: ID!) {
    restore(id: $id) { node { id } errors { field code } }
  }
`);

/**
 * Archive and restore of any catalogue object by global id: archiving asks first (the
 * object stays in history, refused for new use), restoring does not. `error` holds the
 * worded refusal; `typename` lets urql refetch the lists that hold it.
 */
export function useArchive(typename: string, done: () => void) {
  const { t } = useI18n();
  const { codeText, requestText } = useErrorText();
  const archiveM = useMutation(ArchiveMutation);
  const restoreM = useMutation(RestoreMutation);
  const error = ref('');

  async function archive(item: { id: string; label: string }) {
    error.value = '';
    const ok = await confirmAction({ message: t('catalogue.confirmArchive', { name: item.label }), accept: t('catalogue.archive'), danger: true });
    if (!ok) return;
    const result = await archiveM.executeMutation({ id: item.id }, { additionalTypenames: [typename] });
    finish(result.data?.archive, result.error);
  }

  async function restore(item: { id: string }) {
    error.value = '';
    const result = await restoreM.executeMutation({ id: item.id }, { additionalTypenames: [typename] });
    finish(result.data?.restore, result.error);
  }

  function finish(payload: { errors: { code: string }[] } | null | undefined, failure: Parameters<typeof requestText>[0]) {
    if (!payload) error.value = requestText(failure);
    else if (payload.errors.length) error.value = codeText(payload.errors[0]!.code);
    done();
  }

  return { archive, restore, error, busy: () => archiveM.fetching.value || restoreM.fetching.value };
}
