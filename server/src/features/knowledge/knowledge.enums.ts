import { registerEnumType } from 'type-graphql';
import { KNOWLEDGE_KINDS, KNOWLEDGE_ROLES, KNOWLEDGE_STATUSES } from '@lintas/shared';
import { enumOf } from '../../graphql/enums.js';

export const KnowledgeKindEnum = enumOf(KNOWLEDGE_KINDS);
registerEnumType(KnowledgeKindEnum, {
  name: 'KnowledgeKind',
  description: 'What kind of knowledge an item documents.',
  valuesConfig: {
    BEST_PRACTICE: { description: 'A best-practice report: what worked, where, and why.' },
    VIDEO_TUTORIAL: { description: 'A video tutorial: the link to the video and its notes.' },
    FAQ: { description: 'A frequently asked question and its answer.' },
    INTERVIEW: { description: 'A documented interview, usually a mentor with a retiring official (the interviewee).' },
    PROCEDURE: { description: 'A procedure (SOP): the steps of a piece of work.' },
  },
});

export const KnowledgeStatusEnum = enumOf(KNOWLEDGE_STATUSES);
registerEnumType(KnowledgeStatusEnum, {
  name: 'KnowledgeStatus',
  description: "A knowledge item's review state: DRAFT → PUBLISHED → ARCHIVED.",
  valuesConfig: {
    DRAFT: { description: 'Being written: seen by its authors and contributors and the academy\'s organizers only.' },
    PUBLISHED: { description: 'Open to every signed-in person of the academy and to tokens with knowledge:read.' },
    ARCHIVED: { description: 'Withdrawn from reading; organizers and its authors still see it, and may publish it again.' },
  },
});

export const KnowledgeRoleEnum = enumOf(KNOWLEDGE_ROLES);
registerEnumType(KnowledgeRoleEnum, {
  name: 'KnowledgeRole',
  description: 'How a person of the roster took part in a knowledge item.',
  valuesConfig: {
    AUTHOR: { description: 'Wrote the item (for an interview: the mentor who recorded it).' },
    CONTRIBUTOR: { description: 'Helped with it (e.g. the young mentor of a reverse-mentoring pair).' },
    INTERVIEWEE: { description: 'Was interviewed: the official whose knowledge the interview keeps.' },
  },
});
