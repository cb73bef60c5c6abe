import { SETUP_STEPS } from '@lintas/shared';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { stepLink } from './setup-steps';

const paths = routes.map((r) => r.path);
const routeOf = (link: string) => link.split('?')[0]!;

describe('set-up checklist links', () => {
  it('every step an organizer can do links to a page that exists', () => {
    for (const key of SETUP_STEPS.filter((k) => k !== 'ACADEMY' && k !== 'ORGANIZER')) {
      const link = stepLink(key, 'ORGANIZER');
      expect(link, key).toBeTruthy();
      expect(paths, key).toContain(routeOf(link!));
    }
  });

  it('the academy and its organizer are the admin’s steps: an organizer gets no link to them', () => {
    expect(stepLink('ACADEMY', 'ORGANIZER')).toBeNull();
    expect(stepLink('ORGANIZER', 'ORGANIZER')).toBeNull();
    expect(routeOf(stepLink('ORGANIZER', 'ADMIN')!)).toBe('/admin/akun');
    expect(paths).toContain(routeOf(stepLink('ACADEMY', 'ADMIN')!));
  });
});
