import { ReferenceKind, type EntityManager, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { getMetadataStorage } from 'type-graphql';
import { GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLString, getNamedType, getNullableType, isEnumType, isListType, isObjectType, type GraphQLSchema } from 'graphql';

/** How a column becomes JSON: as it is, as a boolean, or as an ISO timestamp. */
export type Kind_ = 'plain' | 'bool' | 'datetime';

export const propOf = (meta: EntityMetadata<any>, name: string): EntityProperty<any> | undefined => (meta.properties as Record<string, EntityProperty<any>>)[name];

export interface Scalar {
  column: string;
  kind: Kind_;
}

/** The columns a type's plain fields are, from TypeGraphQL's and MikroORM's metadata. */
export function plainFields(schema: GraphQLSchema, em: EntityManager, typeName: string): Map<string, Scalar> {
  const meta = em.getMetadata().find(typeName) as EntityMetadata<object> | undefined;
  const entity = meta?.class as Function | undefined;
  const type = schema.getType(typeName);
  if (!meta || !entity || !isObjectType(type)) return new Map();
  const storage = getMetadataStorage();
  const classes: Function[] = [];
  for (let c: Function | null = entity; c && c !== Object; c = Object.getPrototypeOf(c)) classes.push(c);
  const resolved = new Set(storage.fieldResolvers.filter((r) => r.getObjectType && classes.includes(r.getObjectType() as Function)).map((r) => r.schemaName));
  const declared = new Map(storage.fields.filter((f) => classes.includes(f.target)).map((f) => [f.schemaName, f]));
  const out = new Map<string, Scalar>();
  for (const field of Object.values(type.getFields())) {
    const decl = declared.get(field.name);
    if (!decl || resolved.has(field.name) || decl.roles?.length || decl.middlewares?.length) continue;
    const gqlType = getNullableType(field.type);
    if (isListType(gqlType)) continue;
    if (field.name === 'id') continue;
    const prop = propOf(meta, decl.name);
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || prop.formula || prop.fieldNames.length !== 1) continue;
    let kind: Kind_ | null = null;
    if (gqlType === GraphQLBoolean) kind = 'bool';
    else if (gqlType === GraphQLString || gqlType === GraphQLInt || gqlType === GraphQLFloat) kind = 'plain';
    else if (isEnumType(gqlType) && gqlType.getValues().every((v) => v.value === v.name)) kind = 'plain';
    else if (getNamedType(gqlType).name === 'DateTimeISO' && prop.runtimeType === 'Date') kind = 'datetime';
    if (kind === 'plain' && prop.runtimeType === 'Date') kind = null;
    if (kind) out.set(field.name, { column: prop.fieldNames[0]!, kind });
  }
  return out;
}

