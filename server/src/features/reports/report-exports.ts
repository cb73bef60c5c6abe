import { DateTime } from 'luxon';
import { ANNUAL_JP_RIGHT } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { PersonResolver } from '../persons/person.resolver.js';
import { Program } from '../programs/program.entity.js';
import { scoped } from '../tenancy.js';
import { ianaOf } from '../sessions/local-time.js';
import { attendanceSheet } from './attendance-sheet.resolver.js';
import { jpShortfallCount, jpShortfallPages } from './compliance.repository.js';
import { ComplianceResolver } from './compliance.resolver.js';
import { EXPORT_LABELS, type ExportLabels, type ExportLang, type ExportName } from './export-labels.js';
import { GainResolver } from './gain.resolver.js';
import { evaluationSummary, facilitatorScores } from '../evaluations/evaluation.report.js';
import { ParticipationResolver, scopeOf, type ReportFilter } from './participation.resolver.js';
import type { Cell, Column, ExportDocument, Table } from './spreadsheet.js';
import { audit, personalReadEntries } from '../audit/audit.service.js';

/** What an export is asked for: the GraphQL filter, the year (JP compliance) or the cohort (attendance sheet). */
export interface ExportRequest {
  filter: ReportFilter;
  year: number;
  cohortId: number | null;
  lang: ExportLang;
}

/** People per batch when the whole list below 20 JP is written. */
const PEOPLE_BATCH = 1000;

const generated = (L: ExportLabels): [string, string] => [L.about.generated, `${DateTime.now().setZone('Asia/Jakarta').toFormat('yyyy-MM-dd HH:mm')} WIB`];

/**
 * The filter as the figures were computed: the period and the names of what it narrows
 * to (the organizer's own academy always). A given id the caller may not see is null:
 * the route answers 404, as GraphQL's `node` would.
 */
async function describeScope(ctx: Context, filter: ReportFilter, L: ExportLabels): Promise<[string, string][] | null> {
  const scope = scopeOf(filter, ctx);
  const lines: [string, string][] = [[L.about.period, scope.from || scope.to ? `${scope.from ?? '…'} ${L.about.until} ${scope.to ?? '…'}` : L.about.all]];
  const named = async <T extends object>(entity: new () => T, type: 'Academy' | 'Program' | 'Cohort' | 'Agency', id: number | null | undefined, label: string, text: (x: T) => string) => {
    if (id == null) return true;
    const found = await ctx.em.findOne(entity, scoped(ctx.viewer, type, [{ id }]));
    if (found) lines.push([label, text(found)]);
    return !!found;
  };
  const ok = [
    await named(Academy, 'Academy', scope.academyId, L.about.academy, (a) => a.name),
    await named(Program, 'Program', scope.programId, L.about.program, (p) => `${p.code} · ${p.name}`),
    await named(Cohort, 'Cohort', scope.cohortId, L.about.cohort, (c) => `${c.code} · ${c.name}`),
    await named(Agency, 'Agency', scope.agencyId, L.about.agency, (a) => a.name),
  ];
  if (scope.province) lines.push([L.about.province, scope.province]);
  return ok.every(Boolean) ? lines : null;
}

const FIGURES = ['roster', 'enrolled', 'attended', 'completed', 'participationRate', 'completionRate', 'attendanceRate', 'jpEarned', 'jpScheduled', 'digitalLiteracyRate'] as const;
const KIND: Record<(typeof FIGURES)[number], Column['kind']> = {
  roster: 'integer', enrolled: 'integer', attended: 'integer', completed: 'integer', participationRate: 'percent', completionRate: 'percent',
  attendanceRate: 'percent', jpEarned: 'decimal', jpScheduled: 'decimal', digitalLiteracyRate: 'percent',
};

function participationTable(L: ExportLabels, keys: ('eselonGroup' | 'generation')[], list: object[], pick: (r: Record<string, unknown>) => (string | null)[]): Table {
  const rows = list as Record<string, unknown>[];
  return {
    sheet: L.sheets.report,
    columns: [...keys.map((k) => ({ header: L.col[k], kind: 'text' as const })), ...FIGURES.map((f) => ({ header: L.col[f], kind: KIND[f] }))],
    rows: rows.map((r) => [...pick(r), ...FIGURES.map((f) => r[f] as number)]),
  };
}

