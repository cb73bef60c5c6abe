import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { CERTIFICATE_READ, MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { requestError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { scoped } from '../tenancy.js';
import { Certificate } from './certificate.entity.js';
import { CertificateConnection, CertificateFilter, CertificatePayload, CertificateVerification, RegistrySync, RevokeCertificateInput } from './certificate.inputs.js';
import { certificateReads } from './certificate.read-model.js';
import { mayVerify, revokeCertificate, verification } from './certificate.service.js';
import { registryDeliveries, registryRemoteIds } from './registry.outbox.js';
import { publicUrl } from './certificate.urls.js';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Authorized(...CERTIFICATE_READ)
  @Query(() => CertificateConnection, { description: "Certificates the caller may see, newest first: an organizer's academy's, a participant's own." })
  certificates(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CertificateFilter, { nullable: true, description: 'Cohort, person, revoked or not.' }) filter: CertificateFilter | null,
    @Ctx() { em, viewer }: Context,
  ) {
    return readList({ em, viewer }, certificateReads.lists.certificates, { ...args, filter });
  }

  @Query(() => CertificateVerification, {
    description: 'Public: verifies a certificate by the code printed on it (any academy\'s), without signing in. An unknown code gets the same shape with status UNKNOWN. Limited per client address (auth/rate-limited, as sign-in).',
  })
  async verifyCertificate(@Arg('code', { description: 'The verification code (26 characters), as in the QR code\'s address.' }) code: string, @Ctx() { em, ip }: Context): Promise<CertificateVerification> {
    if (!(await mayVerify(em, ip))) throw requestError(ERROR_CODES.RATE_LIMITED, 'too many verifications; wait a minute');
    return (await verification(em, code)) as CertificateVerification;
  }

  @Authorized(...MANAGE)
  @Mutation(() => CertificatePayload, { description: 'Revokes a certificate with a reason (audited). Verification then shows it as revoked; it stays listed.' })
  async revokeCertificate(@Arg('input', () => RevokeCertificateInput, { description: 'The certificate and the reason.' }) input: RevokeCertificateInput, @Ctx() { em, viewer, ip }: Context): Promise<CertificatePayload> {
    const r = await revokeCertificate(em, viewer, { certificateId: tryLocalId(input.certificateId, 'Certificate'), reason: input.reason }, ip);
    return r.ok ? { certificate: r.value, errors: [] } : { certificate: null, errors: r.errors };
  }

  @FieldResolver(() => Person, { description: 'The holder.' })
  person(@Root() c: Certificate, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, c.person);
  }

  @FieldResolver(() => Cohort, { description: 'The cohort completed.' })
  cohort(@Root() c: Certificate, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, c.cohort);
  }

  @FieldResolver(() => Academy, { description: 'The academy that issued it.' })
  academy(@Root() c: Certificate, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, c.academy);
  }

  @FieldResolver(() => Enrollment, { description: 'The completed enrolment.' })
  enrollment(@Root() c: Certificate, @Ctx() { loaders }: Context) {
    return loaders.ref(Enrollment, c.enrollment);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is valid (not revoked).' })
  valid(@Root() c: Certificate): boolean {
    return !c.revokedAt;
  }

  @FieldResolver(() => String, { description: 'The public verification page, `<LINTAS_PUBLIC_URL>/verify/<code>` (what the QR code holds).' })
  verifyUrl(@Root() c: Certificate): string {
    return `${publicUrl()}/verify/${c.code}`;
  }

  @FieldResolver(() => String, { description: 'The PDF, `/certificates/<code>.pdf` (relative): for the holder and the academy\'s organizers.' })
  pdfPath(@Root() c: Certificate): string {
    return `/certificates/${c.code}.pdf`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The id the civil-service registry (SIASN) gave the record when the sync pushed it; null before, or when the sync is off.' })
  registryId(@Root() c: Certificate, @Ctx() { em, loaders }: Context): Promise<string | null> {
    return loaders.batch<number, string | null>('certificate.registryId', (ids) => registryRemoteIds(em, ids)).load(c.id);
  }

  @FieldResolver(() => RegistrySync, { nullable: true, description: 'Its push to the civil-service registry (REGISTRY_URL) from the delivery log: status, attempts, last error, remote id; null when the sync was off when it was issued.' })
  async registrySync(@Root() c: Certificate, @Ctx() { em, loaders }: Context): Promise<RegistrySync | null> {
    const d = await loaders.batch<number, Awaited<ReturnType<typeof registryDeliveries>>[number]>('certificate.registrySync', (ids) => registryDeliveries(em, ids)).load(c.id);
    return d && {
      status: d.status, attemptCount: d.attemptCount, nextAttemptAt: d.nextAttemptAt ?? null, lastHttpStatus: d.lastHttpStatus ?? null,
      lastError: d.lastError ?? null, remoteId: d.remoteId ?? null, deliveredAt: d.deliveredAt ?? null,
    };
  }
}

@Resolver(() => Enrollment)
export class EnrollmentCertificateResolver {
  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate (STTP) issued when the enrolment completed; null before, or when the caller may not see it.' })
  certificate(@Root() e: Enrollment, @Ctx() { em, loaders, viewer }: Context): Promise<Certificate | null> {
    return loaders.batch<number, Certificate | null>('enrollment.certificate', async (ids) => {
      const found = await em.find(Certificate, scoped(viewer, 'Certificate', [{ enrollment: { $in: [...ids] } }]));
      return ids.map((id) => found.find((c) => c.enrollment.id === id) ?? null);
    }).load(e.id);
  }
}

@Resolver(() => Person)
export class PersonCertificateResolver {
  @FieldResolver(() => CertificateConnection, { description: "The person's certificates the caller may see, newest first." })
  certificates(@Root() person: Person, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, certificateReads.children.Person.certificates, person.id, args);
  }
}
