import type { Organisation } from '../../shared/schemas/directory';
import type { ActionRow } from '../../shared/schemas/actions';
import type { DocxOptions } from './docx/render-docx';
import type { DocumentModel } from './model';
import type { PdfOptions } from './pdf/render-pdf';

// The renderers, each imported on first use. A process that writes one PDF (`lekha export minutes
// --format pdf`) then never loads docx or exceljs (exceljs alone takes about 0.2 s to load), and one
// that writes a DOCX never loads pdfkit and fontkit. Later calls reuse the loaded module.

export async function renderPdf(model: DocumentModel, options?: PdfOptions): Promise<Uint8Array> {
  return (await import('./pdf/render-pdf')).renderPdf(model, options);
}

export async function renderDocx(model: DocumentModel, options?: DocxOptions): Promise<Uint8Array> {
  return (await import('./docx/render-docx')).renderDocx(model, options);
}

/** One organisation's workbook holds that organisation's sheet and summary only. */
export async function trackerWorkbook(rows: ActionRow[], organisations: Organisation[], organisationId: string | null = null): Promise<Uint8Array> {
  return (await import('./sheets/tracker-sheets')).trackerWorkbook(rows, organisations, organisationId);
}

export async function trackerCsv(rows: ActionRow[], organisations: Organisation[]): Promise<Uint8Array> {
  return (await import('./sheets/tracker-sheets')).trackerCsv(rows, organisations);
}
