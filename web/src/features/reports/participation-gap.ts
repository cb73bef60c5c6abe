import { LEADER_GROUPS, type EselonGroup } from '@lintas/shared';

/** Enrolled people and roster of one side (leaders or everyone else). */
export interface Side {
  roster: number;
  enrolled: number;
  /** enrolled ÷ roster, 0 for an empty roster. */
  rate: number;
}

/**
 * How the leaders (eselon I–II) take part compared with everyone else, in the
 * words the sentence needs. Below 5 % apart the two count as the same.
 */
export type Gap =
  | { kind: 'empty' }
  | { kind: 'noLeaders'; rest: Side }
  | { kind: 'onlyLeaders'; leaders: Side }
  | { kind: 'noneYet'; leaders: Side; rest: Side }
  | { kind: 'leadersNone'; leaders: Side; rest: Side }
  | { kind: 'restNone'; leaders: Side; rest: Side }
  | { kind: 'same' | 'lower' | 'higher'; leaders: Side; rest: Side; ratio: number };

const SAME_WITHIN = 1.05;

function side(rows: readonly { roster: number; enrolled: number }[]): Side {
  const roster = rows.reduce((s, r) => s + r.roster, 0);
  const enrolled = rows.reduce((s, r) => s + r.enrolled, 0);
  return { roster, enrolled, rate: roster ? enrolled / roster : 0 };
}

/**
 * Leaders against the rest from the rows of `participationByEselon`. Each person is in
 * exactly one group, so the sides' counts are sums and their rates are pooled, not averaged.
 */
export function participationGap(rows: readonly { group: EselonGroup; roster: number; enrolled: number }[]): Gap {
  const isLeader = (g: EselonGroup) => LEADER_GROUPS.includes(g);
  const leaders = side(rows.filter((r) => isLeader(r.group)));
  const rest = side(rows.filter((r) => !isLeader(r.group)));
  if (!leaders.roster && !rest.roster) return { kind: 'empty' };
  if (!leaders.roster) return { kind: 'noLeaders', rest };
  if (!rest.roster) return { kind: 'onlyLeaders', leaders };
  if (!leaders.enrolled && !rest.enrolled) return { kind: 'noneYet', leaders, rest };
  if (!leaders.enrolled) return { kind: 'leadersNone', leaders, rest };
  if (!rest.enrolled) return { kind: 'restNone', leaders, rest };
  const ratio = Math.max(leaders.rate, rest.rate) / Math.min(leaders.rate, rest.rate);
  const kind = ratio < SAME_WITHIN ? 'same' : leaders.rate < rest.rate ? 'lower' : 'higher';
  return { kind, leaders, rest, ratio };
}

/** The one sentence, e.g. "Pimpinan (eselon I–II) berpartisipasi 12,5% — 3,4 kali lebih rendah dari pegawai lain (42,1%)." */
export function gapSentence(
  gap: Gap,
  t: (key: string, values?: Record<string, string>) => string,
  format: { percent: (share: number) => string; ratio: (n: number) => string },
): string {
  const values: Record<string, string> = {};
  if ('leaders' in gap) values.leaders = format.percent(gap.leaders.rate);
  if ('rest' in gap) values.rest = format.percent(gap.rest.rate);
  if ('ratio' in gap) values.ratio = format.ratio(gap.ratio);
  return t(`reports.gap.${gap.kind}`, values);
}
