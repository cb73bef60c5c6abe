import { Entity, Enum, ManyToOne, OneToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Role } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { RoleEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({ implements: Node, description: "Who signs in: an admin, an organizer of one academy, an agency's HR officer, or a participant (one person)." })
@Entity()
export class Account extends Node<'disabled' | 'totpEnabled' | 'recoveryCodeHashes'> {
  @Field(() => String, { nullable: true, description: 'Sign-in name of admins and organizers; participants sign in with their NIP.' })
  @Property({ type: 'string', length: 200, nullable: true })
  @Unique()
  email?: string | null;

  @Field({ description: 'Display name of the account holder.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the account may do: ADMIN, ORGANIZER, AGENCY_HR or PARTICIPANT.' })
  @Enum({ items: () => RoleEnum, type: 'string' })
  role!: Role;

  /** The academy an organizer works for. */
  @ManyToOne(() => Academy, { ref: true, nullable: true, index: true })
  academy?: Ref<Academy> | null;

  /** The agency an AGENCY_HR officer works for (its academy is `academy`). */
  @ManyToOne(() => Agency, { ref: true, nullable: true, index: true })
  agency?: Ref<Agency> | null;

  /** The person a participant is. */
  @OneToOne(() => Person, { ref: true, nullable: true, owner: true, unique: true })
  person?: Ref<Person> | null;

  /** Argon2id; null until a participant redeems an invitation. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  totpSecret?: string | null;

  @Field({ description: 'An authenticator app is enrolled.' })
  @Property({ type: 'boolean' })
  totpEnabled: boolean = false;

  /** The last TOTP time step accepted: a code of that step or before is a replay. */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep?: string | null;

  /** SHA-256 of the unused recovery codes. */
  @Property({ type: 'json', hidden: true })
  recoveryCodeHashes: string[] = [];

  @Field({ description: 'A disabled account cannot sign in, and its open sessions stop working.' })
  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the account last signed in successfully; null if never.' })
  @Property({ type: 'Date', nullable: true })
  lastSignInAt?: Date | null;
}
