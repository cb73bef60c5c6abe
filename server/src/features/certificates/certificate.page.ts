import type { Verification } from './certificate.service.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** YYYY-MM-DD as Indonesian write it: 5 Maret 2026. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The public verification page (`GET /verify/<code>`): small, server-rendered, Indonesian,
 * every value escaped, readable on a phone. It shows exactly the fields of
 * `CertificateVerification`, so a reader can compare them with the PDF in hand.
 */
export function verificationPage(v: Verification | 'limited'): string {
  let title: string;
  let body: string;
  if (v === 'limited') {
    title = 'Terlalu banyak pemeriksaan';
    body = '<p class="status unknown">Terlalu banyak pemeriksaan dari alamat ini. Tunggu satu menit, lalu coba lagi.</p>';
  } else if (v.status === 'UNKNOWN') {
    title = 'Sertifikat tidak ditemukan';
    body = '<p class="status unknown">Tidak ada sertifikat dengan kode ini. Periksa kembali alamat atau kode QR yang Anda pindai.</p>';
  } else {
    const revoked = v.status === 'REVOKED';
    title = revoked ? 'Sertifikat dicabut' : 'Sertifikat sah';
    const rows: [string, string][] = [
      ['Status', revoked ? `DICABUT${v.revokedAt ? ` pada ${longDate(v.revokedAt.toISOString().slice(0, 10))}` : ''}` : 'SAH'],
      ['Nomor', v.number!],
      ['Nama', v.holderName!],
      ['Pelatihan', v.programName!],
      ['Angkatan', `${v.cohortName} (${v.cohortCode})`],
      ['Tanggal', `${longDate(v.startDate!)} – ${longDate(v.endDate!)}`],
      ['Jumlah JP', String(v.jp).replace('.', ',')],
      ['Penyelenggara', v.academyName!],
      ['Diterbitkan', longDate(v.issuedAt!.toISOString().slice(0, 10))],
    ];
    body = `<p class="status ${revoked ? 'revoked' : 'valid'}">${revoked ? 'Sertifikat ini telah DICABUT dan tidak berlaku.' : 'Sertifikat ini SAH.'}</p>
<dl>${rows.map(([k, val]) => `<dt>${escape(k)}</dt><dd>${escape(val)}</dd>`).join('')}</dl>
<p class="note">Cocokkan data di atas dengan sertifikat yang Anda pegang. Bila ada yang berbeda, sertifikat itu telah diubah.</p>`;
  }
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} · Lintas</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a;font-size:18px;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
.status{font-size:1.25rem;font-weight:700;padding:1rem;border-radius:.5rem}
.valid{background:#e3f4e8;color:#0b5d1e;border:2px solid #0b5d1e}
.revoked{background:#fde8e8;color:#8a1111;border:2px solid #8a1111}
.unknown{background:#fff4e0;color:#6b4200;border:2px solid #6b4200}
dl{background:#fff;border-radius:.5rem;padding:1rem;margin:1rem 0}
dt{font-weight:600;color:#44515e;font-size:1rem}
dd{margin:0 0 .75rem;font-size:1.15rem;overflow-wrap:anywhere}
.note{font-size:1rem;color:#333}
</style></head>
<body><main><h1>Pemeriksaan Sertifikat</h1>${body}</main></body></html>`;
}
