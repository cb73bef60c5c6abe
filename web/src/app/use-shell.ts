import { useMediaQuery } from '@vueuse/core';
import { computed } from 'vue';
import { useViewer } from '../features/accounts/use-viewer';

/**
 * The shell's layout, decided once for the header and the page: phones get the Menu sheet;
 * on wider screens the academy's staff, who move between some twenty pages, get the
 * navigation as a side bar in groups; participants and agencies' HR officers, who have a
 * few pages, keep it in the header bar.
 */
export function useShell() {
  const { ready, isStaff } = useViewer();
  const phone = useMediaQuery('(max-width: 760px)');
  const side = computed(() => !phone.value && ready.value && isStaff.value);
  return { phone, side };
}
