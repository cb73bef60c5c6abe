import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { executeRead } from '../../db/read.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { registryDate, registryMapping, TRAINING_KINDS, type ProgramKind, type TrainingKind } from '@lintas/shared';
import { TrainingKindEnum } from '../../graphql/enums.js';
import type { Academy } from '../academies/academy.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import type { Program } from '../programs/program.entity.js';
import type { Enrollment } from './enrollment.entity.js';

const SIASN_ID = new Map<string, number>(TRAINING_KINDS.map((k) => [k.code, k.siasnId]));

@ObjectType({ description: "A course record (riwayat kursus) with the civil-service registry's (SIASN) own field names; dates DD-MM-YYYY as the registry writes them." })
export class RiwayatKursus {
  @Field({ description: 'Course name: the program and the cohort (angkatan).' })
  namaKursus!: string;

  @Field(() => Int, { description: "The registry's kind of course (jenis kursus), from the program's training kind (shared REGISTRY mapping)." })
  jenisKursusId!: number;

  @Field(() => Float, { description: "Hours in JP: the JP of the cohort's scheduled sessions." })
  jumlahJam!: number;

  @Field(() => Int, { description: 'Year, from the last day.' })
  tahunKursus!: number;

  @Field({ description: 'First day, DD-MM-YYYY.' })
  tanggalKursus!: string;

  @Field({ description: 'Last day, DD-MM-YYYY.' })
  tanggalSelesaiKursus!: string;

  @Field({ description: 'The academy that ran it.' })
  institusiPenyelenggara!: string;

  @Field(() => String, { nullable: true, description: 'Certificate number (STTP); null when none was given.' })
  nomorSertipikat!: string | null;
}

@ObjectType({ description: "A structural leadership training record (riwayat diklat: PKN II, PKA, PKP) with the civil-service registry's (SIASN) own field names; dates DD-MM-YYYY." })
export class RiwayatDiklat {
  @Field({ description: "The registry's reference id of the leadership training (latihan struktural), from the program kind (shared REGISTRY mapping)." })
  latihanStrukturalId!: string;

  @Field(() => String, { nullable: true, description: 'Certificate number (STTP); null when none was given.' })
  nomor!: string | null;

  @Field(() => Int, { description: 'Year, from the last day.' })
  tahun!: number;

  @Field({ description: 'First day, DD-MM-YYYY.' })
  tanggal!: string;

  @Field({ description: 'Last day, DD-MM-YYYY.' })
  tanggalSelesai!: string;

  @Field(() => Float, { description: "Hours in JP: the JP of the cohort's scheduled sessions." })
  jumlahJam!: number;

  @Field({ description: 'The academy that ran it.' })
  institusiPenyelenggara!: string;
}

/** What the registry record is built from. */
export interface RegistrySource {
  programKind: ProgramKind;
  trainingKind: TrainingKind;
  courseName: string;
  jp: number;
  institution: string;
  startDate: string;
  endDate: string;
  certificateNumber: string | null;
}

/** The registry's record of one completed training: riwayat diklat for PKN II, PKA, PKP; riwayat kursus for the rest. */
export function registryRecord(r: RegistrySource): { kursus: RiwayatKursus; diklat: null } | { kursus: null; diklat: RiwayatDiklat } {
  const map = registryMapping(r.programKind, r.trainingKind);
  const tahun = Number(r.endDate.slice(0, 4));
  if (map.record === 'diklat') {
    return {
      kursus: null,
      diklat: {
        latihanStrukturalId: map.latihanStrukturalId, nomor: r.certificateNumber, tahun, tanggal: registryDate(r.startDate), tanggalSelesai: registryDate(r.endDate),
        jumlahJam: r.jp, institusiPenyelenggara: r.institution,
      },
    };
  }
  return {
    diklat: null,
    kursus: {
      namaKursus: r.courseName, jenisKursusId: map.jenisKursusId, jumlahJam: r.jp, tahunKursus: tahun, tanggalKursus: registryDate(r.startDate),
      tanggalSelesaiKursus: registryDate(r.endDate), institusiPenyelenggara: r.institution, nomorSertipikat: r.certificateNumber,
    },
  };
}

const OLD = 'Use `kursus` or `diklat`, which carry the registry\'s own field names.';

/**
 * One completed training as the civil-service registry records it (SIASN "riwayat
 * kursus/diklat"), so it can be pushed without reshaping. The registry's field is named
 * on each field; the registry writes dates as DD-MM-YYYY, this API as YYYY-MM-DD.
 */
