import { GENERATIONS, isScheduleIssueCode, SCHEDULE_ISSUE_PARAM_NAMES, SCHEDULE_ISSUES, type ScheduleIssueParamName } from '@lintas/shared';
import { useI18n } from 'vue-i18n';
import { useFormat } from '../../composables/use-format';
import { useErrorText } from '../../composables/use-error-text';

/** What wording needs of an issue: its code and params (as the ScheduleIssueFields fragment reads them). */
export interface WordableIssue {
  code: string;
  params: Partial<Record<ScheduleIssueParamName, string | number | readonly string[] | null>>;
}

type Format = ReturnType<typeof useFormat>;

/** Each param as the language writes it; the other session's start in the cohort's zone (`timeZone`, IANA). */
export function formatParams(
  params: WordableIssue['params'], f: Format, timeZone: string,
  generationName: (code: string) => string = (g) => GENERATIONS.find((x) => x.code === g)?.label ?? g,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params) as [ScheduleIssueParamName, string | number | readonly string[] | null][]) {
    if (value == null || !SCHEDULE_ISSUE_PARAM_NAMES.includes(name)) continue; // e.g. urql's __typename
    switch (name) {
      case 'date':
        out[name] = f.dayLong(String(value));
        break;
      case 'cohortStartDate':
      case 'cohortEndDate':
        out[name] = f.day(String(value));
        break;
      case 'otherStartsAt':
        out[name] = `${f.zonedDay(String(value), timeZone)} ${f.zonedClock(String(value), timeZone)}`;
        break;
      case 'workdayStart':
      case 'workdayEnd':
        out[name] = f.clock(String(value));
        break;
      case 'venueCapacity':
      case 'personCount':
      case 'scheduledJp':
      case 'plannedJp':
        out[name] = f.number(Number(value));
        break;
      case 'outsideGenerations':
        out[name] = (value as readonly string[]).map(generationName).join(', ');
        break;
      default:
        out[name] = String(value);
    }
  }
  return out;
}

/**
 * Words a schedule conflict or warning in the UI language from its code and params.
 * An issue missing a param its code promises (or a code this SPA does not know yet)
 * falls back to the code's general sentence, never to the server's English.
 */
export function useIssueText() {
  const { t, te } = useI18n();
  const f = useFormat();
  const { codeText } = useErrorText();

  function issueText(issue: WordableIssue, timeZone: string): string {
    const key = `scheduleIssue.${issue.code}`;
    if (!isScheduleIssueCode(issue.code) || !te(key)) return codeText(issue.code);
    const needs = SCHEDULE_ISSUES[issue.code].params as readonly ScheduleIssueParamName[];
    if (needs.some((n) => issue.params?.[n] == null)) return codeText(issue.code);
    return t(key, formatParams(issue.params, f, timeZone, (g) => t(`generation.${g}`)));
  }

  return { issueText };
}
