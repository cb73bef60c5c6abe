import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { lintasSchema } from './schema.js';

describe('server/schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @lintas/server schema` after changing it)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(await lintasSchema()))}\n`);
  });

  it('names every list a Relay connection with a required page size', async () => {
    const schema = await lintasSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields() as Record<string, { type: unknown; args?: { name: string; type: unknown }[] }>)) {
        const name = String(field.type).replace(/!/g, '');
        if (name.endsWith('Connection')) {
          expect(field.args?.find((a) => a.name === 'first')?.type.toString(), `${type.name}.${(field as any).name}`).toBe('Int!');
        }
      }
    }
  });
});
