/**
 * Who a session is for: the people seated in its cohort, or, for a session given to one
 * group (`session.group_id`), that group's members among them. The attendance sheet, JP
 * progress, completion and schedule conflicts all ask through these forms.
 */

/** SQL: the session aliased `s` is for the person whose id is `person` (seating is checked by the caller). */
export const sessionForSql = (s = 's', person = 'e.person_id') =>
  `(${s}.group_id is null or exists (select 1 from cohort_group_member gm where gm.group_id = ${s}.group_id and gm.person_id = ${person}))`;

/** JS: two sessions of one cohort may have people in common (groups of a cohort are disjoint). */
export const maySharepeople = (a: number | null | undefined, b: number | null | undefined): boolean => !a || !b || a === b;

/** JS: the session (its group) is for a person in `personGroup` (null: in no group). */
export const isSessionFor = (sessionGroup: number | null | undefined, personGroup: number | null | undefined): boolean =>
  !sessionGroup || sessionGroup === personGroup;
