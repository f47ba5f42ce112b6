import type { NameParts } from '../../shared/names';
import type { DocumentSettingsPatch } from '../../shared/schemas/document-settings';
import { loadFontFile } from '../documents/font-files';
import { sarabunPaths } from '../documents/fonts';
import type { DocumentModel, FontChoice } from '../documents/model';
import { renderDocx, renderPdf } from '../documents/renderers';
import type { ServiceContext } from './context';
import { readAppSettings } from './settings';

const fellBack = 'ใช้ฟอนต์ที่ตั้งไว้ในชุดการประชุมไม่ได้ จึงใช้ฟอนต์ Sarabun ที่มากับโปรแกรมแทน กรุณาตรวจการตั้งค่าฟอนต์ของเอกสาร';

/**
 * The fonts a model names, read beforehand (never blocking, size-limited: font-files.ts). A font chosen
 * for this export alone that cannot be used is refused; one saved in the series' settings falls back
 * to the shipped Sarabun with a warning, so one bad setting never stops every export.
 */
async function withFonts(model: DocumentModel, override: DocumentSettingsPatch | undefined): Promise<{ model: DocumentModel; warnings: string[] }> {
  const { font, warnings } = await readyFont(model.font, override);
  return { model: { ...model, font }, warnings };
}

/** A font choice with its files read (withFonts above), for documents that are not one model (the meeting book). */
export async function readyFont(font: FontChoice, override: DocumentSettingsPatch | undefined): Promise<{ font: FontChoice; warnings: string[] }> {
  const { regularPath, boldPath } = font;
  if (!regularPath && !boldPath) return { font, warnings: [] };
  try {
    const regular = await loadFontFile(regularPath ?? sarabunPaths.regular, 'customFontPath');
    const bold = await loadFontFile(boldPath ?? regularPath ?? sarabunPaths.bold, boldPath ? 'customBoldFontPath' : 'customFontPath');
    return { font: { ...font, files: { regular, bold } }, warnings: [] };
  } catch (error) {
    if (override?.customFontPath || override?.customBoldFontPath) throw error;
    return { font: { ...font, regularPath: null, boldPath: null }, warnings: [fellBack] };
  }
}

/**
 * A model as PDF or DOCX, with the officer's no-break words, the names of `people` never broken across
 * lines (the directory's when not given; a certified record's own names for its minutes), progress
 * events while a PDF is made, and any warning.
 */
export async function renderModel(
  ctx: ServiceContext, model: DocumentModel, format: 'pdf' | 'docx', task: string, override?: DocumentSettingsPatch, people?: readonly NameParts[],
): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const { noBreakWords } = await readAppSettings(ctx.db);
  const ready = await withFonts(model, override);
  const names = people ?? (await ctx.db.selectFrom('people').select(['title', 'first_name as firstName', 'last_name as lastName']).execute());
  if (format === 'docx') return { bytes: await renderDocx(ready.model, { noBreakWords, people: names }), warnings: ready.warnings };
  const bytes = await renderPdf(ready.model, { noBreakWords, people: names, onProgress: (done, total) => ctx.emit({ type: 'progress', task, done, total }) });
  return { bytes, warnings: ready.warnings };
}
