import type { DocxOptions } from './docx/render-docx';
import type { DocumentModel } from './model';
import type { PdfOptions } from './pdf/render-pdf';
import type { TrackerSource } from './sheets/tracker-sheets';

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
export async function trackerWorkbook(source: TrackerSource): Promise<Uint8Array> {
  return (await import('./sheets/tracker-sheets')).trackerWorkbook(source);
}

export async function trackerCsv(source: TrackerSource): Promise<Uint8Array> {
  return (await import('./sheets/tracker-sheets')).trackerCsv(source);
}

/** The destruction list of form 25 as a workbook (exceljs loaded on first use). */
export async function destructionWorkbook(data: import('./builders/destruction-list').DestructionListData): Promise<Uint8Array> {
  return (await import('./sheets/destruction-sheet')).destructionWorkbook(data);
}