async function participationDoc(ctx: Context, name: ExportName, filter: ReportFilter, L: ExportLabels): Promise<Table[]> {
  const reports = new ParticipationResolver();
  if (name === 'participation-by-eselon') {
    return [participationTable(L, ['eselonGroup'], await reports.participationByEselon(filter, ctx), (r) => [r.group as string])];
  }
  if (name === 'participation-by-generation') {
    return [participationTable(L, ['generation'], await reports.participationByGeneration(filter, ctx), (r) => [r.group as string | null])];
  }
  return [participationTable(L, ['eselonGroup', 'generation'], await reports.participationMatrix(filter, ctx), (r) => [r.eselonGroup as string, r.generation as string | null])];
}

async function literacyDoc(ctx: Context, filter: ReportFilter, L: ExportLabels, about: [string, string][]): Promise<Table[]> {
  const t = await new ComplianceResolver().literacyTarget(filter, ctx);
  about.push(
    [L.about.target, L.about.targetValue.replace('{share}', `${Math.round(t.target * 100)} %`).replace('{year}', String(t.targetYear))],
    [L.about.now, `${(t.rate * 100).toFixed(1)} %`],
    [L.about.gap, `${(t.gap * 100).toFixed(1)} %`],
  );
  const columns = (first: Column): Column[] => [first, { header: L.col.roster, kind: 'integer' }, { header: L.col.literate, kind: 'integer' }, { header: L.col.literacyRate, kind: 'percent' }];
  return [
    { sheet: L.sheets.report, columns: columns({ header: L.col.eselonGroup, kind: 'text' }), rows: t.byEselon.map((g) => [g.group, g.roster, g.literate, g.rate]) },
    { sheet: L.sheets.trend, columns: columns({ header: L.col.year, kind: 'integer' }), rows: t.trend.map((y) => [y.year, y.roster, y.literate, y.rate]) },
  ];
}

/** The learning gain per eselon group × generation, as `assessmentGain` answers it. */
async function gainDoc(ctx: Context, filter: ReportFilter, L: ExportLabels): Promise<Table[]> {
  const cells = await new GainResolver().assessmentGain(filter, ctx);
  return [{
    sheet: L.sheets.report,
    columns: [
      { header: L.col.eselonGroup, kind: 'text' }, { header: L.col.generation, kind: 'text' }, { header: L.col.paired, kind: 'integer' },
      { header: L.col.meanPre, kind: 'decimal' }, { header: L.col.meanPost, kind: 'decimal' }, { header: L.col.meanGain, kind: 'decimal' },
      { header: L.col.crossed, kind: 'integer' }, { header: L.col.crossedRate, kind: 'percent' },
    ],
    rows: cells.map((c) => [c.eselonGroup, c.generation, c.paired, c.meanPre, c.meanPost, c.meanGain, c.crossed, c.crossedRate]),
  }];
}

/**
 * Everyone below 20 JP in the year (not paged), by name, with NIP shown as GraphQL would
 * show it to this caller. The count is read first; then the roster is read a page at a time
 * (keyset on name and id) while the file is written, each page's people in an entity manager
 * of its own that is dropped after it: neither the people nor their ids are ever all held.
 */
