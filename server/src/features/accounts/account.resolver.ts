import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Agency } from '../academies/agency.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Person } from '../persons/person.entity.js';
import { Account } from './account.entity.js';
import { AuthSession } from './auth-session.entity.js';
import {
  AccountConnection, AccountPayload, ConfirmMfaPayload, CreateAccountInput, InvitationPayload, MfaEnrolmentPayload,
  RedeemInvitationInput, SignInInput, SignInPayload, SignOutPayload, Viewer,
} from './account.inputs.js';
import { accountViewer, endSession, startSession } from './auth.service.js';
import {
  confirmMfaEnrolment, createAccount, createInvitation, redeemInvitation, signIn, startMfaEnrolment, verifyMfa,
} from './account.service.js';
import type { Viewer as Caller } from '../../graphql/viewer.js';
import { accountOf, tokenOf } from './signed-in.js';
import { readList } from '../../graphql/read-model.js';
import { accountReads } from './account.read-model.js';

/** The caller as the API shows it. */
export async function viewerOf(ctx: Context, caller: Caller = ctx.viewer): Promise<Viewer | null> {
  if (caller.kind === 'anonymous') return null;
  if (caller.kind === 'token') {
    return {
      account: null, apiToken: tokenOf(caller), role: null, person: null, mfaRequired: false, mfaEnrolmentRequired: false,
      academy: await ctx.loaders.ref(Academy, tokenOf(caller).academy), scopes: [...caller.scopes],
    };
  }
  const a = accountOf(caller);
  return {
    account: a, apiToken: null, role: caller.role, scopes: [],
    academy: await ctx.loaders.ref(Academy, a.academy), person: await ctx.loaders.ref(Person, a.person),
    mfaRequired: caller.pending === 'mfa', mfaEnrolmentRequired: caller.pending === 'mfa-enrolment',
  };
}

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Viewer, { nullable: true, description: 'Who is asking: null when nobody is signed in.' })
  viewer(@Ctx() ctx: Context): Promise<Viewer | null> {
    return viewerOf(ctx);
  }

  @Mutation(() => SignInPayload, {
    description: 'Signs in with an e-mail address (admins, organizers) or a NIP (participants) and a password, and sets the session cookie. Accounts with an authenticator app must then call verifyMfa.',
  })
  async signIn(@Arg('input', () => SignInInput, { description: 'E-mail (or NIP for participants) and password.' }) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await signIn(ctx.em, input.identifier, input.password, ctx.ip);
    if (!result.ok) return { viewer: null, errors: result.errors };
    const session = await startSession(ctx.em, ctx.reply, result.value, ctx.ip, false);
    ctx.viewer = accountViewer(result.value, session);
    return { viewer: await viewerOf(ctx), errors: [] };
  }

  @Mutation(() => SignInPayload, { description: 'Gives the authenticator code (or a recovery code) after signIn.' })
  async verifyMfa(@Arg('code', { description: 'Six-digit code from the authenticator app, or a recovery code.' }) code: string, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await verifyMfa(ctx.em, ctx.viewer, code, ctx.ip);
    if (!result.ok) return { viewer: await viewerOf(ctx), errors: result.errors };
    if (ctx.viewer.kind === 'account') ctx.viewer = { ...ctx.viewer, pending: null };
    return { viewer: await viewerOf(ctx), errors: [] };
  }

  @Mutation(() => MfaEnrolmentPayload, { description: 'Starts enrolling an authenticator app: returns the secret and its otpauth URI for a QR code.' })
  async startMfaEnrolment(@Ctx() ctx: Context): Promise<MfaEnrolmentPayload> {
    const result = await startMfaEnrolment(ctx.em, ctx.viewer);
    return result.ok ? { secret: result.value.secret, otpauthUri: result.value.uri, errors: [] } : { secret: null, otpauthUri: null, errors: result.errors };
  }

  @Mutation(() => ConfirmMfaPayload, { description: 'Confirms the app with its current code; returns recovery codes, shown once.' })
  async confirmMfaEnrolment(@Arg('code', { description: 'Six-digit code the app shows for the new secret.' }) code: string, @Ctx() ctx: Context): Promise<ConfirmMfaPayload> {
    const result = await confirmMfaEnrolment(ctx.em, ctx.viewer, code, ctx.ip);
    if (!result.ok) return { recoveryCodes: [], viewer: await viewerOf(ctx), errors: result.errors };
    if (ctx.viewer.kind === 'account') ctx.viewer = { ...ctx.viewer, pending: null };
    return { recoveryCodes: result.value, viewer: await viewerOf(ctx), errors: [] };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session on the server and clears the cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    if (ctx.viewer.kind !== 'account') return { signedOut: false };
    await endSession(ctx.em, ctx.reply, ctx.viewer.sessionId);
    return { signedOut: true };
  }

  @Mutation(() => SignInPayload, { description: 'A participant sets a password with the NIP and the invitation code an organizer gave them, and is signed in.' })
  async redeemInvitation(@Arg('input', () => RedeemInvitationInput, { description: 'NIP, invitation code and the new password.' }) input: RedeemInvitationInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await redeemInvitation(ctx.em, input.nip, input.code, input.password, ctx.ip);
    if (!result.ok) return { viewer: null, errors: result.errors };
    const session = await startSession(ctx.em, ctx.reply, result.value, ctx.ip, true);
    ctx.viewer = accountViewer(result.value, session);
    return { viewer: await viewerOf(ctx), errors: [] };
  }

  @Authorized('ADMIN', 'ORGANIZER')
  @Mutation(() => InvitationPayload, { description: 'Issues a one-time invitation code for a person on the roster (replacing earlier unused ones). Shown once.' })
  async createInvitation(@Arg('personId', () => ID, { description: 'Global id of the person to invite.' }) personId: string, @Ctx() ctx: Context): Promise<InvitationPayload> {
    const id = tryLocalId(personId, 'Person');
    const person = id === null ? null : await ctx.em.findOne(Person, scoped(ctx.viewer, 'Person', [{ id }]));
    if (!person) return { code: null, expiresAt: null, person: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    const createdBy = ctx.viewer.kind === 'account' ? accountOf(ctx.viewer) : null;
    const { code, expiresAt } = await createInvitation(ctx.em, person, createdBy);
    return { code, expiresAt, person, errors: [] };
  }

  @Authorized('ADMIN')
  @Query(() => AccountConnection, { description: 'Accounts (admins only).' })
  async accounts(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<AccountConnection> {
    return (await readList({ em, viewer }, accountReads.lists.accounts, args)) as AccountConnection;
  }

  @Authorized('ADMIN', 'ORGANIZER')
  @Mutation(() => AccountPayload, { description: "Creates an admin, organizer or agency HR account. Admins create any; organizers only AGENCY_HR accounts for their academy's agencies." })
  async createAccount(@Arg('input', () => CreateAccountInput, { description: 'The new account.' }) input: CreateAccountInput, @Ctx() { em, viewer }: Context): Promise<AccountPayload> {
    const organizerAcademy = viewer.kind === 'account' && viewer.role === 'ORGANIZER' ? viewer.academyId ?? -1 : null;
    const result = await createAccount(em, {
      ...input, academyId: input.academyId ? tryLocalId(input.academyId, 'Academy') ?? -1 : null,
      agencyId: input.agencyId ? tryLocalId(input.agencyId, 'Agency') ?? -1 : null,
    }, organizerAcademy);
    return result.ok ? { account: result.value, errors: [] } : { account: null, errors: result.errors };
  }

  @Authorized('ADMIN')
  @Mutation(() => AccountPayload, { description: 'Disables or enables an account; disabling ends its sessions.' })
  async setAccountDisabled(@Arg('id', () => ID, { description: 'Global id of the account.' }) id: string, @Arg('disabled', { description: 'True to disable, false to enable again.' }) disabled: boolean, @Ctx() { em }: Context): Promise<AccountPayload> {
    const account = await em.findOne(Account, localId(id, 'Account'));
    if (!account) return { account: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such account')] };
    account.disabled = disabled;
    await em.flush();
    if (disabled) await em.nativeDelete(AuthSession, { account: account.id });
    return { account, errors: [] };
  }

  @FieldResolver(() => Academy, { nullable: true, description: 'Academy an organizer works for; null for admins and participants.' })
  academy(@Root() a: Account, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, a.academy);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency of an AGENCY_HR account; null for the other roles." })
  agency(@Root() a: Account, @Ctx() { loaders }: Context) {
    return loaders.ref(Agency, a.agency);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The roster entry (person) of a participant account; null for admins and organizers.' })
  person(@Root() a: Account, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, a.person);
  }
}
