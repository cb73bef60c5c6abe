import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Academy } from '../academies/academy.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import type { Person } from '../persons/person.entity.js';
import type { Program } from '../programs/program.entity.js';
import type { Certificate } from './certificate.entity.js';
import { longDate } from './certificate.page.js';

/**
 * The certificate (STTP) as an A4 PDF: the academy, the holder, the program and cohort,
 * dates, JP, modules, the number, and a QR code of the public verification address.
 * Populate `person`, `cohort.program` and `academy`.
 */
export async function certificatePdf(cert: Certificate, verifyUrl: string): Promise<Buffer> {
  const person = cert.person.getEntity() as Person;
  const cohort = cert.cohort.getEntity() as Cohort;
  const program = cohort.program.getEntity() as Program;
  const academy = cert.academy.getEntity() as Academy;
  const qr = await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Sertifikat ${cert.number}`, Author: academy.name, Subject: program.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 112;
  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke('#1f4e79');
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#1f4e79').text(academy.name.toUpperCase(), 56, 70, { width, align: 'center' });
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(26).fillColor('#000').text('SURAT TANDA TAMAT PELATIHAN', { width, align: 'center' });
  doc.font('Helvetica').fontSize(12).text(`Nomor: ${cert.number}`, { width, align: 'center' });
  doc.moveDown(2);
  doc.fontSize(13).text('Diberikan kepada', { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(22).text(person.name, { width, align: 'center' });
  doc.moveDown(1);
  doc.font('Helvetica').fontSize(13).text('yang telah mengikuti dan menyelesaikan', { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(16).text(program.name, { width, align: 'center' });
  doc.font('Helvetica').fontSize(13).text(`${cohort.name} (${cohort.code})`, { width, align: 'center' });
  doc.text(`${longDate(cohort.startDate)} – ${longDate(cohort.endDate)}`, { width, align: 'center' });
  doc.text(`sebanyak ${formatJp(cert.jp)} JP (jam pelajaran)`, { width, align: 'center' });
  doc.moveDown(1.5);
  if (cert.modules.length) {
    doc.font('Helvetica-Bold').fontSize(11).text('Mata pelatihan', 56);
    doc.font('Helvetica').fontSize(10);
    for (const m of cert.modules.slice(0, 14)) doc.text(`${m.code}  ${m.title}  (${formatJp(m.jp)} JP)`, { width });
    if (cert.modules.length > 14) doc.text(`… dan ${cert.modules.length - 14} mata pelatihan lain`, { width });
  }
  const bottom = doc.page.height - 56 - 150;
  doc.image(qr, 56, bottom, { width: 120 });
  doc.font('Helvetica').fontSize(9).fillColor('#333')
    .text('Periksa keaslian sertifikat ini dengan memindai kode QR atau membuka:', 190, bottom + 20, { width: width - 134 })
    .font('Helvetica-Bold').text(verifyUrl, { width: width - 134 })
    .font('Helvetica').text(`Diterbitkan ${longDate(cert.issuedAt.toISOString().slice(0, 10))}`, { width: width - 134 });
  doc.end();
  return done;
}

const formatJp = (jp: number): string => (Number.isInteger(jp) ? String(jp) : jp.toFixed(1).replace('.', ','));
