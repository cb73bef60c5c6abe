import { shallowRef } from 'vue';

export interface ConfirmRequest {
  /** The question with its consequence, e.g. "Cancel session X? Participants will see it as cancelled." */
  message: string;
  /** Heading; defaults to "Please confirm". */
  title?: string;
  /** Label of the button that goes ahead; defaults to "Yes, continue". */
  accept?: string;
  /** The action destroys or removes something: the button says so in red. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest { resolve: (ok: boolean) => void }

/** The question ConfirmDialog.vue shows now; one at a time, like `window.confirm`. */
export const pendingConfirm = shallowRef<Pending | null>(null);

export function settleConfirm(ok: boolean): void {
  const pending = pendingConfirm.value;
  if (!pending) return;
  pendingConfirm.value = null;
  pending.resolve(ok);
}

/**
 * Asks before an action that is hard to undo, through the app's own dialog.
 * Resolves true when the user goes ahead, false on "No", Escape or a click outside.
 */
export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  settleConfirm(false);
  return new Promise((resolve) => (pendingConfirm.value = { ...request, resolve }));
}
