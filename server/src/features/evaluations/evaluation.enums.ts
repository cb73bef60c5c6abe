import { registerEnumType } from 'type-graphql';
import { EVALUATION_KINDS, EVALUATION_TARGETS, QUESTION_KINDS, RESPONDENT_ROLES, EVALUATION_TEMPLATES } from '@lintas/shared';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EvaluationKindEnum = asEnum(EVALUATION_KINDS);
registerEnumType(EvaluationKindEnum, {
  name: 'EvaluationKind',
  description: 'Which Kirkpatrick level a form measures.',
  valuesConfig: {
    REACTION: { description: 'Level 1: participants rate the running, the facilitators or the venue after the sessions ended.' },
    FOLLOW_UP: { description: "Level 3: alumni and their supervisors answer months after the cohort closed (the form's monthsAfter)." },
  },
});

export const EvaluationTargetEnum = asEnum(EVALUATION_TARGETS);
registerEnumType(EvaluationTargetEnum, {
  name: 'EvaluationTarget',
  description: 'What the answers to a form are about.',
  valuesConfig: {
    COHORT: { description: "The cohort's running (penyelenggaraan); one answer per respondent." },
    FACILITATOR: { description: "Each facilitator (widyaiswara) of the cohort's sessions; one answer per respondent and facilitator, after one of their sessions ended." },
    VENUE: { description: "Each venue of the cohort's sessions; one answer per respondent and venue, after a session there ended." },
  },
});

export const QuestionKindEnum = asEnum(QUESTION_KINDS);
registerEnumType(QuestionKindEnum, {
  name: 'QuestionKind',
  description: 'How a question is answered.',
  valuesConfig: {
    RATING: { description: 'A rating from 1 (very poor) to 5 (very good).' },
    CHOICE: { description: "One of the question's options." },
    TEXT: { description: 'Free text (up to 2000 characters); never shown per group, only listed.' },
  },
});

export const RespondentRoleEnum = asEnum(RESPONDENT_ROLES);
registerEnumType(RespondentRoleEnum, {
  name: 'RespondentRole',
  description: 'In what capacity someone answers a form.',
  valuesConfig: {
    PARTICIPANT: { description: 'A participant seated in the cohort (level 1).' },
    ALUMNUS: { description: 'Someone who completed the cohort (level 3).' },
    SUPERVISOR: { description: "An alumnus's direct supervisor, answering about them (level 3)." },
  },
});

export const EvaluationTemplateEnum = asEnum(EVALUATION_TEMPLATES);
registerEnumType(EvaluationTemplateEnum, {
  name: 'EvaluationTemplate',
  description: "Maintained form templates an academy copies (their questions are Lintas's, in Indonesian).",
  valuesConfig: {
    PENYELENGGARAAN: { description: '"Evaluasi penyelenggaraan": the running of the cohort (REACTION, COHORT).' },
    PENGAJAR: { description: '"Evaluasi pengajar/widyaiswara": each facilitator (REACTION, FACILITATOR).' },
    TINDAK_LANJUT: { description: '"Evaluasi pasca-pelatihan": what changed at work, for alumni and supervisors (FOLLOW_UP, COHORT).' },
  },
});
