// The two baselines our PDF path is measured against, in the same run on the same machine:
// LibreOffice printing our DOCX to PDF, and pdfkit writing the same text with no layout of ours.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { fontFiles, sarabunPaths } from '../../electron/documents/fonts';
import { type DocumentModel, SIGNATURE_DOTS } from '../../electron/documents/model';
import { pdfFonts } from '../../electron/documents/pdf/pdf-fonts';

const PT_PER_CM = 72 / 2.54;
/** The line height our PDF writer uses (writer.ts), so both PDFs get about as many lines per page. */
const LINE_FACTOR = 1.55;

/**
 * One LibreOffice run per call, with a private profile under `workDir` (so parallel runs and the
 * user's own office do not clash). The first call on a new profile is a cold start: LibreOffice
 * creates the profile; later calls on it are warm starts (each is still a whole soffice process).
 */
export function libreOfficeConverter(workDir: string, profileName = 'lo-profile'): (docx: Uint8Array) => Uint8Array {
  const profile = join(workDir, profileName);
  let n = 0;
  return (docx) => {
    const dir = join(workDir, `${profileName}-${n++}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'doc.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'doc.docx')], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    return readFileSync(join(dir, 'doc.pdf'));
  };
}

export function libreOfficeVersion(): string {
  try {
    return execFileSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/** Every piece of text the model prints, one entry per paragraph, in order (what the no-layout baseline writes). */
export function modelParagraphs(model: DocumentModel): { text: string; bold: boolean }[] {
  const out = model.titleLines.map((text) => ({ text, bold: true }));
  for (const b of model.blocks) {
    if (b.type === 'paragraph') out.push({ text: b.lead ? `${b.lead} ${b.text}` : b.text, bold: !!b.bold });
    else if (b.type === 'list') for (const i of b.items) out.push({ text: `${i.marker} ${i.text}`, bold: false });
    else if (b.type === 'people') for (const r of b.rows) out.push({ text: [r.marker, r.name, r.detail, r.role].join(' '), bold: false });
    else if (b.type === 'table') for (const r of [b.columns.map((c) => c.title), ...b.rows]) out.push({ text: r.join(' '), bold: false });
    else if (b.type === 'signature') {
      out.push({ text: `(ลงชื่อ) ${SIGNATURE_DOTS}`, bold: false });
      out.push({ text: `(${b.name || SIGNATURE_DOTS})`, bold: false });
      if (b.position) out.push({ text: b.position, bold: false });
      out.push({ text: b.role, bold: false });
    }
  }
  return out;
}

// pdfkit's EmbeddedFont class, reached through a font instance, with its own `encode` and
// `widthOfString` taken before our renderer replaces them (thai-to-unicode.ts patches the class
// for the whole process).
interface EncodeHolder {
  encode: unknown;
  widthOfString: unknown;
}
const embeddedFont = (() => {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('probe', sarabunPaths.regular);
  doc.font('probe');
  return Object.getPrototypeOf((doc as unknown as { _font: object })._font) as EncodeHolder & Record<symbol, unknown>;
})();
if (embeddedFont[Symbol.for('lekha.thaiToUnicode')]) {
  throw new Error('baselines.ts must be imported before any PDF is rendered: the ToUnicode fix is already installed');
}
const vanillaEncode = embeddedFont.encode;
const vanillaWidth = embeddedFont.widthOfString;

/**
 * pdfkit alone: the same Sarabun files, page size, margins, font size and line height, every
 * paragraph through `doc.text()` with pdfkit's own wrapping (no Thai line breaking, no ToUnicode
 * fix, no measuring by fixed advances, no page furniture). The fonts are the open fonts our
 * renderer shares across documents (pdf-fonts.ts), so the two differ by layout and drawing only.
 */
export async function noLayoutPdf(model: DocumentModel, paragraphs: { text: string; bold: boolean }[]): Promise<Uint8Array> {
  const ours = { encode: embeddedFont.encode, widthOfString: embeddedFont.widthOfString };
  embeddedFont.encode = vanillaEncode;
  embeddedFont.widthOfString = vanillaWidth;
  try {
    const fonts = pdfFonts(fontFiles(model.font)) as unknown as { regular: Buffer; bold: Buffer };
    const m = model.page.marginsCm;
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: m.top * PT_PER_CM, right: m.right * PT_PER_CM, bottom: m.bottom * PT_PER_CM, left: m.left * PT_PER_CM },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    doc.font('regular').fontSize(model.font.size);
    const lineGap = model.font.size * LINE_FACTOR - doc.currentLineHeight(true);
    for (const p of paragraphs) doc.font(p.bold ? 'bold' : 'regular').text(p.text, { lineGap, paragraphGap: 3 });
    doc.end();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
  } finally {
    embeddedFont.encode = ours.encode;
    embeddedFont.widthOfString = ours.widthOfString;
  }
}
