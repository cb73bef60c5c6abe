import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { executeRead } from '../../db/read.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TRAINING_KINDS, type TrainingKind } from '@lintas/shared';
import { TrainingKindEnum } from '../../graphql/enums.js';
import type { Academy } from '../academies/academy.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import type { Program } from '../programs/program.entity.js';
import type { Enrollment } from './enrollment.entity.js';

const SIASN_ID = new Map<string, number>(TRAINING_KINDS.map((k) => [k.code, k.siasnId]));

/**
 * One completed training as the civil-service registry records it (SIASN "riwayat
 * kursus/diklat"), so it can be pushed without reshaping. The registry's field is named
 * on each field; the registry writes dates as DD-MM-YYYY, this API as YYYY-MM-DD.
 */
@ObjectType({ description: "A completed training in the shape of the civil-service registry's course record (SIASN riwayat kursus/diklat)." })
export class TrainingRecord {
  @Field(() => ID, { description: 'The completed enrolment (global id); stable, usable as the sync key.' })
  enrollmentId!: string;

  @Field({ description: 'Course name (SIASN namaKursus): the program and the cohort (angkatan).' })
  courseName!: string;

  @Field(() => TrainingKindEnum, { description: 'Kind of training (SIASN jenis diklat), from the program.' })
  trainingKind!: TrainingKind;

  @Field(() => Int, { description: 'The registry number of the kind (SIASN jenisDiklatId).' })
  siasnJenisDiklatId!: number;

  @Field(() => Float, { description: "Hours in JP, 45 minutes each (SIASN jumlahJam): the JP of the cohort's scheduled sessions." })
  jp!: number;

  @Field({ description: 'Institution that ran it, the academy (SIASN institusiPenyelenggara).' })
  institution!: string;

  @Field({ description: 'First day, YYYY-MM-DD (SIASN tanggalKursus).' })
  startDate!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (SIASN tanggalSelesaiKursus).' })
  endDate!: string;

  @Field(() => Int, { description: 'Year of the training, from the last day (SIASN tahunKursus).' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Certificate number (SIASN nomorSertipikat), `<ACADEMY>/<PROGRAM>/<YEAR>/<seq>`.' })
  certificateNumber!: string | null;

  @Field({ description: 'Code of the cohort (angkatan), e.g. DLA-2026-01.' })
  cohortCode!: string;
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
    return {
      enrollmentId: e.globalId,
      courseName: `${program.name}, ${cohort.name}`,
      trainingKind: program.trainingKind,
      siasnJenisDiklatId: SIASN_ID.get(program.trainingKind) ?? 0,
      jp: jp.get(cohort.id) ?? 0,
      institution: academy.name,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      year: Number(cohort.endDate.slice(0, 4)),
      certificateNumber: e.certificateNumber ?? null,
      cohortCode: cohort.code,
    };
  });
}

export const TRAINING_RECORD_POPULATE = ['cohort.program', 'cohort.academy'] as const;
