import { formatNip } from '@lintas/shared';
import type { Client, RunningServer } from './server.js';
import { ROSTER_HEADER } from './roster.js';

export const PERSON_IMPORT = `query($id: ID!) { personImport(id: $id) {
  id status dryRun bytesReceived totalRows rowsRead validRows created updated rejectedRows progress errorCode startedAt finishedAt unknownAgencyCodes
  rowErrors { line field code message }
} }`;

/** POSTs a body to `/imports/persons` and answers the status and the JSON body. */
export async function upload(server: RunningServer, body: BodyInit, headers: Record<string, string>, query = ''): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${server.url}/imports/persons${query}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Polls `personImport` until it is COMPLETED or FAILED. */
export async function settled(client: Client, id: string, timeoutMs = 300_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.gql(PERSON_IMPORT, { id });
    const imp = res.data?.personImport;
    if (!imp) throw new Error(`no import ${id}: ${JSON.stringify(res)}`);
    if (imp.status === 'COMPLETED' || imp.status === 'FAILED') return imp;
    if (Date.now() > deadline) throw new Error(`import ${id} did not finish: ${JSON.stringify(imp)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * `rows` distinct valid roster rows (names `<prefix> <i>`), about 100 bytes each;
 * every `badEvery`-th has a NIP whose gender digit is broken (nip/gender).
 */
export function uploadCsv(agency: string, rows: number, prefix: string, badEvery = 0): { csv: string; bad: number; badNips: string[] } {
  const lines = [ROSTER_HEADER];
  const badNips: string[] = [];
  const day0 = Date.UTC(1970, 0, 1);
  for (let i = 0; i < rows; i++) {
    const birth = new Date(day0 + (i % 10_000) * 86_400_000);
    const appointment = new Date(Date.UTC(birth.getUTCFullYear() + 24, i % 12, 1));
    let nip = formatNip({ birth, appointment, gender: i % 2 ? 'MALE' : 'FEMALE', serial: Math.floor(i / 10_000) * 50 + (i % 50) });
    if (badEvery && i % badEvery === badEvery - 1) {
      nip = nip.slice(0, 14) + '7' + nip.slice(15);
      badNips.push(nip);
    }
    lines.push(`${nip},${prefix} ${i},PNS,PELAKSANA,,Pengadministrasi Umum Bidang Data dan Informasi,${agency}`);
  }
  return { csv: lines.join('\n') + '\n', bad: badNips.length, badNips };
}
