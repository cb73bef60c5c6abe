import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_COMPLETION_THRESHOLD, DEFAULT_TRAINING_KIND, ERROR_CODES } from '@lintas/shared';
import { tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { archivedError, checkCode, checkText, codeTaken, targetAcademy } from '../catalogue/catalogue.rules.js';
import { editVersioned, saveNew, type Edited } from '../catalogue/catalogue.service.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Program } from './program.entity.js';
import { Academy } from '../academies/academy.entity.js';
import type { CreateProgramInput, CreateTrainingModuleInput, UpdateProgramInput, UpdateTrainingModuleInput } from './program.inputs.js';
import { TrainingModule } from './training-module.entity.js';

function checkThreshold(t: number | null | undefined, errors: UserError[]): void {
  if (t != null && !(t > 0 && t <= 1)) errors.push(new UserError('completionThreshold', ERROR_CODES.OUT_OF_RANGE, 'completion threshold must be above 0 and at most 1'));
}

function checkJp(jp: number | null | undefined, errors: UserError[]): void {
  if (jp != null && !(Number.isInteger(jp) && jp >= 1 && jp <= 200)) errors.push(new UserError('jp', ERROR_CODES.OUT_OF_RANGE, 'JP must be a whole number from 1 to 200'));
}

export async function createProgram(em: EntityManager, viewer: Viewer, input: CreateProgramInput): Promise<Edited<Program>> {
  const errors: UserError[] = [];
  const academy = await targetAcademy(em, viewer, input.academyId, errors);
  const code = checkCode(input.code, 'code', errors);
  const name = checkText(input.name, 'name', 200, errors);
  const description = checkText(input.description, 'description', 4000, errors, false, true);
  checkThreshold(input.completionThreshold, errors);
  if (academy && code && (await em.count(Program, { academy, code }))) errors.push(codeTaken('code', 'program'));
  if (errors.length > 0 || !academy) return { value: null, errors };
  return saveNew(em, 'program', 'code', async (tem) => tem.create(Program, {
    academy: tem.getReference(Academy, academy.id), code, name: name!, kind: input.kind, trainingKind: input.trainingKind ?? DEFAULT_TRAINING_KIND,
    targetEselonGroups: [...new Set(input.targetEselonGroups)], completionThreshold: input.completionThreshold ?? DEFAULT_COMPLETION_THRESHOLD, description, warnSupervisor: input.warnSupervisor ?? false,
    requiresSupervisorApproval: input.requiresSupervisorApproval ?? false,
    requiresApprovedActionPlan: input.requiresApprovedActionPlan ?? false,
  }));
}

export function updateProgram(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateProgramInput): Promise<Edited<Program>> {
  return editVersioned(em, (tem) => (id === null ? Promise.resolve(null) : tem.findOne(Program, scoped(viewer, 'Program', [{ id }]))), input.version, async (tem, program) => {
    const errors: UserError[] = [];
    const code = input.code != null ? checkCode(input.code, 'code', errors) : null;
    const name = input.name != null ? checkText(input.name, 'name', 200, errors) : null;
    const description = input.description != null ? checkText(input.description, 'description', 4000, errors, false, true) : undefined;
    checkThreshold(input.completionThreshold, errors);
    if (code && code !== program.code && (await tem.count(Program, { academy: program.academy, code }))) errors.push(codeTaken('code', 'program'));
    if (errors.length > 0) return errors;
    if (code) program.code = code;
    if (name) program.name = name;
    if (input.kind) program.kind = input.kind;
    if (input.trainingKind) program.trainingKind = input.trainingKind;
    if (input.targetEselonGroups) program.targetEselonGroups = [...new Set(input.targetEselonGroups)];
    if (input.completionThreshold != null) program.completionThreshold = input.completionThreshold;
    if (input.warnSupervisor != null) program.warnSupervisor = input.warnSupervisor;
    if (description !== undefined) program.description = description;
    if (input.requiresSupervisorApproval != null) program.requiresSupervisorApproval = input.requiresSupervisorApproval;
    if (input.requiresApprovedActionPlan != null) program.requiresApprovedActionPlan = input.requiresApprovedActionPlan;
    return [];
  }, 'program');
}

/** The academy's active facilitators with these global ids; any other (or archived) is an error. */
async function qualifiedFacilitators(em: EntityManager, academyId: number, ids: string[], errors: UserError[]): Promise<Facilitator[]> {
  const local = ids.map((id) => tryLocalId(id, 'Facilitator'));
  const found = await em.find(Facilitator, { id: { $in: local.filter((x): x is number => x !== null) }, academy: academyId });
  const byId = new Map(found.map((f) => [f.id, f]));
  local.forEach((id, i) => {
    const f = id === null ? undefined : byId.get(id);
    if (!f) errors.push(new UserError(`facilitatorIds.${i}`, ERROR_CODES.NOT_FOUND, 'no such facilitator'));
    else if (f.archivedAt) errors.push(archivedError(`facilitatorIds.${i}`, 'facilitator'));
  });
  return [...new Set(found)];
}

async function moduleCodeTaken(em: EntityManager, academyId: number, code: string): Promise<boolean> {
  return (await em.count(TrainingModule, { code, program: { academy: academyId } })) > 0;
}

export async function createTrainingModule(em: EntityManager, viewer: Viewer, input: CreateTrainingModuleInput): Promise<Edited<TrainingModule>> {
  const errors: UserError[] = [];
  const programId = tryLocalId(input.programId, 'Program');
  const program = programId === null ? null : await em.findOne(Program, scoped(viewer, 'Program', [{ id: programId }]));
  if (!program) errors.push(new UserError('programId', ERROR_CODES.NOT_FOUND, 'no such program'));
  else if (program.archivedAt) errors.push(archivedError('programId', 'program'));
  const code = checkCode(input.code, 'code', errors);
  const title = checkText(input.title, 'title', 200, errors);
  checkJp(input.jp, errors);
  const facilitators = program && input.facilitatorIds?.length ? await qualifiedFacilitators(em, program.academy.id, input.facilitatorIds, errors) : [];
  if (program && code && (await moduleCodeTaken(em, program.academy.id, code))) errors.push(codeTaken('code', 'module'));
  if (errors.length > 0 || !program) return { value: null, errors };
  const last = await em.findOne(TrainingModule, { program }, { orderBy: { position: 'desc' } });
  return saveNew(em, 'module', 'code', async (tem) => {
    const module = tem.create(TrainingModule, {
      program: tem.getReference(Program, program.id), code, title: title!, competencyArea: input.competencyArea, format: input.format, jp: input.jp,
      targetGenerations: [...new Set(input.targetGenerations ?? [])], crossGeneration: input.crossGeneration ?? false, position: (last?.position ?? 0) + 1,
    });
    module.facilitators.set(facilitators.map((f) => tem.getReference(Facilitator, f.id)));
    return module;
  });
}

export function updateTrainingModule(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateTrainingModuleInput): Promise<Edited<TrainingModule>> {
  const load = (tem: EntityManager) => (id === null ? Promise.resolve(null) : tem.findOne(TrainingModule, scoped(viewer, 'TrainingModule', [{ id }]), { populate: ['program'] }));
  return editVersioned(em, load, input.version, async (tem, module) => {
    const errors: UserError[] = [];
    const academyId = module.program.getEntity().academy.id;
    const code = input.code != null ? checkCode(input.code, 'code', errors) : null;
    const title = input.title != null ? checkText(input.title, 'title', 200, errors) : null;
    checkJp(input.jp, errors);
    const facilitators = input.facilitatorIds ? await qualifiedFacilitators(tem, academyId, input.facilitatorIds, errors) : null;
    if (code && code !== module.code && (await moduleCodeTaken(tem, academyId, code))) errors.push(codeTaken('code', 'module'));
    if (errors.length > 0) return errors;
    if (code) module.code = code;
    if (title) module.title = title;
    if (input.competencyArea) module.competencyArea = input.competencyArea;
    if (input.format) module.format = input.format;
    if (input.jp != null) module.jp = input.jp;
    if (input.targetGenerations) module.targetGenerations = [...new Set(input.targetGenerations)];
    if (input.crossGeneration != null) module.crossGeneration = input.crossGeneration;
    if (facilitators) {
      await module.facilitators.init();
      module.facilitators.set(facilitators);
      // A change of the qualified list alone is still an edit of the module: its version moves.
      module.updatedAt = new Date();
    }
    return [];
  }, 'module');
}