async function belowTable(ctx: Context, filter: ReportFilter, year: number, L: ExportLabels): Promise<Table> {
  const scope = scopeOf(filter, ctx);
  const count = await jpShortfallCount(ctx.em, scope, year);
  const persons = new PersonResolver();
  async function* batches(): AsyncIterable<Cell[][]> {
    let n = 0;
    for await (const batch of jpShortfallPages(ctx.em, scope, year, PEOPLE_BATCH)) {
      const found = await ctx.em.fork().find(Person, { id: { $in: batch.map((r) => r.id) } }, { populate: ['agency'] });
      const people = new Map(found.map((p) => [p.id, p]));
      const out: Cell[][] = [];
      for (const r of batch) {
        const p = people.get(r.id);
        if (!p) continue; // removed since the page was read
        out.push([++n, p.name, await persons.nip(p, ctx), p.eselonGroup, (p.agency.getEntity() as Agency).name, r.jp]);
      }
      // A token shown these NIPs is on the trail before they leave the server.
      await audit(ctx.em.fork(), ctx.viewer, ctx.ip, personalReadEntries(ctx.personalReads));
      yield out;
    }
  }
  return {
    sheet: L.sheets.below,
    columns: [
      { header: L.col.no, kind: 'integer', width: 6 }, { header: L.col.name, kind: 'text', width: 32 }, { header: L.col.nip, kind: 'text', width: 20 },
      { header: L.col.eselonGroup, kind: 'text' }, { header: L.col.agency, kind: 'text', width: 32 }, { header: L.col.jpEarned, kind: 'decimal' },
    ],
    rows: { count, batches },
  };
}

async function complianceDoc(ctx: Context, name: ExportName, req: ExportRequest, L: ExportLabels, about: [string, string][]): Promise<Table[]> {
  about.push([L.about.year, String(req.year)], [L.about.required, `${ANNUAL_JP_RIGHT} JP`]);
  const below = await belowTable(ctx, req.filter, req.year, L);
  if (name === 'jp-compliance-below') return [below];
  const c = await new ComplianceResolver().jpCompliance(req.year, req.filter, ctx);
  return [{
    sheet: L.sheets.report,
    columns: [{ header: L.col.eselonGroup, kind: 'text' }, { header: L.col.roster, kind: 'integer' }, { header: L.col.reached, kind: 'integer' }, { header: L.col.reachedRate, kind: 'percent' }],
    rows: c.byEselon.map((g) => [g.group, g.roster, g.reached, g.rate]),
  }, below];
}

/** The attendance sheet as two tables: people × sessions with their totals, and each session's totals. */
async function attendanceDoc(ctx: Context, cohortId: number, L: ExportLabels): Promise<{ about: [string, string][]; tables: Table[] } | null> {
  const sheet = await attendanceSheet(ctx, cohortId);
  if (!sheet) return null;
  const { cohort } = sheet;
  const zone = ianaOf(cohort.timeZone);
  const at = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const program = await ctx.loaders.ref(Program, cohort.program);
  const persons = new PersonResolver();
  const yesNo = (b: boolean) => (b ? L.yes : L.no);
  const counts = [
    [L.status.PRESENT, 'present'], [L.status.LATE, 'late'], [L.status.EXCUSED, 'excused'], [L.status.SICK, 'sick'],
    [L.status.OFFICIAL_DUTY, 'officialDuty'], [L.status.ABSENT, 'absent'], [L.col.notRecorded, 'notRecorded'],
  ] as const;
  const rows: Table['rows'] = [];
  for (const [i, r] of sheet.rows.entries()) {
    rows.push([
      i + 1, r.person.name, await persons.nip(r.person, ctx), L.enrollment[r.enrollmentStatus],
      ...r.cells.map((c) => (c.status ? L.status[c.status] : null)),
      ...counts.map(([, k]) => r.counts[k]), r.jpEarned, r.jpScheduled, r.attendanceRate, r.completionRate, yesNo(r.meetsThreshold), yesNo(r.completed),
    ]);
  }
  return {
    about: [
      [L.about.cohort, `${cohort.code} · ${cohort.name}`], [L.about.program, program ? `${program.code} · ${program.name}` : ''],
      [L.about.dates, `${cohort.startDate} ${L.about.until} ${cohort.endDate}`], [L.about.timeZone, cohort.timeZone],
      [L.about.threshold, `${Math.round(cohort.completionThreshold * 100)} %`],
    ],
    tables: [
      {
        sheet: L.sheets.sheet,
        columns: [
          { header: L.col.no, kind: 'integer', width: 6 }, { header: L.col.name, kind: 'text', width: 32 }, { header: L.col.nip, kind: 'text', width: 20 },
          { header: L.col.enrollmentStatus, kind: 'text', width: 14 },
          ...sheet.sessions.map((s, i) => ({ header: `${i + 1}. ${at(s.startsAt)} ${s.moduleTitle}`, kind: 'text' as const, width: 14 })),
          ...counts.map(([header]) => ({ header, kind: 'integer' as const, width: 9 })),
          { header: L.col.jpEarned, kind: 'decimal' }, { header: L.col.jpScheduled, kind: 'decimal' }, { header: L.col.attendanceRate, kind: 'percent' },
          { header: L.col.completionShare, kind: 'percent' }, { header: L.col.meetsThreshold, kind: 'text' }, { header: L.col.completed, kind: 'text' },
        ],
        rows,
      },
      {
        sheet: L.sheets.sessions,
        columns: [
          { header: L.col.no, kind: 'integer', width: 6 }, { header: L.col.startsAt, kind: 'text' }, { header: L.col.endsAt, kind: 'text' },
          { header: L.col.moduleCode, kind: 'text' }, { header: L.col.moduleTitle, kind: 'text', width: 32 }, { header: L.col.jp, kind: 'decimal', width: 8 },
          ...counts.map(([header]) => ({ header, kind: 'integer' as const, width: 9 })),
        ],
        rows: sheet.sessions.map((s, i) => [i + 1, at(s.startsAt), at(s.endsAt), s.moduleCode, s.moduleTitle, s.jp, ...counts.map(([, k]) => s.totals[k])]),
      },
    ],
  };
}

