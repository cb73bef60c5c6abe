import { useMutation } from '@urql/vue';
import { computed, nextTick, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText } from '../../composables/use-error-text';
import { graphql, type FragmentType } from '../../gql';
import type { MoveSessionInput, ScheduleOperationInput, ScheduleSessionInput } from '../../gql/graphql';
import type { ScheduleIssueDoc } from './schedule-issue.fragment';

const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) { sessions { id } issues { ...ScheduleIssueFields } errors { field code } }
  }
`);
const MoveSessionMutation = graphql(`
  mutation MoveSession($input: MoveSessionInput!) {
    moveSession(input: $input) { sessions { id version } issues { ...ScheduleIssueFields } errors { field code } }
  }
`);
const DeleteSessionMutation = graphql(`
  mutation DeleteSession($id: ID!) {
    deleteSession(id: $id) { sessions { id status } issues { ...ScheduleIssueFields } errors { field code } }
  }
`);
const ApplyScheduleMutation = graphql(`
  mutation ApplySchedule($cohortId: ID!, $operations: [ScheduleOperationInput!]!, $force: Boolean) {
    applySchedule(cohortId: $cohortId, operations: $operations, force: $force) {
      sessions { id } issues { ...ScheduleIssueFields } errors { field code }
    }
  }
`);
const AutoScheduleMutation = graphql(`
  mutation AutoSchedule($cohortId: ID!) {
    autoSchedule(cohortId: $cohortId) {
      complete
      errors { field code }
      proposal { startsAt endsAt jp module { id code title } venue { id name } facilitator { id name } }
      unplaced { reason module { id code title } }
      warnings { ...ScheduleIssueFields }
    }
  }
