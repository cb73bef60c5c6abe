import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Shared counters for rate limits and cost budgets, so several processes see one truth. */
@Entity()
export class RateBucket {
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}