@ObjectType({ description: "A completed training in the shape of the civil-service registry's course record (SIASN riwayat kursus/diklat)." })
export class TrainingRecord {
  @Field(() => ID, { description: 'The completed enrolment (global id); stable, usable as the sync key.' })
  enrollmentId!: string;

  @Field({ deprecationReason: OLD, description: 'Course name (SIASN namaKursus): the program and the cohort (angkatan).' })
  courseName!: string;

  @Field(() => TrainingKindEnum, { description: 'Kind of training (SIASN jenis diklat), from the program.' })
  trainingKind!: TrainingKind;

  @Field(() => Int, { deprecationReason: OLD, description: 'The registry number of the kind (SIASN jenisDiklatId).' })
  siasnJenisDiklatId!: number;

  @Field(() => Float, { deprecationReason: OLD, description: "Hours in JP, 45 minutes each (SIASN jumlahJam): the JP of the cohort's scheduled sessions." })
  jp!: number;

  @Field({ deprecationReason: OLD, description: 'Institution that ran it, the academy (SIASN institusiPenyelenggara).' })
  institution!: string;

  @Field({ deprecationReason: OLD, description: 'First day, YYYY-MM-DD (SIASN tanggalKursus).' })
  startDate!: string;

  @Field({ deprecationReason: OLD, description: 'Last day, YYYY-MM-DD (SIASN tanggalSelesaiKursus).' })
  endDate!: string;

  @Field(() => Int, { deprecationReason: OLD, description: 'Year of the training, from the last day (SIASN tahunKursus).' })
  year!: number;

  @Field(() => String, { nullable: true, deprecationReason: OLD, description: 'Certificate number (SIASN nomorSertipikat), `<ACADEMY>/<PROGRAM>/<YEAR>/<seq>`.' })
  certificateNumber!: string | null;

  @Field({ description: 'Code of the cohort (angkatan), e.g. DLA-2026-01.' })
  cohortCode!: string;

  @Field(() => RiwayatKursus, { nullable: true, description: 'The course record (riwayat kursus) in the registry\'s field names; null when this is a structural leadership training (see `diklat`).' })
  kursus!: RiwayatKursus | null;

  @Field(() => RiwayatDiklat, { nullable: true, description: 'The structural leadership training record (riwayat diklat: PKN II, PKA, PKP) in the registry\'s field names; null for a course (see `kursus`).' })
  diklat!: RiwayatDiklat | null;
}

/** JP of each cohort's scheduled sessions, in one statement. */
async function scheduledJp(em: EntityManager, cohortIds: number[]): Promise<Map<number, number>> {
  if (cohortIds.length === 0) return new Map();
  const knex = (em as SqlEntityManager).getKnex();
  const rows: { cohort_id: number; jp: number | string | null }[] = await executeRead(em,
    knex('session').select('cohort_id').sum({ jp: 'jp' }).whereIn('cohort_id', cohortIds).andWhere('status', 'SCHEDULED').groupBy('cohort_id'),
  );
  return new Map(rows.map((r) => [Number(r.cohort_id), Number(r.jp ?? 0)]));
}

/**
 * Course records of completed enrolments whose cohort, program and academy are loaded
 * (populate `cohort.program` and `cohort.academy`).
 */
export async function trainingRecords(em: EntityManager, completed: Enrollment[]): Promise<TrainingRecord[]> {
  const jp = await scheduledJp(em, [...new Set(completed.map((e) => e.cohort.id))]);
  return completed.map((e) => {
    const cohort = e.cohort.getEntity() as Cohort;
    const program = cohort.program.getEntity() as Program;
    const academy = cohort.academy.getEntity() as Academy;
    const courseName = `${program.name}, ${cohort.name}`;
    const hours = jp.get(cohort.id) ?? 0;
    return {
      enrollmentId: e.globalId,
      courseName,
      trainingKind: program.trainingKind,
      siasnJenisDiklatId: SIASN_ID.get(program.trainingKind) ?? 0,
      jp: jp.get(cohort.id) ?? 0,
      institution: academy.name,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      year: Number(cohort.endDate.slice(0, 4)),
      certificateNumber: e.certificateNumber ?? null,
      cohortCode: cohort.code,
      ...registryRecord({
        programKind: program.kind, trainingKind: program.trainingKind, courseName, jp: hours, institution: academy.name,
        startDate: cohort.startDate, endDate: cohort.endDate, certificateNumber: e.certificateNumber ?? null,
      }),
    };
  });
}

export const TRAINING_RECORD_POPULATE = ['cohort.program', 'cohort.academy'] as const;