`);

type IssueRef = FragmentType<typeof ScheduleIssueDoc>;
/** A change the server refused for hard conflicts, kept to send again with `force`. */
type Pending =
  | { kind: 'new'; input: ScheduleSessionInput; issues: IssueRef[] }
  | { kind: 'move'; input: MoveSessionInput; issues: IssueRef[]; revert?: () => void }
  | { kind: 'apply'; operations: ScheduleOperationInput[]; issues: IssueRef[] };
interface Outcome { errors: { code: string }[]; issues: IssueRef[] }

/**
 * The schedule builder's changes, one at a time: new, moved, cancelled and applied
 * sessions and auto-schedule's proposal. A change refused for conflicts waits in
 * `pending` for "save anyway" or "undo"; a saved one leaves its warnings in `lastIssues`.
 */
export function useScheduleChanges(options: {
  cohortId: () => string | null;
  /** Reads the schedule and its conflicts again. */
  refresh: () => void;
  moduleCode: (moduleId: string | number) => string;
  /** Where the refused change is explained; it takes the focus. */
  pendingPanel: Ref<HTMLElement | null>;
  /** Turns the calendar to the proposal's first day. */
  showDate: (iso: string) => void;
}) {
  const { t } = useI18n();
  const { codeText } = useErrorText();
  const pending = ref<Pending | null>(null);
  const busy = ref(false);
  const notice = ref('');
  const failure = ref('');
  const lastIssues = ref<IssueRef[]>([]);

  const scheduleSession = useMutation(ScheduleSessionMutation);
  const moveSession = useMutation(MoveSessionMutation);
  const deleteSession = useMutation(DeleteSessionMutation);
  const applySchedule = useMutation(ApplyScheduleMutation);
  const autoSchedule = useMutation(AutoScheduleMutation);
  const requestError = computed(
    () => scheduleSession.error.value ?? moveSession.error.value ?? deleteSession.error.value ?? applySchedule.error.value ?? autoSchedule.error.value ?? null,
  );

  /** Sorts a payload into saved (with its warnings), refused for conflicts (pending), or failed. */
  async function settle(outcome: Outcome | undefined, onRefused: (issues: IssueRef[]) => Pending | null, saved: string): Promise<boolean> {
    busy.value = false;
    if (!outcome) return false;
    const codes = outcome.errors.map((e) => e.code);
    if (codes.includes('schedule/hard-conflicts')) {
      pending.value = onRefused(outcome.issues);
      await nextTick();
      options.pendingPanel.value?.focus();
      return false;
    }
    if (codes.length) {
      failure.value = codes.map((c) => codeText(c)).join(' ');
      // Someone else changed the session: show their version so the next try sends it.
      if (codes.includes('schedule/version-conflict')) options.refresh();
      return false;
    }
    pending.value = null;
    notice.value = saved;
    lastIssues.value = outcome.issues;
    options.refresh();
    return true;
  }

  function begin() {
    busy.value = true;
    notice.value = '';
    failure.value = '';
    lastIssues.value = [];
  }

  async function create(input: ScheduleSessionInput) {
    begin();
    const res = await scheduleSession.executeMutation({ input }, { additionalTypenames: ['Session'] });
    const moduleCode = options.moduleCode(input.moduleId);
    await settle(res.data?.scheduleSession, (i) => ({ kind: 'new', input, issues: i }), t('schedule.created', { module: moduleCode }));
  }

  async function move(input: MoveSessionInput, revert?: () => void) {
    begin();
    const res = await moveSession.executeMutation({ input }, { additionalTypenames: ['Session'] });
    const ok = await settle(res.data?.moveSession, (i) => ({ kind: 'move', input, issues: i, revert }), t('schedule.moved'));
    if (!ok && !pending.value) revert?.();
  }

  async function apply(operations: ScheduleOperationInput[], force = false) {
    const cohortId = options.cohortId();
    if (!cohortId) return;
    begin();
    const res = await applySchedule.executeMutation({ cohortId, operations, force }, { additionalTypenames: ['Session'] });
    const ok = await settle(res.data?.applySchedule, (i) => ({ kind: 'apply', operations, issues: i }), t('schedule.applied', { n: res.data?.applySchedule.sessions.length ?? 0 }));
    if (ok) proposal.value = null;
  }

  function saveAnyway() {
    const p = pending.value;
    if (!p) return;
    if (p.kind === 'new') void create({ ...p.input, force: true });
    else if (p.kind === 'move') void move({ ...p.input, force: true }, p.revert);
    else void apply(p.operations, true);
  }
  function undo() {
    const p = pending.value;
    if (p?.kind === 'move') p.revert?.();
    pending.value = null;
    notice.value = t('schedule.undone');
  }

  /** Cancels a session; true when it is gone. */
  async function cancel(id: string, label: string): Promise<boolean> {
    begin();
    const res = await deleteSession.executeMutation({ id }, { additionalTypenames: ['Session'] });
    return settle(res.data?.deleteSession, () => null, t('schedule.cancelled', { session: label }));
  }

  // Auto-schedule: a proposal to look at, then apply or discard.
  type Proposal = NonNullable<typeof autoSchedule.data.value>['autoSchedule'];
  const proposal = ref<Proposal | null>(null);
  async function runAuto() {
    const cohortId = options.cohortId();
    if (!cohortId) return;
    begin();
    proposal.value = null;
    const res = await autoSchedule.executeMutation({ cohortId });
    busy.value = false;
    const payload = res.data?.autoSchedule;
    if (!payload) return;
    if (payload.errors.length) {
      failure.value = payload.errors.map((e) => codeText(e.code)).join(' ');
      return;
    }
    proposal.value = payload;
    const first = payload.proposal[0];
    if (first) options.showDate(first.startsAt);
  }
  function applyProposal() {
    if (!proposal.value) return;
    void apply(proposal.value.proposal.map((p) => ({
      moduleId: p.module.id,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      venueId: p.venue?.id ?? null,
      facilitatorId: p.facilitator?.id ?? null,
    })));
  }
  function discardProposal() {
    proposal.value = null;
    notice.value = t('schedule.discarded');
  }

  return { pending, busy, notice, failure, lastIssues, requestError, autoSchedule, proposal, create, move, cancel, saveAnyway, undo, runAuto, applyProposal, discardProposal };
}
