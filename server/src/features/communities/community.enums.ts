import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';

/** Where a membership stands: waiting for a facilitator's approval, or a member. */
export const MEMBERSHIP_STATUSES = ['PENDING', 'ACTIVE'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const MembershipStatusEnum = enumOf(MEMBERSHIP_STATUSES);
registerEnumType(MembershipStatusEnum, {
  name: 'CommunityMembershipStatus', description: 'Where a membership of a community stands.',
  valuesConfig: { PENDING: { description: 'Asked to join; waits for a facilitator or an organizer.' }, ACTIVE: { description: 'A member.' } },
});

/** A member's part in a community. */
export const MEMBER_ROLES = ['MEMBER', 'FACILITATOR'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MemberRoleEnum = enumOf(MEMBER_ROLES);
registerEnumType(MemberRoleEnum, {
  name: 'CommunityRole', description: "A member's part in a community.",
  valuesConfig: { MEMBER: { description: 'Takes part.' }, FACILITATOR: { description: 'Leads it: approves members, schedules meetings, adds units.' } },
});

/** Where JP of a person in a year come from, in `earnedCte`. */
export const JP_SOURCES = ['LINTAS', 'MICRO_LEARNING', 'EXTERNAL'] as const;
export type JpSource = (typeof JP_SOURCES)[number];
export const JpSourceEnum = enumOf(JP_SOURCES);
registerEnumType(JpSourceEnum, {
  name: 'JpSource', description: 'Where JP earned in a year come from; each learning counts under one source only.',
  valuesConfig: {
    LINTAS: { description: 'Sessions of Lintas cohorts attended (present or late).' },
    MICRO_LEARNING: { description: "Micro-learning units completed: the year's minutes summed, then floor(minutes ÷ 45)." },
    EXTERNAL: { description: 'External learning records (other platforms, other organizers), minus any that duplicate a Lintas cohort.' },
  },
});