type Group = { group: string | null; respondents: number | null; eligible: number; responseRate: number | null; mean: number | null; suppressed: boolean };
const groupRows = (L: ExportLabels, lead: Cell[], groups: { eselon: Group[]; generation: Group[] }, eligible = true): Cell[][] => [
  ...groups.eselon.map((g) => [...lead, L.col.eselonGroup, g.group, g.respondents, ...(eligible ? [g.eligible, g.responseRate] : []), g.mean, g.suppressed ? L.yes : L.no]),
  ...groups.generation.map((g) => [...lead, L.col.generation, g.group ?? L.col.unknown, g.respondents, ...(eligible ? [g.eligible, g.responseRate] : []), g.mean, g.suppressed ? L.yes : L.no]),
];
const spread = (d: { label: string; count: number }[]) => d.map((v) => `${v.label}: ${v.count}`).join('; ');

/** A cohort's evaluation results as `evaluationSummary` answers them: per question, and per group; small groups hidden. */
async function evaluationDoc(ctx: Context, cohortId: number, L: ExportLabels): Promise<{ about: [string, string][]; tables: Table[] } | null> {
  const s = await evaluationSummary(ctx.em, ctx.viewer, cohortId);
  if (!s) return null;
  const questions: Cell[][] = [];
  const groups: Cell[][] = [];
  for (const f of s.forms) {
    for (const t of f.targets) {
      const about = t.facilitator?.name ?? t.venue?.name ?? L.col.cohortRunning;
      questions.push([f.form.title, about, '', t.respondents, t.eligible, t.responseRate, t.mean, '', t.suppressed ? L.yes : L.no]);
      for (const q of t.questions) questions.push([f.form.title, about, q.text, q.responses, t.eligible, q.responseRate, q.mean, spread(q.distribution), q.suppressed ? L.yes : L.no]);
      groups.push(...groupRows(L, [f.form.title, about], { eselon: t.byEselon, generation: t.byGeneration }));
    }
  }
  const yesNo = { header: L.col.suppressed, kind: 'text' as const };
  return {
    about: [[L.about.cohort, `${s.cohort.code} · ${s.cohort.name}`], [L.about.dates, `${s.cohort.startDate} ${L.about.until} ${s.cohort.endDate}`]],
    tables: [
      {
        sheet: L.sheets.questions,
        columns: [
          { header: L.col.form, kind: 'text', width: 28 }, { header: L.col.target, kind: 'text', width: 28 }, { header: L.col.question, kind: 'text', width: 40 },
          { header: L.col.respondents, kind: 'integer' }, { header: L.col.eligible, kind: 'integer' }, { header: L.col.responseRate, kind: 'percent' },
          { header: L.col.mean, kind: 'decimal' }, { header: L.col.distribution, kind: 'text', width: 32 }, yesNo,
        ],
        rows: questions,
      },
      {
        sheet: L.sheets.groups,
        columns: [
          { header: L.col.form, kind: 'text', width: 28 }, { header: L.col.target, kind: 'text', width: 28 }, { header: L.col.grouping, kind: 'text' }, { header: L.col.group, kind: 'text' },
          { header: L.col.respondents, kind: 'integer' }, { header: L.col.eligible, kind: 'integer' }, { header: L.col.responseRate, kind: 'percent' }, { header: L.col.mean, kind: 'decimal' }, yesNo,
        ],
        rows: groups,
      },
    ],
  };
}

