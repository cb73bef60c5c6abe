import type { MikroORM } from '@mikro-orm/core';
import { Academy } from '../features/academies/academy.entity.js';

export async function seedDemo(_orm: MikroORM): Promise<Record<string, number>> {
  return {};
}

export async function seedIfEmpty(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  if ((await em.count(Academy)) > 0) return;
  const counts = await seedDemo(orm);
  console.log(`demo data loaded: ${JSON.stringify(counts)}`);
}
