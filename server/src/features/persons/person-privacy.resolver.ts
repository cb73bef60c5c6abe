import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ERROR_CODES } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { UserError } from '../../graphql/user-error.js';
import { audit } from '../audit/audit.service.js';
import { Person } from './person.entity.js';
import { erasePerson, exportPersonData } from './person-privacy.service.js';

@ObjectType({ description: "A person's data, for a subject-access request." })
export class PersonDataExportPayload {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Everything held about the person and the trail of who touched it.' })
  data!: Record<string, unknown> | null;

  @Field(() => [UserError], { description: 'Why nothing was exported (e.g. object/not-found); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of erasing a person.' })
export class ErasePersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person, now anonymised (counts in reports are kept); null on failure.' })
  person!: Person | null;

  @Field(() => [UserError], { description: 'Why nothing was erased (e.g. object/not-found); empty on success.' })
  errors!: UserError[];
}

@Resolver()
export class PersonPrivacyResolver {
  @Authorized('ADMIN')
  @Mutation(() => PersonDataExportPayload, { description: "A person's data export (UU PDP right of access; admins only, audited)." })
  async exportPersonData(@Arg('personId', () => ID, { description: 'Global id of the person.' }) personId: string, @Ctx() { em, viewer, ip }: Context): Promise<PersonDataExportPayload> {
    const id = tryLocalId(personId, 'Person');
    const person = id === null ? null : await em.findOne(Person, id);
    if (!person) return { data: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    await audit(em, viewer, ip, [{ action: 'privacy.export', targetType: 'Person', targetId: person.id }]);
    return { data: await exportPersonData(em, person), errors: [] };
  }

  @Authorized('ADMIN')
  @Mutation(() => ErasePersonPayload, { description: 'Erases a person: personal values anonymised, aggregate counts kept (admins only, audited).' })
  async erasePerson(@Arg('personId', () => ID, { description: 'Global id of the person.' }) personId: string, @Ctx() { em }: Context): Promise<ErasePersonPayload> {
    const id = tryLocalId(personId, 'Person');
    const person = id === null ? null : await em.findOne(Person, id);
    if (!person) return { person: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    return { person: await erasePerson(em, person), errors: [] };
  }
}
