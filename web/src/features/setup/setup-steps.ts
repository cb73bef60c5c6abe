import type { Role, SetupStepKey } from '@lintas/shared';

/** Where each set-up step is done, for the role looking at the checklist. */
export function stepLink(key: SetupStepKey, role: Role | null): string | null {
  switch (key) {
    case 'ACADEMY':
      return role === 'ADMIN' ? '/admin/akademi' : null;
    case 'ORGANIZER':
      return role === 'ADMIN' ? '/admin/akun?baru=penyelenggara' : null;
    case 'AGENCIES':
      return '/instansi';
    case 'PROGRAMS':
    case 'MODULES':
      return '/programs';
    case 'VENUES':
      return '/tempat';
    case 'FACILITATORS':
      return '/fasilitator';
    case 'ROSTER':
      return '/roster/import';
    case 'COHORT':
      return '/cohorts/new';
  }
}
