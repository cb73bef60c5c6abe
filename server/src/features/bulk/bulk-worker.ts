import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rename, rm, truncate } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { EntityManager, FilterQuery, MikroORM } from '@mikro-orm/core';
import { stringify } from 'csv-stringify/sync';
import { ERROR_CODES } from '@lintas/shared';
import type { ExportConfig } from '../../config.js';
import { writeTransaction } from '../../db/write-queue.js';
import { audit } from '../audit/audit.service.js';
import { spreadsheetText } from '../reports/spreadsheet.js';
import { BulkOperation } from './bulk-operation.entity.js';
import { EXPORT_SOURCES, mayExport, type Row } from './bulk-sources.js';
import { EXTENSION, ownerViewer } from './bulk.service.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The worker's own bookkeeping (which exports wait, who holds them, their cursor) is read
 * from the primary, where the claims are written; the rows it exports are plain reads,
 * which a read replica answers when there is one.
 */
const PRIMARY = { connectionType: 'write' } as const;

/** The claim was taken over by another process (its lease lapsed): stop without touching the operation. */
class LostClaim extends Error {}

/**
 * Runs bulk exports in the background of every server process. Work is found in the
 * database, never handed over in memory: a queued export, or a running one whose
 * claimant stopped renewing its lease (a crashed or restarted process), is claimed
 * with a conditional UPDATE, so two processes never run the same export. Each page is
 * appended and synced to the claim's own part file before the cursor and file length
 * are recorded; a resumed run copies the previous part up to that length and goes on
 * from the cursor.
 */
export class BulkWorker {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private stopping = false;
  private readonly running = new Map<number, Promise<void>>();

  constructor(private readonly orm: MikroORM, private readonly config: ExportConfig) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.config.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now (after an export was started in this process). */
  kick(): void {
    if (!this.stopping) void this.tick().catch((err) => console.error('bulk export worker:', err));
  }

  /** Stops claiming; running exports stop at their next page and are handed back (QUEUED) for any process to resume. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled(this.running.values());
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const em = this.orm.em.fork();
      await this.expire(em);
      const free = this.config.concurrency - this.running.size;
      if (free <= 0) return;
      const now = new Date();
      const candidates = await em.find(BulkOperation, {
        $or: [{ status: 'QUEUED' }, { status: 'RUNNING', leaseUntil: { $lt: now } }],
        id: { $nin: [...this.running.keys(), 0] },
      } as FilterQuery<BulkOperation>, { orderBy: { id: 'asc' }, limit: free * 2, ...PRIMARY });
      candidates.push(...await this.orphans(em));
      for (const op of candidates) {
        if (this.running.size >= this.config.concurrency || this.stopping) break;
        if (!(await this.claim(em, op))) continue;
        const run = this.run(op.id).finally(() => {
          this.running.delete(op.id);
          this.kick();
        });
        this.running.set(op.id, run);
      }
    } finally {
      this.ticking = false;
    }
  }

  /**
   * Running exports whose claimant was a process on this host that is gone (a restart
   * or a crash): taken up at once instead of after the lease. Other hosts' claims wait
   * for their lease to lapse.
   */
  private async orphans(em: EntityManager): Promise<BulkOperation[]> {
    const host = `${hostname()}:`;
    const mine = await em.find(BulkOperation, { status: 'RUNNING', claimedBy: { $like: `${host}%` }, leaseUntil: { $gte: new Date() } }, { limit: 20, ...PRIMARY });
    return mine.filter((op) => {
      if (this.running.has(op.id) || op.claimedBy === this.id) return false;
      const pid = Number(op.claimedBy!.slice(host.length).split(':')[0]);
      return pid === process.pid || !alive(pid);
    });
  }

  /** Compare-and-set on the attempt counter: exactly one process wins a given attempt. */
  private async claim(em: EntityManager, op: BulkOperation): Promise<boolean> {
    const now = new Date();
    const claimed = await writeTransaction(em, (tem) => tem.nativeUpdate(BulkOperation, {
      id: op.id, attempt: op.attempt,
      $or: [{ status: 'QUEUED' }, { status: 'RUNNING', leaseUntil: { $lt: now } }, { status: 'RUNNING', claimedBy: op.claimedBy ?? '' }],
    } as FilterQuery<BulkOperation>, {
      status: 'RUNNING', attempt: op.attempt + 1, claimedBy: this.id, leaseUntil: this.leaseFrom(now), startedAt: op.startedAt ?? now,
    }));
    return claimed === 1;
  }

