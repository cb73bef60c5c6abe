import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea, Generation, ModuleFormat } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { CompetencyAreaEnum, GenerationEnum, ModuleFormatEnum } from '../../graphql/enums.js';
import { Program } from './program.entity.js';

@ObjectType({ implements: Node, description: 'A training module (mata pelatihan) of a program.' })
@Entity()
@Unique({ properties: ['program', 'code'] })
export class TrainingModule extends Archivable<'targetGenerations' | 'crossGeneration' | 'position'> {
  @ManyToOne(() => Program, { ref: true, index: true })
  program!: Ref<Program>;

  @Field({ description: 'Code, unique in the academy.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Title of the module (mata pelatihan).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => CompetencyAreaEnum, { description: 'Competency the module builds.' })
  @Enum({ items: () => CompetencyAreaEnum, type: 'string' })
  competencyArea!: CompetencyArea;

  @Field(() => ModuleFormatEnum, { description: 'How the module is delivered.' })
  @Enum({ items: () => ModuleFormatEnum, type: 'string' })
  format!: ModuleFormat;

  @Field(() => Int, { description: 'Planned JP (jam pelajaran, 45 minutes each).' })
  @Property({ type: 'integer' })
  jp!: number;

  @Field(() => [GenerationEnum], { description: 'Generations the module is for; empty means all.' })
  @Property({ type: 'json' })
  targetGenerations: Generation[] = [];

  @Field({ description: 'Groups in this module must mix generations.' })
  @Property({ type: 'boolean' })
  crossGeneration: boolean = false;

  @Field(() => Int, { description: 'Order in the program.' })
  @Property({ type: 'integer' })
  position: number = 0;

  /** Facilitators qualified to teach the module; read through `TrainingModule.facilitators` (one batch per request). */
  @ManyToMany(() => Facilitator, undefined, { pivotTable: 'training_module_facilitator', joinColumn: 'training_module_id', inverseJoinColumn: 'facilitator_id' })
  facilitators = new Collection<Facilitator>(this);
}
