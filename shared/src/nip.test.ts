import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_CODES } from './errors.js';
import { generationOfYear } from './generations.js';
import { formatNip, maskNip, parseNip } from './nip.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid PNS NIP with the parts it was built from. */
const validNip = fc
  .record({
    birth: fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2007, 11, 31)), noInvalidDate: true }),
    yearsToAppointment: fc.integer({ min: 18, max: 40 }),
    appointmentMonth: fc.integer({ min: 1, max: 12 }),
    gender: fc.constantFrom('MALE' as const, 'FEMALE' as const),
    serial: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ birth, yearsToAppointment, appointmentMonth, gender, serial }) => {
    const appointment = new Date(Date.UTC(birth.getUTCFullYear() + yearsToAppointment, appointmentMonth - 1, 1));
    return { nip: formatNip({ birth, appointment, gender, serial }), birth, appointment, gender };
  });

describe('parseNip', () => {
  it('reads birth date, gender, appointment and generation from every valid PNS NIP', () => {
    fc.assert(
      fc.property(validNip, ({ nip, birth, appointment, gender }) => {
        const r = parseNip(nip, 'PNS');
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const iso = birth.toISOString().slice(0, 10);
        expect(r.value.birthDate).toBe(iso);
        expect(r.value.gender).toBe(gender);
        expect(r.value.appointment).toBe(`${appointment.getUTCFullYear()}-${pad(appointment.getUTCMonth() + 1)}`);
        expect(r.value.generation).toBe(generationOfYear(birth.getUTCFullYear()));
      }),
    );
  });

  it('refuses anything that is not 18 digits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!/^\s*\d{18}\s*$/.test(s));
        const r = parseNip(s);
        expect(r).toEqual({ ok: false, code: ERROR_CODES.NIP_FORMAT });
      }),
    );
  });

  it('refuses a PNS NIP whose gender digit is not 1 or 2', () => {
    fc.assert(
      fc.property(validNip, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), ({ nip }, digit) => {
        const bad = nip.slice(0, 14) + digit + nip.slice(15);
        expect(parseNip(bad, 'PNS')).toEqual({ ok: false, code: ERROR_CODES.NIP_GENDER });
      }),
    );
  });

  it('refuses impossible birth dates for PNS and PPPK alike', () => {
    for (const nip of ['199002301990031001', '199013011990031001', '199000101990031001']) {
      expect(parseNip(nip, 'PNS')).toEqual({ ok: false, code: ERROR_CODES.NIP_BIRTH_DATE });
      expect(parseNip(nip, 'PPPK')).toEqual({ ok: false, code: ERROR_CODES.NIP_BIRTH_DATE });
    }
  });

  it('refuses an appointment month that is not real or not after birth', () => {
    expect(parseNip('199001012015131001', 'PNS')).toEqual({ ok: false, code: ERROR_CODES.NIP_APPOINTMENT });
    expect(parseNip('199001011985031001', 'PNS')).toEqual({ ok: false, code: ERROR_CODES.NIP_APPOINTMENT_BEFORE_BIRTH });
  });

  it('reads an NI PPPK loosely: digits and a real birth date are enough', () => {
    const r = parseNip('199505172023219012', 'PPPK');
    expect(r).toEqual({ ok: true, value: { birthDate: '1995-05-17', birthYear: 1995, generation: 'GEN_Z', gender: null, appointment: null } });
    expect(parseNip('199505172023219012', 'PNS').ok).toBe(false);
  });

  it('masks all but the first four and last two digits', () => {
    fc.assert(
      fc.property(validNip, ({ nip }) => {
        const masked = maskNip(nip);
        expect(masked).toHaveLength(18);
        expect(masked.slice(4, 16)).toBe('*'.repeat(12));
        expect(masked).not.toContain(nip.slice(4, 16));
      }),
    );
  });
});