  private leaseFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.leaseSeconds * 1000);
  }

  /** Updates the operation only while this process still holds the claim. */
  private async update(id: number, attempt: number, values: Partial<BulkOperation>): Promise<void> {
    const em = this.orm.em.fork();
    const n = await writeTransaction(em, (tem) => tem.nativeUpdate(BulkOperation, { id, attempt, claimedBy: this.id }, values));
    if (n !== 1) throw new LostClaim();
  }

  private async run(id: number): Promise<void> {
    const em = this.orm.em.fork();
    const op = await em.findOneOrFail(BulkOperation, id, PRIMARY);
    const { attempt } = op;
    try {
      const viewer = await ownerViewer(em, op.owner);
      if (!viewer || !mayExport(viewer, op.kind)) {
        await this.update(id, attempt, { status: 'FAILED', errorCode: ERROR_CODES.EXPORT_OWNER_REVOKED, finishedAt: new Date(), claimedBy: null, leaseUntil: null });
        return;
      }
      const source = EXPORT_SOURCES[op.kind];
      const filter = op.filter ?? {};
      await mkdir(this.config.dir, { recursive: true });
      const part = `${op.id}-${attempt}.part`;
      const partPath = join(this.config.dir, part);
      let { cursor, rowsWritten, bytesWritten } = op;
      const previous = op.fileName ? join(this.config.dir, op.fileName) : null;
      if (cursor != null && previous && existsSync(previous)) {
        await copyFile(previous, partPath);
        await truncate(partPath, bytesWritten);
      } else {
        cursor = null;
        rowsWritten = 0;
        bytesWritten = 0;
        await rm(partPath, { force: true });
      }
      const totalRows = op.totalRows ?? await source.count(em.fork(), viewer, filter);
      const file = await open(partPath, 'a');
      try {
        if (bytesWritten === 0 && op.format === 'CSV') bytesWritten += await append(file, stringify([source.columns.map(spreadsheetText)]));
        await this.update(id, attempt, { totalRows, fileName: part, cursor, rowsWritten, bytesWritten, leaseUntil: this.leaseFrom(new Date()) });
        for (;;) {
          if (this.stopping) {
            // Handed back at a page boundary: the next claimant resumes from the recorded cursor.
            await this.update(id, attempt, { status: 'QUEUED', claimedBy: null, leaseUntil: null });
            return;
          }
          const { rows, last } = await source.page(em.fork(), viewer, filter, cursor ?? 0, this.config.batchSize);
          if (last === null) break;
          bytesWritten += await append(file, serialize(op.format, source.columns, rows));
          await file.datasync();
          cursor = last;
          rowsWritten += rows.length;
          await this.update(id, attempt, { cursor, rowsWritten, bytesWritten, leaseUntil: this.leaseFrom(new Date()) });
          if (this.config.batchPauseMs > 0) await sleep(this.config.batchPauseMs);
        }
      } finally {
        await file.close();
      }
      const finalName = `${op.id}.${EXTENSION[op.format]}`;
      await rename(partPath, join(this.config.dir, finalName));
      const now = new Date();
      await this.update(id, attempt, {
        status: 'COMPLETED', fileName: finalName, totalRows: rowsWritten, finishedAt: now, claimedBy: null, leaseUntil: null,
        expiresAt: new Date(now.getTime() + this.config.fileTtlHours * 3_600_000),
      });
      await removeParts(this.config.dir, op.id);
      // One trail entry per export, not one per row: who exported what, and how much.
      await audit(em.fork(), viewer, null, [{ action: 'bulk-export.completed', targetType: 'BulkOperation', targetId: op.id, details: { kind: op.kind, format: op.format, rows: rowsWritten } }]);
    } catch (err) {
      if (err instanceof LostClaim) return;
      console.error(`bulk export ${id} failed:`, err);
      await this.update(id, attempt, { status: 'FAILED', errorCode: ERROR_CODES.EXPORT_FAILED, finishedAt: new Date(), claimedBy: null, leaseUntil: null }).catch(() => undefined);
    }
  }

  /** Deletes finished files past their expiry and marks their operations EXPIRED. */
  private async expire(em: EntityManager): Promise<void> {
    const due = await em.find(BulkOperation, { status: 'COMPLETED', expiresAt: { $lte: new Date() } }, { limit: 100, ...PRIMARY });
    for (const op of due) {
      const n = await writeTransaction(em, (tem) => tem.nativeUpdate(BulkOperation, { id: op.id, status: 'COMPLETED' }, { status: 'EXPIRED' }));
      if (n === 1 && op.fileName) await rm(join(this.config.dir, op.fileName), { force: true });
    }
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function append(file: import('node:fs/promises').FileHandle, text: string): Promise<number> {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length > 0) await file.write(buffer);
  return buffer.length;
}

function serialize(format: 'JSONL' | 'CSV', columns: readonly string[], rows: Row[]): string {
  if (format === 'CSV') return stringify(rows.map((r) => columns.map((c) => spreadsheetText(r[c] ?? null))), { header: false });
  return rows.map((r) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))}\n`).join('');
}

async function removeParts(dir: string, id: number): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(`${id}-`) && name.endsWith('.part')) await rm(join(dir, name), { force: true });
  }
}
