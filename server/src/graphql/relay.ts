import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { requestError } from './user-error.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

/** Refuses a page size outside 1–100 before any query runs. */
export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw requestError(ERROR_CODES.INVALID_PAGE_SIZE, `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
}

@ObjectType({ description: 'Relay page information: where this page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when another page follows; ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when pages come before this one (forward paging only: true after the first page).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page; pass it as `after` to read the next page. Null on an empty page.' })
  endCursor!: string | null;
}

/** One page of a list, whatever the paging method behind it. */
export interface Page<T> {
  items: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  return {
    edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
  };
}

/** Declares `<Type>Edge` and `<Type>Connection` for a node type. */
export function Connection<T extends object>(Item: ClassType<T>) {
  @ObjectType(`${Item.name}Edge`, { description: `An edge to a ${Item.name}.` })
  class Edge {
    @Field(() => Item, { description: `The ${Item.name} at this position of the list.` })
    node!: T;

    @Field({ description: 'Opaque cursor for `after`.' })
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors, in list order.' })
    edges!: Edge[];

    @Field(() => [Item], { description: 'The nodes of the edges, for callers that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, not just this page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The cursor of `values` (JSON values of the order's columns) in the list `tag`. */
export function encodeKeysetCursor(tag: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([tag, ...values])).toString('base64url');
}

/** Offset cursors, for nested lists read in batches. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function readOffsetCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw requestError(ERROR_CODES.INVALID_CURSOR, 'after is not a cursor of this list');
  return Number(m[1]);
}
