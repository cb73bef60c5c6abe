import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SetupStepKey } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { SetupStepKeyEnum } from '../../graphql/enums.js';
import { tryLocalId } from '../../graphql/ids.js';
import { Academy } from '../academies/academy.entity.js';
import { academyOf } from '../../graphql/viewer.js';
import { setupAcademy, setupProgress } from './setup.service.js';

@ObjectType({ description: 'One step of setting up an academy.' })
export class SetupStep {
  @Field(() => SetupStepKeyEnum, { description: 'Which step.' })
  key!: SetupStepKey;

  @Field({ description: 'The academy has at least one active object of this step.' })
  done!: boolean;

  @Field(() => Int, { description: 'Active (not archived) objects of this step in the academy.' })
  count!: number;
}

@ObjectType({ description: 'What an academy still lacks to run its first cohort.' })
export class SetupProgress {
  @Field(() => Academy, { nullable: true, description: 'The academy; null when there is none yet.' })
  academy!: Academy | null;

  @Field({ description: 'Every step is done.' })
  complete!: boolean;

  @Field(() => [SetupStep], { description: 'The steps in order: academy, organizer, agencies, programs, modules, venues, facilitators, roster, cohort.' })
  steps!: SetupStep[];
}

@Resolver()
export class SetupResolver {
  @Authorized('ADMIN', 'ORGANIZER')
  @Query(() => SetupProgress, { description: "Set-up checklist of an academy: an organizer's own; for admins the one named, or the first academy (none on an empty install)." })
  async setupProgress(
    @Arg('academyId', () => ID, { nullable: true, description: 'The academy (admins).' }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<SetupProgress> {
    const asked = academyId ? tryLocalId(academyId, 'Academy') ?? -1 : null;
    return setupProgress(em, await setupAcademy(em, academyOf(viewer), asked));
  }
}
