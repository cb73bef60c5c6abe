import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType,
  lexicographicSortSchema, printSchema, type GraphQLSchema,
} from 'graphql';
import { lintasSchema } from './schema.js';

/** Every schema element an integrator can meet that has no description (built-in scalars and introspection types excepted). */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (description: string | null | undefined, where: string) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    need(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
  }
  for (const directive of schema.getDirectives()) {
    for (const arg of directive.args) need(arg.description, `@${directive.name}(${arg.name})`);
  }
  return missing;
}

describe('server/schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @lintas/server schema` after changing it)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(await lintasSchema()))}\n`);
  });

  it('describes every type, field, argument, input field and enum value', async () => {
    const missing = undescribed(await lintasSchema());
    expect(missing, `add a \`description\` to:\n${missing.join('\n')}`).toEqual([]);
  });

  it('names every list a Relay connection with a required page size', async () => {
    const schema = await lintasSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields() as Record<string, { type: unknown; args?: { name: string; type: unknown }[] }>)) {
        const name = String(field.type).replace(/!/g, '');
        if (name.endsWith('Connection')) {
          expect(String(field.args?.find((a) => a.name === 'first')?.type), `${type.name}.${(field as any).name}`).toBe('Int!');
        }
      }
    }
  });
});
