import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { Program } from './program.entity.js';
import { TrainingModule } from './training-module.entity.js';

@ObjectType({ description: 'A page of programs.' })
export class ProgramConnection extends Connection(Program) {}

@ObjectType({ description: 'A page of training modules.' })
export class TrainingModuleConnection extends Connection(TrainingModule) {}
