import { ref } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * The form state of a catalogue list page: closed (undefined), adding (null) or editing
 * one object; after a save the form closes and a notice names what was added or saved.
 */
export function useCatalogueEditing<T>(refresh: () => void) {
  const { t } = useI18n();
  const editing = ref<T | null | undefined>(undefined);
  const notice = ref('');

  function open(item: T | null) {
    notice.value = '';
    editing.value = item;
  }
  function saved(name: string) {
    notice.value = t(editing.value ? 'catalogue.saved' : 'catalogue.created', { name });
    editing.value = undefined;
    refresh();
  }
  return { editing, notice, open, saved, close: () => (editing.value = undefined) };
}
