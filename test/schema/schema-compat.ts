import { execFileSync } from 'node:child_process';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema, DEFAULT_DEPRECATION_REASON, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface Compatibility {
  /** Breaking changes to elements that were not deprecated (with a reason) before: these fail. */
  refused: Change[];
  /** Breaking changes to elements announced with `@deprecated(reason:)` in the previous version. */
  announced: Change[];
  /** Changes that may surprise a client (e.g. a new enum value, a changed default), reported only. */
  dangerous: Change[];
  /** Everything else: additions, descriptions. */
  safe: Change[];
}

/**
 * Compares two SDLs with GraphQL Inspector. A breaking change passes only when the
 * element it removes or changes (or, for a type, every field and argument that used
 * it) carried `@deprecated` with a reason of its own in the previous version.
 */
export async function compareSchemas(previousSdl: string, currentSdl: string): Promise<Compatibility> {
  const previous = buildSchema(previousSdl);
  const changes = await diff(previous, buildSchema(currentSdl));
  const result: Compatibility = { refused: [], announced: [], dangerous: [], safe: [] };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      (change.path && wasDeprecated(previous, change.path) ? result.announced : result.refused).push(change);
    } else if (level === CriticalityLevel.Dangerous) {
      result.dangerous.push(change);
    } else {
      result.safe.push(change);
    }
  }
  return result;
}

/** `@deprecated` alone gets graphql-js's default reason; the policy asks for a real one. */
function announced(reason: string | null | undefined): boolean {
  return !!reason?.trim() && reason !== DEFAULT_DEPRECATION_REASON;
}

/** Whether the element at `path` (Type, Type.field, Type.field.arg, Enum.VALUE, Input.field) was deprecated. */
export function wasDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member, arg] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type) return false;
  if (member === undefined) return everyUseDeprecated(schema, typeName!);
  if (isEnumType(type)) return announced(type.getValue(member)?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (announced(field.deprecationReason)) return true;
    if (arg === undefined || !('args' in field)) return false;
    return announced(field.args.find((a) => a.name === arg)?.deprecationReason);
  }
  return false;
}

/** A type may go when nothing but deprecated fields and arguments ever pointed at it. */
function everyUseDeprecated(schema: GraphQLSchema, typeName: string): boolean {
  let uses = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name === typeName) {
        uses++;
        if (!announced(field.deprecationReason)) return false;
      }
      for (const a of 'args' in field ? field.args : []) {
        if (getNamedType(a.type).name === typeName) {
          uses++;
          if (!announced(a.deprecationReason) && !announced(field.deprecationReason)) return false;
        }
      }
    }
  }
  return uses > 0;
}

export type Baseline =
  | { kind: 'found'; ref: string; how: string; sdl: string }
  /** Nothing to compare with, and nothing could have broken: the first commit, or the first with this file. */
  | { kind: 'none'; reason: string }
  /** A previous version exists but cannot be read here (no git, shallow clone that cannot deepen). */
  | { kind: 'unavailable'; reason: string };

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The schema on the previous commit of main: on main, the first parent of HEAD; on
 * another branch, the merge base with main (`main` or `origin/main`);
 * `LINTAS_SCHEMA_BASE` names a ref explicitly. A shallow clone is deepened first.
 */
export function findBaseline(repo: string, file = 'server/schema.graphql', env: NodeJS.ProcessEnv = process.env): Baseline {
  if (git(repo, ['rev-parse', '--git-dir']) === null) return { kind: 'unavailable', reason: 'not a git checkout' };
  const head = git(repo, ['rev-parse', 'HEAD']);
  if (!head) return { kind: 'none', reason: 'the repository has no commit yet' };

  let ref: string | null = null;
  let how = '';
  if (env.LINTAS_SCHEMA_BASE) {
    ref = git(repo, ['rev-parse', '--verify', '--quiet', `${env.LINTAS_SCHEMA_BASE}^{commit}`]);
    if (!ref) return { kind: 'unavailable', reason: `LINTAS_SCHEMA_BASE=${env.LINTAS_SCHEMA_BASE} names no commit here` };
    how = `LINTAS_SCHEMA_BASE=${env.LINTAS_SCHEMA_BASE}`;
  } else {
    for (const main of ['main', 'origin/main']) {
      const tip = git(repo, ['rev-parse', '--verify', '--quiet', `${main}^{commit}`]);
      if (!tip || tip === head) continue;
      const base = git(repo, ['merge-base', 'HEAD', tip]);
      // On a branch: where it left main. (When HEAD is behind main, the base is HEAD itself: compare with its parent.)
      if (base && base !== head) {
        ref = base;
        how = `merge base of HEAD and ${main}`;
      }
      break;
    }
  }
  if (!ref) {
    if (git(repo, ['rev-parse', '--is-shallow-repository']) === 'true' && !git(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^1'])) {
      git(repo, ['fetch', '--quiet', '--deepen=1', 'origin']);
    }
    const parents = git(repo, ['rev-list', '--parents', '-n', '1', 'HEAD'])?.split(' ').slice(1) ?? [];
    if (parents.length === 0) {
      const shallow = git(repo, ['rev-parse', '--is-shallow-repository']) === 'true';
      return shallow
        ? { kind: 'unavailable', reason: 'shallow clone: the previous commit is not here and could not be fetched' }
        : { kind: 'none', reason: 'HEAD is the first commit' };
    }
    ref = parents[0]!;
    how = 'first parent of HEAD';
  }
  const sdl = git(repo, ['show', `${ref}:${file}`]);
  if (sdl === null) return { kind: 'none', reason: `${file} does not exist at ${ref.slice(0, 10)} (${how})` };
  return { kind: 'found', ref, how, sdl };
}

export function describeChange(change: Change): string {
  return `${change.type} at ${change.path ?? '(schema)'}: ${change.message}`;
}
