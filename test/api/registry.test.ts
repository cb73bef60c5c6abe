import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedCohort, people } from '../support/certificates.js';
import { CREATE_MODULE, CREATE_PROGRAM, mutate } from '../support/catalogue.js';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';

// The registry (SIASN): training history in the registry's own field names (riwayat kursus /
// riwayat diklat, DD-MM-YYYY, the reference ids of the one mapping table in shared/), and the
// sync that pushes each new certificate to REGISTRY_URL with retries, keeping the remote id.

const TOKEN = 'registry-test-token';
const KURSUS = ['namaKursus', 'jenisKursusId', 'jumlahJam', 'tahunKursus', 'tanggalKursus', 'tanggalSelesaiKursus', 'institusiPenyelenggara', 'nomorSertipikat'];
const DIKLAT = ['latihanStrukturalId', 'nomor', 'tahun', 'tanggal', 'tanggalSelesai', 'jumlahJam', 'institusiPenyelenggara'];
const HISTORY = `query($nip: String!) { person(nip: $nip) { trainingHistory { cohortCode certificateNumber
  kursus { ${KURSUS.join(' ')} } diklat { ${DIKLAT.join(' ')} } } } }`;

interface Received { auth: string | undefined; key: string | undefined; body: any }
const received: Received[] = [];
let refusals = 1;
let receiver: Server;
let receiverUrl: string;
let server: RunningServer;
let org: Client;
let who: Record<string, { id: string; nip: string }>;

const read = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let s = '';
  req.on('data', (d) => (s += d));
  req.on('end', () => resolve(s));
});

