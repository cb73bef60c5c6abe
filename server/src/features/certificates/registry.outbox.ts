import type { EntityManager } from '@mikro-orm/core';
import { RegistryDelivery } from './certificate.entity.js';

/** The registry's id of each certificate's record (null when not pushed), in one statement. */
/** A certificate's push to the registry as the delivery log keeps it; null when the sync is off or was off at issue. */
export async function registryDeliveries(em: EntityManager, certificateIds: readonly number[]): Promise<(RegistryDelivery | null)[]> {
  const rows = await em.find(RegistryDelivery, { certificate: { $in: [...certificateIds] } });
  return certificateIds.map((id) => rows.find((r) => r.certificate.id === id) ?? null);
}

export async function registryRemoteIds(em: EntityManager, certificateIds: readonly number[]): Promise<(string | null)[]> {
  const rows = await em.find(RegistryDelivery, { certificate: { $in: [...certificateIds] } }, { fields: ['certificate', 'remoteId'] });
  return certificateIds.map((id) => rows.find((r) => r.certificate.id === id)?.remoteId ?? null);
}
