import type { EntityManager } from '@mikro-orm/core';
import { RegistryDelivery } from './certificate.entity.js';

/** The registry's id of each certificate's record (null when not pushed), in one statement. */
export async function registryRemoteIds(em: EntityManager, certificateIds: readonly number[]): Promise<(string | null)[]> {
  const rows = await em.find(RegistryDelivery, { certificate: { $in: [...certificateIds] } }, { fields: ['certificate', 'remoteId'] });
  return certificateIds.map((id) => rows.find((r) => r.certificate.id === id)?.remoteId ?? null);
}
