import type { EntityManager } from '@mikro-orm/core';
import { SETUP_STEPS, type SetupStepKey } from '@lintas/shared';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';

export interface SetupProgressValue {
  academy: Academy | null;
  complete: boolean;
  steps: { key: SetupStepKey; done: boolean; count: number }[];
}

/**
 * What an academy still lacks to run its first cohort, step by step: counts of its
 * active (not archived) objects. With no academy, every step is to do.
 */
export async function setupProgress(em: EntityManager, academy: Academy | null): Promise<SetupProgressValue> {
  const counts: Record<SetupStepKey, number> = Object.fromEntries(SETUP_STEPS.map((k) => [k, 0])) as Record<SetupStepKey, number>;
  if (academy && !academy.archivedAt) {
    const a = academy.id;
    const active = { archivedAt: null };
    const [organizers, agencies, programs, modules, venues, facilitators, roster, cohorts] = await Promise.all([
      em.count(Account, { academy: a, role: 'ORGANIZER', disabled: false }),
      em.count(Agency, { academy: a, ...active }),
      em.count(Program, { academy: a, ...active }),
      em.count(TrainingModule, { program: { academy: a, ...active }, ...active }),
      em.count(Venue, { academy: a, ...active }),
      em.count(Facilitator, { academy: a, ...active }),
      em.count(Person, { agency: { academy: a }, ...active }),
      em.count(Cohort, { academy: a }),
    ]);
    Object.assign(counts, {
      ACADEMY: 1, ORGANIZER: organizers, AGENCIES: agencies, PROGRAMS: programs, MODULES: modules,
      VENUES: venues, FACILITATORS: facilitators, ROSTER: roster, COHORT: cohorts,
    });
  }
  const steps = SETUP_STEPS.map((key) => ({ key, done: counts[key] > 0, count: counts[key] }));
  return { academy, complete: steps.every((s) => s.done), steps };
}

/** The academy set-up is about: an organizer's own; for admins the one asked for, else the first (by id), else none. */
export async function setupAcademy(em: EntityManager, own: number | null, asked: number | null): Promise<Academy | null> {
  if (own !== null) return own > 0 && (asked === null || asked === own) ? em.findOne(Academy, own) : null;
  if (asked !== null) return em.findOne(Academy, asked);
  return em.findOne(Academy, { archivedAt: null }, { orderBy: { id: 'asc' } });
}
