import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_CODES } from '@lintas/shared';
import { checkPerson, normalizeEselon } from './person.rules.js';

const good = { nip: '197506152000031002', name: 'Drs. Hendra', employmentType: 'pns', positionType: 'Struktural', eselon: 'ii.b', jobTitle: 'Kepala Dinas', agencyCode: 'BABEL-DISKOMINFO' };

describe('checkPerson', () => {
  it('derives birth date, gender, generation and eselon group, never taking them from input', () => {
    const r = checkPerson(good);
    expect(r).toEqual({
      ok: true,
      value: {
        nip: good.nip, name: 'Drs. Hendra', employmentType: 'PNS', positionType: 'STRUKTURAL', eselon: 'IIb', positionClass: null, eselonGroup: 'II',
        jobTitle: 'Kepala Dinas', agencyCode: 'BABEL-DISKOMINFO', birthDate: '1975-06-15', gender: 'MALE', generation: 'GEN_X',
      },
    });
  });

  it('needs an eselon for structural posts and refuses one elsewhere', () => {
    expect(checkPerson({ ...good, eselon: '' })).toMatchObject({ ok: false, errors: [{ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH }] });
    expect(checkPerson({ ...good, positionType: 'JF' })).toMatchObject({ ok: false, errors: [{ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH }] });
  });

  it('reports every bad field of a row at once', () => {
    const r = checkPerson({ nip: '12', name: '', employmentType: 'honorer', positionType: '', agencyCode: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['agencyCode', 'employmentType', 'name', 'nip', 'positionType']);
  });

  it('never repeats a submitted NIP in any error', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10,20}$/), fc.constantFrom('PNS', 'PPPK', 'X'), (nip, employmentType) => {
        const r = checkPerson({ ...good, nip, employmentType });
        if (!r.ok) for (const e of r.errors) expect(e.message).not.toContain(nip);
      }),
    );
  });
});

describe('names and job titles', () => {
  it('are refused when a spreadsheet would run them or they hold control characters', () => {
    for (const [field, value] of [['name', '=HYPERLINK("x")'], ['name', 'Budi\u202eSantoso'], ['jobTitle', '@SUM(A1)'], ['jobTitle', 'Analis\nX'], ['agencyCode', 'BABEL\u0000X'], ['agencyCode', '=CMD']] as const) {
      const r = checkPerson({ ...good, [field]: value });
      expect(r.ok ? [] : r.errors.map((e) => [e.field, e.code])).toEqual([[field, 'input/invalid-value']]);
    }
  });
});

describe('normalizeEselon', () => {
  it('accepts the common spellings', () => {
    expect(['IIa', 'iia', 'II.a', 'II/A', 'II a', 'IVb', 'iii-a'].map(normalizeEselon)).toEqual(['IIa', 'IIa', 'IIa', 'IIa', 'IIa', 'IVb', 'IIIa']);
    expect(['V', 'Va', 'IIc', ''].map(normalizeEselon)).toEqual([null, null, null, null]);
  });

  it("accepts the registry's spellings of the JPT classes and counts them in eselon groups I–IV", () => {
    const row = (positionType: string, eselon: string) => checkPerson({ ...good, positionType, eselon });
    const cases: [string, string, string, string][] = [
      ['STRUKTURAL', 'JPT UTAMA', 'JPT_UTAMA', 'I'], ['STRUKTURAL', 'Jabatan Pimpinan Tinggi Madya', 'JPT_MADYA', 'I'],
      ['JPT Pratama', '', 'JPT_PRATAMA', 'II'], ['STRUKTURAL', 'jpt_pratama', 'JPT_PRATAMA', 'II'],
      ['ADMINISTRATOR', '', 'ADMINISTRATOR', 'III'], ['STRUKTURAL', 'Jabatan Administrator', 'ADMINISTRATOR', 'III'],
      ['STRUKTURAL', ' PENGAWAS ', 'PENGAWAS', 'IV'], ['PENGAWAS', 'IVb', 'PENGAWAS', 'IV'],
    ];
    for (const [type, cell, cls, group] of cases) {
      const r = row(type, cell);
      expect(r.ok && { positionType: r.value.positionType, positionClass: r.value.positionClass, eselonGroup: r.value.eselonGroup }, `${type} / ${cell}`)
        .toEqual({ positionType: 'STRUKTURAL', positionClass: cls, eselonGroup: group });
    }
    expect(row('STRUKTURAL', 'JPT Kepala').ok).toBe(false);
    expect(row('PENGAWAS', 'IIa').ok).toBe(false);
    expect(row('FUNGSIONAL', 'Administrator').ok).toBe(false);
  });
});
