import { registerEnumType } from 'type-graphql';
import { BULK_EXPORT_FORMATS, BULK_EXPORT_KINDS, BULK_OPERATION_STATUSES } from '@lintas/shared';

const enumOf = <const T extends readonly string[]>(values: T) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const BulkExportKindEnum = enumOf(BULK_EXPORT_KINDS);
export const BulkExportFormatEnum = enumOf(BULK_EXPORT_FORMATS);
export const BulkOperationStatusEnum = enumOf(BULK_OPERATION_STATUSES);

registerEnumType(BulkExportKindEnum, {
  name: 'BulkExportKind',
  description: 'What a bulk export writes, one row per object.',
  valuesConfig: {
    PERSONS: { description: 'The roster, as `persons` shows it to the caller (personal fields masked the same way). Needs the roster scope.' },
    ENROLLMENTS: { description: "Enrolments in the caller's cohorts. Needs an organizer's account or a roster, schedule, attendance or reports scope." },
    ATTENDANCE: { description: "Attendance records of the caller's sessions, e.g. a year of them (filter by period). Needs the attendance scope." },
    TRAINING_HISTORY: { description: "Completed trainings as the civil-service registry's course records (SIASN riwayat kursus/diklat), as `Person.trainingHistory`. Needs the roster scope." },
  },
});
registerEnumType(BulkExportFormatEnum, {
  name: 'BulkExportFormat',
  description: 'File format of a bulk export.',
  valuesConfig: {
    JSONL: { description: 'JSON Lines: one JSON object per line, UTF-8 (application/x-ndjson).' },
    CSV: { description: 'CSV with a header row, comma-separated, UTF-8, RFC 4180 quoting; empty cell for null.' },
  },
});
registerEnumType(BulkOperationStatusEnum, {
  name: 'BulkOperationStatus',
  description: 'Life of a bulk operation: QUEUED → RUNNING → COMPLETED (then EXPIRED) or FAILED.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a server process to take it.' },
    RUNNING: { description: 'Being written; rowsWritten and progress grow. Survives a restart: another process resumes it.' },
    COMPLETED: { description: 'Written; `url` downloads it until expiresAt.' },
    FAILED: { description: 'Stopped; errorCode says why.' },
    EXPIRED: { description: 'The file was deleted after expiresAt; start the export again.' },
  },
});
