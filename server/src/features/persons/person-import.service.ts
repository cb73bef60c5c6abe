import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { actorOf, academyOf, type Viewer } from '../../graphql/viewer.js';
import { COLUMN_OF, failureOf, readRosterFile, type CsvRow } from './person-csv.js';
import { PersonImport, type StoredRowError } from './person-import.entity.js';
import { ROSTER_BATCH, upsertRoster, type RosterResult } from './person.service.js';

/** This process, as it claims the imports it runs. */
export const IMPORT_PROCESS = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
/** Row errors an import keeps (the first, by line). */
export const MAX_STORED_ROW_ERRORS = 100;
/** How long a process vouches for its running imports without renewing (PostgreSQL); renewed at a third of it. */
const LEASE_MS = 60_000;
/** An upload being received that no import owns yet is an orphan after this long (a process stopped while receiving it). */
const ORPHAN_UPLOAD_MS = 60 * 60_000;

/** Rows read so far by the imports this process runs: a poll answered here sees them before the database does. */
const live = new Map<number, number>();

export function liveRowsRead(id: number): number | undefined {
  return live.get(id);
}

/** A new name under the import folder for an upload being received. */
export async function uploadPath(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return join(dir, `upload-${Date.now()}-${randomUUID()}.csv`);
}

/**
 * Records a received upload as a QUEUED import of this process, for `run` to import. Its
 * total is counted already: the route reads the whole file once before it answers.
 */
export async function queueImport(em: EntityManager, viewer: Viewer, file: string, bytes: number, totalRows: number, dryRun: boolean): Promise<PersonImport> {
  const imp = em.create(PersonImport, {
    owner: actorOf(viewer).actor, academy: academyOf(viewer), dryRun, fileName: file, bytesReceived: bytes, totalRows,
    claimedBy: IMPORT_PROCESS, leaseUntil: new Date(Date.now() + LEASE_MS),
  });
  await em.persistAndFlush(imp);
  return imp;
}

/** The outcome's counts and first row errors, as stored. */
function outcome(result: RosterResult, lines: Map<number, number>): Partial<PersonImport> {
  const rowErrors: StoredRowError[] = result.errors.slice(0, MAX_STORED_ROW_ERRORS).map((e) => ({
    line: lines.get(e.row) ?? e.row + 2, field: e.field && (COLUMN_OF[e.field] ?? e.field), code: e.code, message: e.message,
  }));
  return {
    rowsRead: result.total, totalRows: result.total, validRows: result.valid, created: result.created, updated: result.updated,
    rejectedRows: new Set(result.errors.map((e) => e.row)).size, rowErrors, unknownAgencyCodes: result.unknownAgencyCodes.slice(0, 1000), status: 'COMPLETED', finishedAt: new Date(), errorCode: null,
  };
}

/**
 * Imports a queued upload through the roster import (`upsertRoster`, as `importPersons`):
 * rows checked in batches read from the file, good rows written in one transaction that
 * also writes the import's outcome. Runs in the background of the process that received
 * the file; whatever stops it, nothing of it is written unless all of it is.
 */
export function runImport(orm: MikroORM, id: number, dir: string): Promise<void> {
  const run = importNow(orm, id, dir).finally(() => running.delete(run));
  running.add(run);
  return run;
}

/** Imports this process is running: a graceful shutdown lets them finish. */
const running = new Set<Promise<void>>();

async function importNow(orm: MikroORM, id: number, dir: string): Promise<void> {
  const em = orm.em.fork() as SqlEntityManager;
  const imp = await em.findOneOrFail(PersonImport, id);
  const path = join(dir, imp.fileName!);
  const heartbeat = isPostgres(em) ? setInterval(() => void renew(orm, id), LEASE_MS / 3) : null;
  heartbeat?.unref();
  const update = (values: Partial<PersonImport>) => em.fork().nativeUpdate(PersonImport, { id }, { ...values, updatedAt: new Date() });
  try {
    await update({ status: 'RUNNING', startedAt: new Date() });
    live.set(id, 0);
    const parsed = await readRosterFile(path);
    if (!parsed.ok) throw Object.assign(new Error(parsed.message), { importCode: parsed.code });
    let rowsRead = 0;
    const postgres = isPostgres(em);
    const batches = (async function* (): AsyncGenerator<CsvRow[]> {
      for await (const batch of parsed.batches(ROSTER_BATCH)) {
        yield batch;
        rowsRead += batch.length;
        live.set(id, rowsRead);
        // PostgreSQL answers polls from other connections (and processes) meanwhile; SQLite's one connection is the import's.
        if (postgres) await update({ rowsRead });
      }
    })();
    let written = false;
    const lines = async (result: RosterResult) => parsed.linesOf(result.errors.slice(0, MAX_STORED_ROW_ERRORS).map((e) => e.row));
    const result = await upsertRoster(em, batches, imp.dryRun, imp.academy ?? null, async (tem, result) => {
      written = true;
      await tem.nativeUpdate(PersonImport, { id }, { ...outcome(result, await lines(result)), updatedAt: new Date() });
    });
    if (!written) await update(outcome(result, await lines(result)));
  } catch (err) {
    const code = (err as { importCode?: ErrorCode }).importCode ?? failureOf(err)?.code ?? ERROR_CODES.IMPORT_FAILED;
    if (code === ERROR_CODES.IMPORT_FAILED) console.error(`[imports] import ${id} failed`, err);
    await update({ status: 'FAILED', errorCode: code, finishedAt: new Date() }).catch((e) => console.error('[imports] cannot record a failed import', e));
  } finally {
    if (heartbeat) clearInterval(heartbeat);
    live.delete(id);
    await rm(path, { force: true });
  }
}

