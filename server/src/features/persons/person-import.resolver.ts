import { Args, Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ROSTER_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { Connection, ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { PersonImport, type StoredRowError } from './person-import.entity.js';
import { personImportReads } from './person-import.read-model.js';
import { liveRowsRead } from './person-import.service.js';

@ObjectType({ description: 'A rejected row of a roster upload: where it is and why, never the submitted value.' })
export class PersonImportRowError {
  @Field(() => Int, { description: 'Line in the CSV file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'CSV column at fault (e.g. nip, agency_code); null for the row as a whole.' })
  field!: string | null;

  @Field({ description: 'Error code from the shared list (e.g. nip/format, agency/unknown).' })
  code!: string;

  @Field({ description: 'English explanation; never repeats the submitted value.' })
  message!: string;
}

@ObjectType({ description: 'A page of roster uploads.' })
export class PersonImportConnection extends Connection(PersonImport) {}

@Resolver(() => PersonImport)
export class PersonImportResolver {
  @Authorized(...ROSTER_READ)
  @Query(() => PersonImport, { nullable: true, description: 'A roster upload (`POST /imports/persons`) by the id it answered; null when it is not one the caller may see.' })
  async personImport(@Arg('id', () => ID, { description: 'Global id from the upload\'s answer.' }) id: string, @Ctx() { em, viewer }: Context): Promise<PersonImport | null> {
    const local = tryLocalId(id, 'PersonImport');
    return local === null ? null : em.findOne(PersonImport, scoped(viewer, 'PersonImport', [{ id: local }]));
  }

  @Authorized(...ROSTER_READ)
  @Query(() => PersonImportConnection, { description: "Roster uploads of the caller's academy (every academy's for admins), newest first." })
  async personImports(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<PersonImportConnection> {
    return (await readList({ em, viewer }, personImportReads.lists.personImports, args)) as PersonImportConnection;
  }

  @FieldResolver(() => Int, { description: 'Rows read and checked so far.' })
  rowsRead(@Root() imp: PersonImport): number {
    return imp.status === 'RUNNING' ? Math.max(imp.rowsRead, liveRowsRead(imp.id) ?? 0) : imp.rowsRead;
  }

  @FieldResolver(() => Float, { description: 'Share done, 0–1 (rowsRead ÷ totalRows; 1 when completed).' })
  progress(@Root() imp: PersonImport): number {
    if (imp.status === 'COMPLETED') return 1;
    return imp.totalRows ? Math.min(1, this.rowsRead(imp) / imp.totalRows) : 0;
  }

  @FieldResolver(() => [PersonImportRowError], { description: 'The first 100 rejected rows\' problems, by line (more when a row has several).' })
  rowErrors(@Root() imp: PersonImport): StoredRowError[] {
    return imp.rowErrors ?? [];
  }
}
