import { describe, expect, it } from 'vitest';
import { fileNameOf } from './use-download';

describe('fileNameOf', () => {
  it('reads the file name the server gives an attachment', () => {
    expect(fileNameOf('attachment; filename="lintas-participation-by-eselon.csv"')).toBe('lintas-participation-by-eselon.csv');
    expect(fileNameOf('attachment; filename=lintas-C1-attendance-sheet.xlsx')).toBe('lintas-C1-attendance-sheet.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''laporan%20kehadiran.csv")).toBe('laporan kehadiran.csv');
  });
  it('is null when there is none', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
