import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { NoticeKind, NoticeLocale, NotificationStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Person } from '../persons/person.entity.js';
import { NoticeKindEnum, NoticeLocaleEnum, NotificationStatusEnum } from './notice.enums.js';

/** The host part of the Message-IDs Lintas makes; the id itself is fixed when the notice is written. */
export const MESSAGE_ID_HOST = 'lintas.notices';

/**
 * The e-mail outbox: one row per notice to one recipient, written in the transaction of the
 * change that causes it (notice.outbox.ts), unique per academy and key so a repeated cause
 * writes nothing twice. The address is looked up when the notice is sent, the message is
 * rendered then too, and the Message-ID is fixed here, so a resend after a crash is
 * recognisable as the same message.
 */
@ObjectType({ implements: Node, description: 'An e-mail notice to one person or account: what it is about, where it stands, and a preview of the message.' })
@Entity()
@Unique({ properties: ['academy', 'key'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class Notification extends Node<'status' | 'attempts' | 'nextAttemptAt' | 'lease' | 'lastErrorCode' | 'sentAt' | 'sentTo' | 'messageId' | 'locale'> {
  @ManyToOne(() => Academy, { ref: true })
  academy!: Ref<Academy>;

  /** De-duplication key within the academy, e.g. `reminder:<session>:<start>:<person>`. */
  @Property({ type: 'string', length: 200 })
  key!: string;

  @Field(() => NoticeKindEnum, { description: 'What the notice is about.' })
  @Enum({ items: () => NoticeKindEnum, type: 'string' })
  kind!: NoticeKind;

  /** The person it goes to (their e-mail address); null when it goes to an account. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person?: Ref<Person> | null;

  /** The account it goes to (an agency's HR officer, an organizer); null when it goes to a person. */
  @ManyToOne(() => Account, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  account?: Ref<Account> | null;

  @Field(() => NoticeLocaleEnum, { description: "Language it is written in: the person's choice when it was written, Indonesian by default." })
  @Property({ type: 'string', length: 2 })
  locale: NoticeLocale = 'id';

  /** What the template needs, as ids and plain values (NoticeRequest.data); the invitation code is removed once sent. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Field(() => NotificationStatusEnum, { description: 'Where it stands: waiting, sent, failed, bounced, or not sent and why.' })
  @Enum({ items: () => NotificationStatusEnum, type: 'string' })
  @Index()
  status: NotificationStatus = 'PENDING';

  @Field(() => Int, { description: 'Attempts made to hand it to the SMTP server.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once it is final.' })
  @Property({ type: 'Date', nullable: true })
  nextAttemptAt: Date | null = new Date();

  /** Claim counter: a sender owns the notice when its conditional UPDATE moved it from the value it read. */
  @Property({ type: 'integer' })
  lease: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, as a code without personal values: SMTP_<reply code> (e.g. SMTP_421, SMTP_550), the connection failure (ECONNECTION, ETIMEDOUT…), or RENDER when what it is about could not be read.' })
  @Property({ type: 'string', length: 40, nullable: true })
  lastErrorCode: string | null = null;

  @Field(() => String, { description: 'The Message-ID header, fixed when the notice was written: a resend carries the same one, so receivers can drop duplicates.' })
  @Property({ type: 'string', length: 200 })
  @Unique()
  messageId: string = `<${randomUUID()}@${MESSAGE_ID_HOST}>`;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it.' })
  @Property({ type: 'Date', nullable: true })
  sentAt: Date | null = null;

  /** Personal data: the address it was sent to (exposed masked like the NIP). */
  @Property({ type: 'string', length: 200, nullable: true })
  sentTo: string | null = null;
}
