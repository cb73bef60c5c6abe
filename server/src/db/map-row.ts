import { ReferenceKind, SCALAR_TYPES, type EntityClass, type EntityManager, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';

/**
 * `em.map` without its costly parts: rows read for a response are merged into the
 * request's identity map with no cascading merge through relations and no whole-entity
 * validation (a third of a list request's CPU otherwise). Scalars are still fixed up
 * as `em.map` does (PostgreSQL's bigint arrives as a string).
 */
export function mapRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity.name);
  const data = em.getDriver().mapResult(row as never, meta) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    const prop = meta.properties[key as keyof T & string];
    if (prop?.kind === ReferenceKind.SCALAR && SCALAR_TYPES.includes(prop.runtimeType) && !prop.customType && (prop.setter || !prop.getter)) {
      data[key] = em.getValidator().validateProperty(prop, data[key], data);
    }
  }
  return em.merge(entity, data as never, { refresh: true, convertCustomTypes: true, cascade: false, validate: false });
}


/**
 * A reference held by a row read for an answer: the id, and the referenced row when the
 * same statement read it. Shaped like MikroORM's `Ref` where resolvers use it
 * (`id`, `isInitialized()`, `unwrap()`), so `Loaders.ref` serves both.
 */
export class RowRef<T extends object = object> {
  constructor(
    readonly id: number, // or a string key, as the target's primary key is
    private readonly row: T | null = null,
  ) {}

  isInitialized(): boolean {
    return this.row !== null;
  }

  unwrap(): T {
    if (!this.row) throw new Error(`reference ${this.id} was not read`);
    return this.row;
  }
}

type Column = { name: string; column: string; kind: 'ref' | 'key-ref' | 'date' | 'boolean' | 'number' | 'custom' | 'plain'; prop: EntityProperty };

interface RowShape {
  prototype: object;
  columns: Column[];
}

const shapes = new WeakMap<EntityMetadata, RowShape>();

/** What a row of `meta` looks like to a resolver: its persisted columns and how each is read. */
function shapeOf(meta: EntityMetadata): RowShape {
  let shape = shapes.get(meta);
  if (shape) return shape;
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.embedded || !prop.fieldNames?.length) continue;
    if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
    if ((prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) || prop.kind === ReferenceKind.EMBEDDED) continue;
    // A reference by a numeric id (PostgreSQL's bigint arrives as a string) or by another key (a UUID).
    const numericKey = prop.targetMeta?.getPrimaryProps()[0]?.runtimeType === 'number';
    const kind: Column['kind'] = prop.kind !== ReferenceKind.SCALAR ? (numericKey ? 'ref' : 'key-ref')
      : prop.customType ? 'custom'
      : prop.runtimeType === 'Date' ? 'date'
      : prop.runtimeType === 'boolean' ? 'boolean'
      : prop.runtimeType === 'number' ? 'number'
      : 'plain';
    columns.push({ name: prop.name, column: prop.fieldNames[0]!, kind, prop });
  }
  shape = { prototype: meta.class.prototype as object, columns };
  shapes.set(meta, shape);
  return shape;
}

/**
 * A row shaped like its entity, for answering a query: the same property values MikroORM
 * would hydrate (a test compares them for every entity), an instance of the entity's class,
 * references as `RowRef`s, but not in the identity map, not tracked and without reference
 * propagation — the costly half of a list request otherwise. Read-only by intent: writes
 * load their entities through the EntityManager.
 * `prefix` picks the columns of a joined table (`_j0_id`, `_j0_name`, …).
 */
export function readRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = ''): T {
  const meta = em.getMetadata().get(entity.name);
  const { prototype, columns } = shapeOf(meta);
  const platform = em.getPlatform();
  const out: Record<string, unknown> = {};
  for (const { name, column, kind, prop } of columns) {
    const value = row[prefix + column];
    if (value === null || value === undefined) {
      out[name] = null;
      continue;
    }
    switch (kind) {
      case 'ref': out[name] = new RowRef(Number(value)); break;
      case 'key-ref': out[name] = new RowRef(value as never); break;
      case 'date': out[name] = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as number | string)); break;
      case 'boolean': out[name] = Boolean(value); break;
      case 'number': out[name] = typeof value === 'number' ? value : Number(value); break;
      case 'custom': out[name] = prop.customType!.convertToJSValue(value, platform); break;
      default: out[name] = value;
    }
  }
  // The entity's prototype comes last, over own values: its class getters (the global id)
  // and `instanceof` work as on an entity, while MikroORM's property setters never run.
  return Object.setPrototypeOf(out, prototype) as T;
}