beforeAll(async () => {
  // The test's registry: checks the token, refuses the first push (503), then answers each with an id.
  receiver = createServer(async (req, res) => {
    const body = JSON.parse(await read(req));
    received.push({ auth: req.headers.authorization, key: req.headers['idempotency-key'] as string | undefined, body });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end();
    if (refusals > 0) {
      refusals--;
      return res.writeHead(503).end();
    }
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `SIASN-${received.length}` }));
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/riwayat`;
  server = await startServer({
    seed: 'none',
    env: { REGISTRY_URL: receiverUrl, REGISTRY_TOKEN: TOKEN, REGISTRY_POLL_MS: '50', REGISTRY_BACKOFF_MS: '50', REGISTRY_BACKOFF_MAX_MS: '200' },
  });
  await newAcademy(server);
  org = await server.signIn(...NEW_ORGANIZER);
  who = await people(org);
  // A structural leadership program (PKA) besides the academy's DLA.
  const pka = await mutate(org, 'createProgram', CREATE_PROGRAM, { i: { code: 'PKA', name: 'Pelatihan Kepemimpinan Administrator', kind: 'PKA', trainingKind: 'STRUKTURAL', targetEselonGroups: ['III'] } });
  expect(pka.errors).toEqual([]);
  const fac = (await org.gql('{ facilitators(first: 1) { nodes { id } } }')).data.facilitators.nodes[0].id;
  for (const [code, title] of [['PKA-01', 'Kepemimpinan kinerja'], ['PKA-02', 'Aksi perubahan']]) {
    expect((await mutate(org, 'createTrainingModule', CREATE_MODULE, {
      i: { programId: pka.program.id, code, title, competencyArea: 'LEADERSHIP', format: 'CLASSROOM', jp: 4, facilitatorIds: [fac] },
    })).errors).toEqual([]);
  }
  await closedCohort(org, 'DLA', 'DLA-2026-10', '2026-10-05', [who['Bambang Uji Baru']!.id], [who['Sari Uji Baru']!.id]);
  await closedCohort(org, 'PKA', 'PKA-2026-11', '2026-11-03', [who['Bambang Uji Baru']!.id], []);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  receiver?.close();
});

describe('training history in the registry shape', () => {
  it('is a riwayat kursus for a course and a riwayat diklat for PKA, with the registry\'s names and DD-MM-YYYY dates', async () => {
    const history = (await org.gql(HISTORY, { nip: who['Bambang Uji Baru']!.nip })).data.person.trainingHistory;
    const dla = history.find((h: any) => h.cohortCode === 'DLA-2026-10');
    const pka = history.find((h: any) => h.cohortCode === 'PKA-2026-11');
    expect(dla.diklat).toBeNull();
    expect(Object.keys(dla.kursus)).toEqual(KURSUS);
    expect(dla.kursus).toEqual({
      namaKursus: 'Digital Leadership Academy, Angkatan DLA-2026-10', jenisKursusId: 5, jumlahJam: 8, tahunKursus: 2026, tanggalKursus: '05-10-2026',
      tanggalSelesaiKursus: '05-10-2026', institusiPenyelenggara: 'BPSDMD Provinsi Uji', nomorSertipikat: dla.certificateNumber,
    });
    expect(pka.kursus).toBeNull();
    expect(pka.diklat).toEqual({
      latihanStrukturalId: '5', nomor: pka.certificateNumber, tahun: 2026, tanggal: '03-11-2026', tanggalSelesai: '03-11-2026', jumlahJam: 8,
      institusiPenyelenggara: 'BPSDMD Provinsi Uji',
    });
    expect(pka.certificateNumber).toMatch(/^BPSDMD-UJI\/PKA\/2026\/1$/);
  });
});

describe('registry sync', () => {
  it('pushes each new certificate with the token, retries a refusal, and keeps the id the registry gave', async () => {
    const deadline = Date.now() + 20_000;
    let certs: any[] = [];
    while (Date.now() < deadline) {
      certs = (await org.gql('{ certificates(first: 10) { nodes { number code registryId cohort { code } } } }')).data.certificates.nodes;
      if (certs.length === 2 && certs.every((c) => c.registryId)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(certs).toHaveLength(2);
    // Three requests: one refused (503), retried, and the other certificate's.
    expect(received).toHaveLength(3);
    expect(received.every((r) => r.auth === `Bearer ${TOKEN}`)).toBe(true);
    const ids = new Set(certs.map((c) => c.registryId));
    expect(ids.size).toBe(2);
    for (const c of certs) expect(c.registryId).toMatch(/^SIASN-[23]$/);
    const dla = certs.find((c) => c.cohort.code === 'DLA-2026-10');
    const pka = certs.find((c) => c.cohort.code === 'PKA-2026-11');
    // The delivery log: the refused push took two attempts, its last error cleared by the success.
    const log = (await org.gql('{ certificates(first: 10) { nodes { code registrySync { status attemptCount lastHttpStatus lastError remoteId deliveredAt } } } }')).data.certificates.nodes;
    expect(log.map((c: any) => c.registrySync.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(log.map((c: any) => c.registrySync.attemptCount).sort()).toEqual([1, 2]);
    for (const c of log) expect(c.registrySync).toMatchObject({ lastHttpStatus: 201, lastError: null, remoteId: certs.find((x) => x.code === c.code).registryId });
    const bodyOf = (code: string) => received.filter((r) => r.key === `lintas-certificate-${code}`).map((r) => r.body);
    const [dlaBody] = bodyOf(dla.code).slice(-1);
    expect(dlaBody).toEqual({
      riwayat: 'kursus', nip: who['Bambang Uji Baru']!.nip,
      kursus: {
        namaKursus: 'Digital Leadership Academy, Angkatan DLA-2026-10', jenisKursusId: 5, jumlahJam: 8, tahunKursus: 2026, tanggalKursus: '05-10-2026',
        tanggalSelesaiKursus: '05-10-2026', institusiPenyelenggara: 'BPSDMD Provinsi Uji', nomorSertipikat: dla.number,
      },
    });
    const [pkaBody] = bodyOf(pka.code).slice(-1);
    expect(pkaBody).toEqual({
      riwayat: 'diklat', nip: who['Bambang Uji Baru']!.nip,
      diklat: { latihanStrukturalId: '5', nomor: pka.number, tahun: 2026, tanggal: '03-11-2026', tanggalSelesai: '03-11-2026', jumlahJam: 8, institusiPenyelenggara: 'BPSDMD Provinsi Uji' },
    });
  });
});

describe('turning the sync on later', () => {
  it('queues, once, the valid certificates issued while it was off, and not the revoked ones', async () => {
    const plain = await startServer({ seed: 'none' });
    let synced: RunningServer | undefined;
    try {
      await newAcademy(plain);
      const o = await plain.signIn(...NEW_ORGANIZER);
      const w = await people(o);
      await closedCohort(o, 'DLA', 'DLA-2026-09', '2026-09-07', [w['Bambang Uji Baru']!.id, w['Sari Uji Baru']!.id], []);
      const certs = (await o.gql('{ certificates(first: 10) { nodes { id code registrySync { status } person { name } } } }')).data.certificates.nodes;
      expect(certs).toHaveLength(2);
      // Off: nothing queued at close.
      expect(certs.map((c: any) => c.registrySync)).toEqual([null, null]);
      const revoked = certs.find((c: any) => c.person.name === 'Sari Uji Baru');
      const kept = certs.find((c: any) => c.person.name === 'Bambang Uji Baru');
      expect((await o.gql('mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { errors { code } } }', { i: { certificateId: revoked.id, reason: 'Salah data' } })).data.revokeCertificate.errors).toEqual([]);
      // On: a process with REGISTRY_URL pushes what was issued before.
      const before = received.length;
      synced = await startServer({
        sharing: plain,
        env: { REGISTRY_URL: receiverUrl, REGISTRY_TOKEN: TOKEN, REGISTRY_POLL_MS: '50', REGISTRY_BACKOFF_MS: '50', REGISTRY_BACKOFF_MAX_MS: '200' },
      });
      const deadline = Date.now() + 20_000;
      let sync: any = null;
      while (Date.now() < deadline) {
        sync = (await o.gql('{ certificates(first: 10) { nodes { code registrySync { status remoteId } } } }')).data.certificates.nodes;
        if (sync.find((c: any) => c.code === kept.code)?.registrySync?.status === 'SUCCEEDED') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(sync.find((c: any) => c.code === kept.code).registrySync).toMatchObject({ status: 'SUCCEEDED', remoteId: expect.stringMatching(/^SIASN-/) });
      expect(sync.find((c: any) => c.code === revoked.code).registrySync).toBeNull();
      const pushed = received.slice(before);
      expect(pushed.map((r) => r.key)).toEqual([`lintas-certificate-${kept.code}`]);
      expect(pushed[0]!.body).toMatchObject({ riwayat: 'kursus', nip: w['Bambang Uji Baru']!.nip });
    } finally {
      await synced?.stop();
      await plain.stop();
    }
  }, 120_000);
});
