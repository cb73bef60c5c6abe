import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Certificate } from './certificate.entity.js';

@ObjectType({ description: 'A page of certificates.' })
export class CertificateConnection extends Connection(Certificate) {}

@InputType({ description: 'Which certificates to list; absent fields do not filter.' })
export class CertificateFilter {
  @Field(() => ID, { nullable: true, description: 'Only of this cohort.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only of this person.' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only revoked ones; false: only valid ones; absent: both.' })
  revoked?: boolean | null;
}

@InputType({ description: 'Revokes a certificate.' })
export class RevokeCertificateInput {
  @Field(() => ID, { description: 'The certificate.' })
  certificateId!: string;

  @Field({ description: 'Why it is revoked (1–500 characters); shown to the organizers and kept in the audit trail.' })
  reason!: string;
}

@ObjectType({ description: 'The result of revokeCertificate.' })
export class CertificatePayload {
  @Field(() => Certificate, { nullable: true, description: 'The certificate after the change; null on failure.' })
  certificate!: Certificate | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, certificate/already-revoked, certificate/reason-required); empty on success.' })
  errors!: UserError[];
}

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'What a verification found.',
  valuesConfig: {
    VALID: { description: 'The certificate exists and is valid.' },
    REVOKED: { description: 'The certificate exists but was revoked.' },
    UNKNOWN: { description: 'No certificate has this code.' },
  },
});

@ObjectType({ description: "The public verification of a certificate by its code: exactly what a reader needs to check a printed or PDF certificate, nothing more (no NIP, no birth date). Every field but status is null for an unknown code." })
export class CertificateVerification {
  @Field(() => CertificateStatus, { description: 'Valid, revoked or unknown.' })
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'The certificate number.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "The holder's name." })
  holderName!: string | null;

  @Field(() => String, { nullable: true, description: 'The program.' })
  programName!: string | null;

  @Field(() => String, { nullable: true, description: 'The cohort (angkatan) name.' })
  cohortName!: string | null;

  @Field(() => String, { nullable: true, description: 'The cohort code, e.g. DLA-2026-01.' })
  cohortCode!: string | null;

  @Field(() => String, { nullable: true, description: "The cohort's first day, YYYY-MM-DD." })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: "The cohort's last day, YYYY-MM-DD." })
  endDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'JP the certificate states.' })
  jp!: number | null;

  @Field(() => String, { nullable: true, description: 'The academy that issued it.' })
  academyName!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued.' })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: "A certificate's push to the civil-service registry (SIASN), from the delivery log." })
export class RegistrySync {
  @Field({ description: 'PENDING (waiting or being retried), SUCCEEDED or FAILED (attempts exhausted).' })
  status!: string;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once it succeeded or failed.' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The registry's HTTP status at the last attempt; null when it did not answer." })
  lastHttpStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed: `registry/unreachable` or `registry/rejected`, with the detail; null after a success.' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'The id the registry gave the record.' })
  remoteId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the registry took it.' })
  deliveredAt!: Date | null;
}
