import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { readRosterCsv } from './person-csv.js';

describe('readRosterCsv', () => {
  it('reads comma files with a BOM and columns in any order', () => {
    const r = readRosterCsv('\uFEFFname,nip,agency_code,employment_type,position_type,eselon,job_title\r\nAni,198001012005012001,X,PNS,FUNGSIONAL,,Analis\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toEqual([
      { row: 0, wrongWidth: false, person: { nip: '198001012005012001', name: 'Ani', employmentType: 'PNS', positionType: 'FUNGSIONAL', eselon: '', jobTitle: 'Analis', agencyCode: 'X' } },
    ]);
  });

  it('reads semicolon files, keeping commas inside cells', () => {
    const r = readRosterCsv('nip;name;employment_type;position_type;eselon;job_title;agency_code\n198001012005012001;"Budi, S.Kom.";PNS;STRUKTURAL;IIIa;Kepala Bidang, Umum;X\n');
    expect(r.ok && r.rows[0]!.person.name).toBe('Budi, S.Kom.');
    expect(r.ok && r.rows[0]!.person.jobTitle).toBe('Kepala Bidang, Umum');
  });

  it('names the missing column', () => {
    expect(readRosterCsv('nip,name,employment_type,position_type\n1,2,3,4\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: 'agency_code' });
  });

  it('refuses an empty file and a header without rows', () => {
    expect(readRosterCsv('')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_EMPTY });
    expect(readRosterCsv('nip,name,employment_type,position_type,agency_code\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_EMPTY });
  });

  it('marks rows with another number of cells and reports their line', () => {
    const r = readRosterCsv('nip,name,employment_type,position_type,agency_code\n\n1,2,3,4,5\n1,2,3\n');
    expect(r.ok && r.rows.map((x) => [x.row, x.wrongWidth])).toEqual([[0, false], [1, true]]);
    expect(r.ok && r.lines()).toEqual([3, 4]);
  });

  it('reports an unclosed quote as a malformed file without echoing its content', () => {
    const r = readRosterCsv('nip,name,employment_type,position_type,agency_code\n"198001012005012001,Ani,PNS,JF,X\n');
    expect(r).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MALFORMED });
    expect(JSON.stringify(r)).not.toContain('198001012005012001');
  });
});
