import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenConnection, ApiTokenPayload, CreateApiTokenInput, CreateApiTokenPayload } from './account.inputs.js';
import { createApiToken } from './account.service.js';
import { accountOf } from './signed-in.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized('ADMIN', 'ORGANIZER')
  @Query(() => ApiTokenConnection, { description: "API tokens: an organizer's academy's, or all for admins. Newest first." })
  async apiTokens(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<ApiTokenConnection> {
    return toConnection(await findPage(em, ApiToken, scoped(viewer, 'ApiToken', []), args, { createdAt: 'desc' })) as ApiTokenConnection;
  }

  @Authorized('ADMIN', 'ORGANIZER')
  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token for an academy. The token is in this response only.' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'Name, scopes and optional expiry of the token.' }) input: CreateApiTokenInput, @Ctx() { em, viewer }: Context): Promise<CreateApiTokenPayload> {
    const academyId = viewer.kind === 'account' && viewer.role === 'ORGANIZER'
      ? viewer.academyId
      : input.academyId ? tryLocalId(input.academyId, 'Academy') : null;
    const academy = academyId === null ? null : await em.findOne(Academy, scoped(viewer, 'Academy', [{ id: academyId }]));
    if (!academy) return { token: null, apiToken: null, errors: [new UserError('academyId', ERROR_CODES.NOT_FOUND, 'no such academy')] };
    const result = await createApiToken(em, {
      academy, name: input.name, scopes: input.scopes, expiresAt: input.expiresAt ?? null,
      createdBy: viewer.kind === 'account' ? accountOf(viewer) : null,
    });
    return result.ok ? { token: result.value.secret, apiToken: result.value.token, errors: [] } : { token: null, apiToken: null, errors: result.errors };
  }

  @Authorized('ADMIN', 'ORGANIZER')
  @Mutation(() => ApiTokenPayload, { description: 'Revokes a token; its next request is refused.' })
  async revokeApiToken(@Arg('id', () => ID, { description: 'Global id of the token to revoke.' }) id: string, @Ctx() { em, viewer }: Context): Promise<ApiTokenPayload> {
    const local = tryLocalId(id, 'ApiToken');
    const token = local === null ? null : await em.findOne(ApiToken, scoped(viewer, 'ApiToken', [{ id: local }]));
    if (!token) return { apiToken: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such token')] };
    token.revokedAt ??= new Date();
    await em.flush();
    return { apiToken: token, errors: [] };
  }

  @FieldResolver(() => Academy, { description: 'Academy whose data the token reads and writes.' })
  academy(@Root() t: ApiToken, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, t.academy);
  }
}
