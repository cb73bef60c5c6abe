import { expect } from 'vitest';
import type { Client, RunningServer } from './server.js';

/** A day relative to today in WIB, YYYY-MM-DD. */
export const wibDay = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
/** An instant at a WIB wall-clock hour of a day relative to today. */
export const wibAt = (offset: number, hour: number, minute = 0) => new Date(`${wibDay(offset)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`).toISOString();

/** The people of the academy by name, with their full NIP (the organizer reads it). */
export async function peopleByName(org: Client): Promise<Record<string, { id: string; nip: string }>> {
  const out: Record<string, { id: string; nip: string }> = {};
  for (const p of (await org.gql('{ persons(first: 100) { nodes { id name nip } } }')).data.persons.nodes) out[p.name] = { id: p.id, nip: p.nip };
  return out;
}

/** A participant signed in through an invitation, as the SPA's first sign-in does. */
export async function participant(server: RunningServer, org: Client, person: { id: string; nip: string }, password = 'peserta-komunitas-2026!'): Promise<Client> {
  const invite = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: person.id })).data.createInvitation;
  expect(invite.errors).toEqual([]);
  const redeemed = await server.client().gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: person.nip, code: invite.code, password } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(person.nip, password);
}

/** An open cohort of the DLA program from `start` days on, with `personIds` enrolled (override for non-targets) and one session. */
export async function cohortWithSession(org: Client, code: string, start: number, personIds: string[], session: { startsAt: string; endsAt: string }, name = `Angkatan ${code}`): Promise<{ cohortId: string; sessionId: string }> {
  const programs = (await org.gql('{ programs(first: 10) { nodes { id code modules(first: 5) { nodes { id } } } } }')).data.programs.nodes;
  const dla = programs.find((p: any) => p.code === 'DLA');
  const made = (await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId: dla.id, code, name, startDate: wibDay(start), endDate: wibDay(start + 4), capacity: 20 },
  })).data.createCohort;
  expect(made.errors).toEqual([]);
  const cohortId = made.cohort.id;
  expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: cohortId, status: 'OPEN' } })).data.updateCohort.errors).toEqual([]);
  const enrolled = (await org.gql('mutation($i: EnrollInput!) { enroll(input: $i) { errors { code } } }', { i: { cohortId, personIds, overrideReason: 'Komunitas lintas generasi', force: true } })).data.enroll;
  expect(enrolled.errors).toEqual([]);
  const scheduled = (await org.gql('mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } errors { code } } }', {
    i: { cohortId, moduleId: dla.modules.nodes[0].id, ...session, force: true },
  })).data.scheduleSession;
  expect(scheduled.errors).toEqual([]);
  return { cohortId, sessionId: scheduled.sessions[0].id };
}
