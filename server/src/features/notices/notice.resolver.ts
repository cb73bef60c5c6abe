import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskEmail, type NoticeKind, type NoticeLocale } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { Person } from '../persons/person.entity.js';
import { seesPersonalFields } from '../persons/personal-fields.js';
import { noticeConfig } from './notice.config.js';
import { NoticeKindEnum, NoticeLocaleEnum } from './notice.enums.js';
import {
  NotificationConnection, NotificationPreferencesInput, NotificationPreferencesPayload, NotificationPreview, NotificationsArgs,
} from './notice.inputs.js';
import { NOTICES_READ, noticeReads } from './notice.read-model.js';
import { setNotificationPreferences } from './notice.service.js';
import { renderNotice } from './notice.templates.js';
import { Notification } from './notification.entity.js';

const CONFIG = noticeConfig();

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(...NOTICES_READ)
  @Query(() => NotificationConnection, { description: "E-mail notices, newest first: an organizer's academy's, all for admins, a participant's own. What was sent, when, to whom, and whether it bounced." })
  async notifications(@Args() args: NotificationsArgs, @Ctx() { em, viewer }: Context): Promise<NotificationConnection> {
    return (await readList({ em, viewer }, noticeReads.lists.notifications, args)) as NotificationConnection;
  }

  @Authorized(...NOTICES_READ)
  @Mutation(() => NotificationPreferencesPayload, { description: 'Chooses which e-mail notices a person gets and in which language: a participant for themselves, an organizer for a person of their academy.' })
  async setNotificationPreferences(@Arg('input', () => NotificationPreferencesInput, { description: 'The person, the language and the kinds turned off.' }) input: NotificationPreferencesInput, @Ctx() { em, viewer }: Context): Promise<NotificationPreferencesPayload> {
    const personId = input.personId ? tryLocalId(input.personId, 'Person') ?? -1 : null;
    const result = await setNotificationPreferences(em, viewer, personId, input);
    return result.ok ? { person: result.value, errors: [] } : { person: null, errors: result.errors };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person it goes to; null when it goes to an account, or the person is not visible to the caller.' })
  async person(@Root() n: Notification, @Ctx() { loaders }: Context): Promise<Person | null> {
    return loaders.ref(Person, n.person);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The address it was sent to (or would have been, without SMTP); null until then. Personal data: masked without the roster scope.' })
  sentTo(@Root() n: Notification, @Ctx() { viewer }: Context): string | null {
    if (!n.sentTo) return null;
    return seesPersonalFields(viewer, n.person?.id ?? -1, n.academy.id) ? n.sentTo : maskEmail(n.sentTo);
  }

  @FieldResolver(() => NotificationPreview, { description: 'The message as it is (or would be) sent, rendered now; an invitation that went out no longer shows its code.' })
  async preview(@Root() n: Notification, @Ctx() { em }: Context): Promise<NotificationPreview> {
    const r = await renderNotice(em, n, CONFIG.publicUrl);
    return { subject: r.subject, text: r.text, html: r.html, attachments: r.attachments.map((a) => a.filename) };
  }
}

@Resolver(() => Person)
export class PersonNoticeResolver {
  @FieldResolver(() => NoticeLocaleEnum, { description: "Language of the person's e-mail notices: id (the default) or en." })
  noticeLocale(@Root() person: Person): NoticeLocale {
    return person.noticeLocale === 'en' ? 'en' : 'id';
  }

  @FieldResolver(() => [NoticeKindEnum], { description: 'Kinds of e-mail notice the person turned off (setNotificationPreferences); empty when all are on.' })
  noticesOff(@Root() person: Person): NoticeKind[] {
    return (person.noticesOff ?? []) as NoticeKind[];
  }
}
