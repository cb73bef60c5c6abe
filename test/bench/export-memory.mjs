// Memory of a large report export: the server's peak resident set (VmHWM) while it writes
// everyone below 20 JP as XLSX, with the streaming writer and with the whole workbook built
// in memory first (the writer before streaming, `LINTAS_EXPORT_XLSX_WRITER=memory`), each
// in a fresh server process on the same database in the same run.
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { adminHeaders, nationalDatabase, parseScales } from './national.mjs';
import { fmt, machine, startLintas } from './support.mjs';

const MiB = 2 ** 20;

/** Peak and current resident set of a process, in bytes, from /proc. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)[1]) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}

/** Downloads a file, counting its bytes and line feeds without keeping it. */
async function download(url, headers) {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  return { bytes, lines };
}

async function measure(db, headers, writer, file) {
  const server = await startLintas(db.url, { seed: 'none', env: { LINTAS_MIGRATE: '0', LINTAS_EXPORT_XLSX_WRITER: writer } });
  try {
    // A small request first, so the idle figure includes a signed-in request's working set.
    await download(`${server.url}/exports/participation-by-eselon.csv`, headers);
    const before = memory(server.pid);
    const { bytes, lines } = await download(`${server.url}/exports/${file}`, headers);
    const after = memory(server.pid);
    return { writer, file, before: before.peak, peak: after.peak, bytes, lines };
  } finally {
    await server.stop();
  }
}

/** The exports of one generated database: the in-memory baseline (at the first scale only) and the streamed files. */
async function atScale(persons, baseline) {
  const db = await nationalDatabase('sqlite', persons);
  try {
    // The admin's authenticator is enrolled once, over HTTP; the session then serves every server process.
    const first = await startLintas(db.url, { seed: 'none', env: { LINTAS_MIGRATE: '0' } });
    let headers;
    try {
      headers = await adminHeaders(first, db.admin);
    } finally {
      await first.stop();
    }
    const xlsx = 'jp-compliance-below.xlsx?year=2026';
    const rows = baseline ? [await measure(db, headers, 'memory', xlsx)] : [];
    rows.push(await measure(db, headers, 'stream', xlsx), await measure(db, headers, 'stream', 'jp-compliance-below.csv?year=2026'));
    return rows.map((r) => ({ ...r, persons }));
  } finally {
    await db.drop();
  }
}

export async function exportMemoryBench(sections, scaleText) {
  const scales = parseScales(scaleText || '200000,1000000');
  const rows = [];
  for (const [i, persons] of scales.entries()) rows.push(...await atScale(persons, i === 0));
  const grew = (r) => r.peak - r.before;
  const find = (persons, writer, ext) => rows.find((r) => r.persons === persons && r.writer === writer && r.file.includes(ext));
  const [small, large] = [scales[0], scales[scales.length - 1]];
  const memory = find(small, 'memory', '.xlsx');
  const stream = find(small, 'stream', '.xlsx');
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch { /* not a checkout */ }
  const flat = large !== small ? [
    '',
    `From ${fmt(small)} to ${fmt(large)} people (${fmt(find(small, 'stream', '.csv').lines - 1)} → ${fmt(find(large, 'stream', '.csv').lines - 1)} rows, `
      + `×${((find(large, 'stream', '.csv').lines - 1) / (find(small, 'stream', '.csv').lines - 1)).toFixed(1)}), growth during the export: `
      + `XLSX ×**${(grew(find(large, 'stream', '.xlsx')) / grew(stream)).toFixed(2)}**, CSV ×**${(grew(find(large, 'stream', '.csv')) / grew(find(small, 'stream', '.csv'))).toFixed(2)}** `
      + '(1.0 is flat: memory that does not follow the rows).',
  ] : [];
  sections.push([
    '## Export memory: streaming ÷ in-memory XLSX (issue 19)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} at commit ${commit} on ${machine()}. SQLite, the national roster generated at ${scales.map((n) => fmt(n)).join(' and ')} people; `
      + 'an admin downloads `/exports/jp-compliance-below` for 2026 (everyone below 20 JP, one row each) from a fresh server process per line. '
      + 'Peak resident set is the server process\'s VmHWM from /proc after the download; "before" is the same after one small export. '
      + 'Baseline (at the first scale): the same XLSX built whole in memory, then sent (`LINTAS_EXPORT_XLSX_WRITER=memory`, the writer before streaming). '
      + 'The streamed exports read the count first, then the roster a thousand people at a time (keyset on name and id) with their JP, while the file is written. The machine was not idle (other work ran on its two cores); memory does not depend on it.',
    '',
    '| people | writer | file | rows | bytes | peak RSS before MiB | peak RSS after MiB | growth MiB |',
    '|---:|---|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${fmt(r.persons)} | ${r.writer === 'memory' ? 'baseline: in-memory workbook' : 'streaming'} | ${r.file.split('?')[0]} | ${r.file.includes('.csv') ? fmt(r.lines - 1) : ''} | ${fmt(r.bytes)} | ${fmt(r.before / MiB)} | ${fmt(r.peak / MiB)} | ${fmt(grew(r) / MiB)} |`),
    '',
    `Streaming ÷ in-memory XLSX at ${fmt(small)} people, peak RSS: **${(stream.peak / memory.peak).toFixed(2)}**; growth during the export: **${(grew(stream) / grew(memory)).toFixed(2)}**.`,
    ...flat,
  ].join('\n'));
}