async function renew(orm: MikroORM, id: number): Promise<void> {
  await orm.em.fork().nativeUpdate(PersonImport, { id, claimedBy: IMPORT_PROCESS, status: { $in: ['QUEUED', 'RUNNING'] } }, { leaseUntil: new Date(Date.now() + LEASE_MS) })
    .catch((err) => console.error('[imports] cannot renew the lease of import', id, err));
}

/**
 * Marks FAILED (`import/interrupted`) the imports a stopped process left QUEUED or
 * RUNNING, and removes their files. Their rows were never committed: the outcome
 * commits with them. SQLite is one process's file, so any other process's import is
 * a stopped one's; on PostgreSQL, one of a process of this host that is gone, or one
 * whose process let its lease lapse.
 */
export async function failInterrupted(orm: MikroORM, dir: string): Promise<number> {
  const em = orm.em.fork();
  const open = await em.find(PersonImport, { status: { $in: ['QUEUED', 'RUNNING'] } }, { fields: ['id', 'fileName', 'claimedBy', 'leaseUntil'] });
  const postgres = isPostgres(em);
  const stale = open.filter((imp) => imp.claimedBy !== IMPORT_PROCESS && (!postgres || !imp.claimedBy || stopped(imp.claimedBy) || imp.leaseUntil! < new Date()));
  if (stale.length === 0) return 0;
  await em.nativeUpdate(PersonImport, { id: { $in: stale.map((s) => s.id) }, status: { $in: ['QUEUED', 'RUNNING'] } }, {
    status: 'FAILED', errorCode: ERROR_CODES.IMPORT_INTERRUPTED, finishedAt: new Date(), updatedAt: new Date(),
  });
  for (const s of stale) if (s.fileName) await rm(join(dir, s.fileName), { force: true });
  return stale.length;
}

/**
 * At start, fails what stopped processes left and removes stray uploads; on PostgreSQL,
 * where processes share the database, looks again each lease period. `stop` waits for
 * the imports this process runs (a graceful shutdown, after the last request is answered).
 */
export function startImportHousekeeping(orm: MikroORM, dir: string): { ready: Promise<void>; stop: () => Promise<void> } {
  const sweep = async () => {
    const n = await failInterrupted(orm, dir);
    if (n > 0) console.log(`[imports] ${n} import(s) left by a stopped process marked ${ERROR_CODES.IMPORT_INTERRUPTED}`);
  };
  const ready = sweep().then(() => removeOrphanUploads(dir)).catch((err) => console.error('[imports] housekeeping failed', err));
  const timer = isPostgres(orm.em) ? setInterval(() => void sweep().catch((err) => console.error('[imports] housekeeping failed', err)), LEASE_MS) : null;
  timer?.unref();
  return {
    ready,
    async stop() {
      if (timer) clearInterval(timer);
      await Promise.allSettled([ready, ...running]);
    },
  };
}

/**
 * Whether the process of a claim (`host:pid:instance`) is known to have stopped: one of
 * this host whose pid runs nothing, or runs this process (a restart that got the same pid).
 * A claim of another host is judged by its lease alone.
 */
function stopped(claim: string): boolean {
  const [host, pid] = claim.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  if (Number(pid) === process.pid) return true;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes uploads no import took over: files a process was receiving when it stopped. */
export async function removeOrphanUploads(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith('upload-'))) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > ORPHAN_UPLOAD_MS) await rm(join(dir, name), { force: true });
  }
}
