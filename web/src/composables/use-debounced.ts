import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** Follows `source`, but only once it has stayed unchanged for `delay` ms (search boxes). */
export function useDebounced<T>(source: () => T, delay = 350): Ref<T> {
  const settled = ref(source()) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (settled.value = value), delay);
  });
  onScopeDispose(() => clearTimeout(timer));
  return settled;
}
