import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * What every edit of a versioned object (graphql/archivable.entity.ts) sends first: which
 * object, and the version the editor read. A stale version is refused with
 * `object/stale-version` and the current object, so two editors never overwrite each other.
 * Not a GraphQL type of its own (no field takes it): each `Update…Input` extends it and carries its fields.
 */
@InputType()
export abstract class VersionedEdit {
  @Field(() => ID, { description: 'Global id of the object to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version that was read; a stale one is refused (object/stale-version).' })
  version!: number;
}
