import { describe, expect, it } from 'vitest';
import type { EvaluationCell } from './evaluation.repository.js';
import { byGroup, groupFigures } from './evaluation.summary.js';

const cell = (row: EvaluationCell['row'], eselonGroup: string, n: number, rating: number | null = null): EvaluationCell => ({
  row, formId: 1, target: 'COHORT', facilitatorId: null, venueId: null, respondent: 'PARTICIPANT', eselonGroup, generation: 'GEN_X', question: rating === null ? -1 : 0, rating, choice: null, n,
});

describe('the anonymity threshold', () => {
  it('hides a group of 4 and shows a group of 5, totals included', () => {
    expect(groupFigures(null, 4, 10, [cell('answer', 'II', 4, 5)])).toEqual({ group: null, respondents: null, eligible: 10, responseRate: null, mean: null, suppressed: true });
    expect(groupFigures(null, 5, 10, [cell('answer', 'II', 3, 5), cell('answer', 'II', 2, 2)])).toEqual({ group: null, respondents: 5, eligible: 10, responseRate: 0.5, mean: 3.8, suppressed: false });
  });

  it('lists every eselon group, each judged on its own respondents', () => {
    const groups = byGroup('eselonGroup', [cell('respondents', 'II', 5), cell('respondents', 'JF', 4)], [cell('eligible', 'II', 6), cell('eligible', 'JF', 4)], [cell('answer', 'II', 5, 4), cell('answer', 'JF', 4, 2)]);
    expect(groups.map((g) => [g.group, g.respondents, g.mean, g.suppressed])).toEqual([
      ['I', null, null, true], ['II', 5, 4, false], ['III', null, null, true], ['IV', null, null, true], ['JF', null, null, true], ['PELAKSANA', null, null, true],
    ]);
  });
});
