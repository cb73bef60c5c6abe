import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NoticeKind, NoticeLocale, NotificationStatus } from '@lintas/shared';
import { Connection, ConnectionArgs } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Person } from '../persons/person.entity.js';
import { NoticeKindEnum, NoticeLocaleEnum, NotificationStatusEnum } from './notice.enums.js';
import { Notification } from './notification.entity.js';

@ObjectType({ description: 'A page of e-mail notices.' })
export class NotificationConnection extends Connection(Notification) {}

@InputType({ description: 'Which notices to list; every field narrows the list.' })
export class NotificationFilter {
  @Field(() => ID, { nullable: true, description: 'Only notices to this person (global id).' })
  personId?: string | null;

  @Field(() => NoticeKindEnum, { nullable: true, description: 'Only notices of this kind.' })
  kind?: NoticeKind | null;

  @Field(() => NotificationStatusEnum, { nullable: true, description: 'Only notices in this status (e.g. BOUNCED).' })
  status?: NotificationStatus | null;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => NotificationFilter, { nullable: true, description: 'Narrows the list; all visible notices when absent.' })
  filter?: NotificationFilter | null;
}

@ObjectType({ description: 'A notice as it is (or would be) sent: rendered now from the outbox row, in its language and the recipient\'s zone.' })
export class NotificationPreview {
  @Field({ description: 'The subject line.' })
  subject!: string;

  @Field({ description: 'The plain-text part.' })
  text!: string;

  @Field({ description: 'The HTML part (names and values escaped).' })
  html!: string;

  @Field(() => [String], { description: 'File names of the attachments, e.g. sesi.ics for a schedule change or cancellation.' })
  attachments!: string[];
}

@InputType({ description: "A person's choice of e-mail notices." })
export class NotificationPreferencesInput {
  @Field(() => ID, { nullable: true, description: 'The person (organizers and admins); a participant omits it and sets their own.' })
  personId?: string | null;

  @Field(() => NoticeLocaleEnum, { nullable: true, description: 'Language of the notices; unchanged when absent.' })
  locale?: NoticeLocale | null;

  @Field(() => [NoticeKindEnum], { nullable: true, description: 'The kinds turned off (the others are on); unchanged when absent. INVITATION and SESSION_CANCELLED cannot be turned off (notice/mandatory).' })
  off?: NoticeKind[] | null;
}

@ObjectType({ description: 'The result of setNotificationPreferences.' })
export class NotificationPreferencesPayload {
  @Field(() => Person, { nullable: true, description: 'The person with the new choice; null when refused.' })
  person!: Person | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}
