import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { maskNip, type BulkExportKind, type Role, type Scope } from '@lintas/shared';
import { ROSTER_READ } from '../../graphql/access.js';
import { scoped } from '../tenancy.js';
import type { Viewer } from '../../graphql/viewer.js';
import type { Agency } from '../academies/agency.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { completedWhere } from '../enrollments/enrollment.rules.js';
import { TRAINING_RECORD_POPULATE, trainingRecords } from '../enrollments/training-history.js';
import { Person } from '../persons/person.entity.js';
import { seesPersonalFields } from '../persons/personal-fields.js';
import type { Session } from '../sessions/session.entity.js';
import type { StoredExportFilter } from './bulk-operation.entity.js';
import { accountOf } from '../accounts/signed-in.js';

export type Row = Record<string, string | number | boolean | null>;

/** One kind of export: who may run it, its columns, and how to read one keyset page of it. */
export interface ExportSource {
  /** Same lists as the equivalent GraphQL fields (participants read their own data through the API, not in bulk). */
  access: (Role | Scope)[];
  columns: readonly string[];
  count(em: EntityManager, viewer: Viewer, filter: StoredExportFilter): Promise<number>;
  /** Up to `limit` rows with primary key above `after`, in key order, and the last key read. */
  page(em: EntityManager, viewer: Viewer, filter: StoredExportFilter, after: number, limit: number): Promise<{ rows: Row[]; last: number | null }>;
}

/** Period dates are read in WIB (UTC+7), the national reference zone. */
const startOf = (date: string) => new Date(`${date}T00:00:00+07:00`);
const dayAfter = (date: string) => new Date(startOf(date).getTime() + 86_400_000);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function personFilters(f: StoredExportFilter, path: (w: object) => object): object[] {
  const out: object[] = [];
  if (f.agencyId) out.push(path({ agency: f.agencyId }));
  if (f.eselonGroups?.length) out.push(path({ eselonGroup: { $in: f.eselonGroups } }));
  if (f.generations?.length) out.push(path({ generation: { $in: f.generations } }));
  return out;
}

/** The person columns every per-person export carries, masked exactly as `Person.nip` is for this caller. */
function personColumns(viewer: Viewer, p: Person): Row {
  const agency = p.agency.getEntity() as Agency;
  const sees = seesPersonalFields(viewer, p.id, agency.academy?.id);
  return { personId: p.globalId, nip: sees ? p.nip : maskNip(p.nip), personName: p.name };
}

/** A source over one entity type: tenancy through `scoped`, keyset on the primary key. */
function source<T extends { id: number }>(
  entity: new () => T, type: 'Person' | 'Enrollment' | 'Attendance', access: (Role | Scope)[], columns: readonly string[],
  filters: (f: StoredExportFilter) => object[], populate: readonly string[],
  toRows: (em: EntityManager, viewer: Viewer, items: T[]) => Promise<Row[]> | Row[],
): ExportSource {
  const where = (viewer: Viewer, f: StoredExportFilter, extra: object[]) => scoped(viewer, type, [...filters(f), ...extra]) as FilterQuery<T>;
  return {
    access, columns,
    count: (em, viewer, f) => em.count(entity, where(viewer, f, [])),
    async page(em, viewer, f, after, limit) {
      const items = await em.find(entity, where(viewer, f, [{ id: { $gt: after } }]), { orderBy: { id: 'asc' } as never, limit, populate: populate as never });
      return { rows: await toRows(em, viewer, items), last: items.at(-1)?.id ?? null };
    },
  };
}

const PERSONS = source(Person, 'Person', ROSTER_READ,
  ['id', 'nip', 'name', 'employmentType', 'positionType', 'eselon', 'eselonGroup', 'generation', 'jobTitle', 'agencyId', 'agencyCode', 'birthDate', 'gender'],
  (f) => personFilters(f, (w) => w), ['agency'],
  (_em, viewer, people) => people.map((p) => {
    const agency = p.agency.getEntity() as Agency;
    const sees = seesPersonalFields(viewer, p.id, agency.academy?.id);
    return {
      id: p.globalId, nip: sees ? p.nip : maskNip(p.nip), name: p.name, employmentType: p.employmentType, positionType: p.positionType,
      eselon: p.eselon ?? null, eselonGroup: p.eselonGroup, generation: p.generation ?? null, jobTitle: p.jobTitle ?? null,
      agencyId: agency.globalId, agencyCode: agency.code, birthDate: sees ? p.birthDate : null, gender: sees ? p.gender ?? null : null,
    };
  }));

