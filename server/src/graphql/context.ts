import type { EntityManager } from '@mikro-orm/core';
import { Loaders } from './loaders.js';

/** Per-request context: one forked EntityManager and its batch loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /** Client address, for audit and rate limits. */
  ip: string;
}

export function createContext(em: EntityManager, ip: string): Context {
  const forked = em.fork();
  return { em: forked, loaders: new Loaders(forked), ip };
}