/** Facilitators' scores as `facilitatorScores` answers them. */
async function facilitatorDoc(ctx: Context, filter: ReportFilter, L: ExportLabels): Promise<Table[]> {
  const scores = await facilitatorScores(ctx.em, ctx.viewer, filter);
  const yesNo = { header: L.col.suppressed, kind: 'text' as const };
  return [
    {
      sheet: L.sheets.questions,
      columns: [
        { header: L.col.facilitator, kind: 'text', width: 32 }, { header: L.col.question, kind: 'text', width: 40 }, { header: L.col.respondents, kind: 'integer' },
        { header: L.col.mean, kind: 'decimal' }, { header: L.col.distribution, kind: 'text', width: 32 }, yesNo,
      ],
      rows: scores.flatMap((f) => [
        [f.facilitator.name, '', f.respondents, f.mean, spread(f.distribution), f.suppressed ? L.yes : L.no],
        ...f.questions.map((q) => [f.facilitator.name, q.text, q.responses, q.mean, spread(q.distribution), q.suppressed ? L.yes : L.no]),
      ]),
    },
    {
      sheet: L.sheets.groups,
      columns: [
        { header: L.col.facilitator, kind: 'text', width: 32 }, { header: L.col.grouping, kind: 'text' }, { header: L.col.group, kind: 'text' },
        { header: L.col.respondents, kind: 'integer' }, { header: L.col.mean, kind: 'decimal' }, yesNo,
      ],
      rows: scores.flatMap((f) => groupRows(L, [f.facilitator.name], { eselon: f.byEselon, generation: f.byGeneration }, false)),
    },
  ];
}

/**
 * Builds an export from the same resolvers and repositories as the GraphQL fields, so
 * a file and the API never disagree. Null when the cohort or a filter's object is not
 * one the caller may see.
 */
export async function buildExport(ctx: Context, name: ExportName, req: ExportRequest): Promise<ExportDocument | null> {
  const L = EXPORT_LABELS[req.lang];
  if (name === 'attendance-sheet') {
    const doc = req.cohortId === null ? null : await attendanceDoc(ctx, req.cohortId, L);
    return doc && { title: `${L.titles[name]} ${doc.about[0]![1]}`, about: [...doc.about, generated(L)], tables: doc.tables };
  }
  if (name === 'evaluation-summary') {
    const doc = req.cohortId === null ? null : await evaluationDoc(ctx, req.cohortId, L);
    return doc && { title: `${L.titles[name]} ${doc.about[0]![1]}`, about: [...doc.about, generated(L)], tables: doc.tables };
  }
  const about = await describeScope(ctx, req.filter, L);
  if (!about) return null;
  const tables = name === 'literacy-target' ? await literacyDoc(ctx, req.filter, L, about)
    : name === 'jp-compliance' || name === 'jp-compliance-below' ? await complianceDoc(ctx, name, req, L, about)
    : name === 'assessment-gain' ? await gainDoc(ctx, req.filter, L)
    : name === 'facilitator-scores' ? await facilitatorDoc(ctx, req.filter, L)
    : await participationDoc(ctx, name, req.filter, L);
  return { title: L.titles[name], about: [...about, generated(L)], tables };
}