const ENROLLMENTS = source(Enrollment, 'Enrollment',
  ['ADMIN', 'ORGANIZER', 'roster:read', 'roster:write', 'schedule:read', 'attendance:read', 'attendance:write', 'reports:read'],
  ['id', 'cohortId', 'cohortCode', 'personId', 'nip', 'personName', 'status', 'waitlistPosition', 'overrideReason', 'withdrawalReason', 'certificateNumber', 'createdAt', 'updatedAt'],
  (f) => [
    ...(f.cohortId ? [{ cohort: f.cohortId }] : []),
    ...(f.to ? [{ cohort: { startDate: { $lte: f.to } } }] : []),
    ...(f.from ? [{ cohort: { endDate: { $gte: f.from } } }] : []),
    ...personFilters(f, (w) => ({ person: w })),
  ],
  ['cohort', 'person.agency'],
  (_em, viewer, items) => items.map((e) => {
    const cohort = e.cohort.getEntity() as Cohort;
    return {
      id: e.globalId, cohortId: cohort.globalId, cohortCode: cohort.code, ...personColumns(viewer, e.person.getEntity()),
      status: e.status, waitlistPosition: e.waitlistPosition ?? null, overrideReason: e.overrideReason ?? null,
      withdrawalReason: e.withdrawalReason ?? null, certificateNumber: e.certificateNumber ?? null, createdAt: iso(e.createdAt), updatedAt: iso(e.updatedAt),
    };
  }));

const ATTENDANCE = source(Attendance, 'Attendance', ['ADMIN', 'ORGANIZER', 'attendance:read', 'attendance:write'],
  ['id', 'sessionId', 'startsAt', 'endsAt', 'jp', 'cohortId', 'cohortCode', 'personId', 'nip', 'personName', 'status', 'checkInAt', 'recordedAt', 'recordedBy', 'note'],
  (f) => [
    ...(f.cohortId ? [{ session: { cohort: f.cohortId } }] : []),
    ...(f.from ? [{ session: { startsAt: { $gte: startOf(f.from) } } }] : []),
    ...(f.to ? [{ session: { startsAt: { $lt: dayAfter(f.to) } } }] : []),
    ...personFilters(f, (w) => ({ person: w })),
  ],
  ['session.cohort', 'person.agency'],
  (_em, viewer, items) => items.map((a) => {
    const session = a.session.getEntity() as Session;
    const cohort = session.cohort.getEntity() as Cohort;
    return {
      id: a.globalId, sessionId: session.globalId, startsAt: iso(session.startsAt), endsAt: iso(session.endsAt), jp: session.jp,
      cohortId: cohort.globalId, cohortCode: cohort.code, ...personColumns(viewer, a.person.getEntity()),
      status: a.status, checkInAt: iso(a.checkInAt), recordedAt: iso(a.recordedAt), recordedBy: a.recordedBy ?? null, note: a.note ?? null,
    };
  }));

const TRAINING_HISTORY = source(Enrollment, 'Enrollment', ROSTER_READ,
  ['personId', 'nip', 'personName', 'enrollmentId', 'courseName', 'trainingKind', 'siasnJenisDiklatId', 'jp', 'institution', 'startDate', 'endDate', 'year', 'certificateNumber', 'cohortCode',
    // The registry's own names (SIASN riwayat kursus / riwayat diklat), DD-MM-YYYY; the other kind's columns are empty.
    'registryRecord', 'namaKursus', 'jenisKursusId', 'tahunKursus', 'tanggalKursus', 'tanggalSelesaiKursus', 'nomorSertipikat',
    'latihanStrukturalId', 'nomor', 'tahun', 'tanggal', 'tanggalSelesai', 'jumlahJam', 'institusiPenyelenggara'],
  (f) => [
    completedWhere(),
    ...(f.cohortId ? [{ cohort: f.cohortId }] : []),
    ...(f.from ? [{ cohort: { endDate: { $gte: f.from } } }] : []),
    ...(f.to ? [{ cohort: { endDate: { $lte: f.to } } }] : []),
    ...personFilters(f, (w) => ({ person: w })),
  ],
  [...TRAINING_RECORD_POPULATE, 'person.agency'],
  async (em, viewer, items) => {
    const records = await trainingRecords(em, items);
    return records.map(({ kursus, diklat, ...r }, i) => ({
      ...personColumns(viewer, items[i]!.person.getEntity()), ...r,
      registryRecord: kursus ? 'kursus' : 'diklat',
      namaKursus: null, jenisKursusId: null, tahunKursus: null, tanggalKursus: null, tanggalSelesaiKursus: null, nomorSertipikat: null,
      latihanStrukturalId: null, nomor: null, tahun: null, tanggal: null, tanggalSelesai: null,
      ...(kursus ?? diklat),
    }));
  });

export const EXPORT_SOURCES: Record<BulkExportKind, ExportSource> = { PERSONS, ENROLLMENTS, ATTENDANCE, TRAINING_HISTORY };

/** Whether a caller may run an export of this kind (the `@Authorized` rule of the equivalent fields). */
export function mayExport(viewer: Viewer, kind: BulkExportKind): boolean {
  const { access } = EXPORT_SOURCES[kind];
  if (viewer.kind === 'token') return access.some((a) => viewer.scopes.has(a as Scope));
  return viewer.kind === 'account' && viewer.pending === null && !accountOf(viewer).disabled && access.includes(viewer.role);
}

/** Every role and scope that may run some export: the door of the bulk operations. */
export const ANY_EXPORT: (Role | Scope)[] = [...new Set(Object.values(EXPORT_SOURCES).flatMap((s) => s.access))];
