// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../renderer/features/meetings/export-panel';
import type { Series } from '../../../renderer/state/types';
import { ids, exportedPdf, meetingDetail, series } from './data';
import { catchDownloads } from './downloads';
import { deferred, fakeClient, type Handlers, refusal } from './fake-client';
import { renderWith } from './render';

async function setup(handlers: Handlers, seriesOver: Partial<Series> = {}) {
  const shown: Series = { ...series, ...seriesOver };
  const client = fakeClient({ 'series.list': () => [shown], 'reference.sectionTemplates': () => [], ...handlers });
  const view = renderWith(client, <ExportPanel meeting={meetingDetail()} />);
  await act(async () => {
    await view.stores.series.getState().load();
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'ส่งออกเอกสาร' }));
  });
  const dialog = screen.getByRole('dialog', { name: 'ส่งออกเอกสาร' }) as HTMLDialogElement;
  return { client, dialog, ...view };
}

const submit = async (dialog: HTMLElement) => {
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'ส่งออก' }));
  });
};

describe('ExportPanel', () => {
  it('opens as a dialog on the chosen document, showing the series settings', async () => {
    const { dialog } = await setup({}, { documentSettings: { ...series.documentSettings, digits: 'thai', urgency: 'urgent' } });
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByLabelText('รายงานการประชุม'));
    expect((within(dialog).getByLabelText('เลขไทย (๑ ๒ ๓)') as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByLabelText('ชั้นความเร็ว') as HTMLSelectElement).value).toBe('urgent');
    // Null font size: the profile's usual size, named.
    const size = within(dialog).getByLabelText('ขนาดตัวอักษร') as HTMLSelectElement;
    expect(size.selectedOptions[0].textContent).toBe('ตามแบบอักษร (14 พอยต์)');
    expect((within(dialog).getByLabelText('ชั้นความลับ') as HTMLSelectElement).selectedOptions[0].textContent).toBe(
      'ตามชั้นความลับของการประชุม (ไม่มีชั้นความลับ)',
    );
  });

  it('exports with this export’s overrides only and delivers the bytes as a download named by the core', async () => {
    const downloads = catchDownloads();
    const copy = { ...exportedPdf, fileName: 'รายงานการประชุม ครั้งที่ 2-2569 ฉบับที่ 1.pdf', copyNo: 1, recipient: '' };
    const { client, dialog } = await setup({ 'documents.exportCopies': () => ({ copies: 1, secrecy: 'secret', files: [copy], warnings: [] }) });
    fireEvent.click(within(dialog).getByLabelText('เลขไทย (๑ ๒ ๓)'));
    fireEvent.change(within(dialog).getByLabelText('แบบอักษร'), { target: { value: 'th-sarabun-psk' } });
    fireEvent.change(within(dialog).getByLabelText('ขนาดตัวอักษร'), { target: { value: '16' } });
    fireEvent.change(within(dialog).getByLabelText('การจัดข้อความ'), { target: { value: 'left' } });
    fireEvent.click(within(dialog).getByLabelText('พิมพ์ส่วนลงนามผู้ตรวจรายงานการประชุม'));
    fireEvent.change(within(dialog).getByLabelText('ชั้นความลับ'), { target: { value: 'secret' } });
    fireEvent.change(within(dialog).getByLabelText('ชั้นความเร็ว'), { target: { value: 'most_urgent' } });
    // Changed and changed back: no override.
    fireEvent.change(within(dialog).getByLabelText('ชั้นความเร็ว'), { target: { value: 'none' } });
    expect(within(dialog).getByText('ปรับสำหรับครั้งนี้ 6 รายการ')).toBeTruthy();
    // Marked ลับมาก for this export: it leaves as a numbered copy, one by default (issue 14).
    expect(within(dialog).getByTestId('secret-copies').textContent).toContain('"ลับมาก"');
    await submit(dialog);

    expect(client.callsTo('documents.export')).toEqual([]);
    expect(client.callsTo('documents.exportCopies')).toEqual([
      {
        meetingId: ids.meeting, kind: 'minutes', format: 'pdf', copies: 1, recipients: [],
        settings: { digits: 'thai', fontProfile: 'th-sarabun-psk', fontSize: 16, align: 'left', reviewerBlock: false, secrecy: 'secret' },
      },
    ]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe(copy.fileName);
    expect(downloads[0].blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await downloads[0].blob.arrayBuffer())).toBe('%PDF-1.7');
    expect(within(dialog).getByText(`ส่งออกไฟล์ “${copy.fileName}” แล้ว`)).toBeTruthy();
    expect(client.listenerCount()).toBe(0);
  });

  it('asks a second time before a ลับที่สุด document, sends nothing when declined, and sends the confirm flag when accepted', async () => {
    catchDownloads();
    const copy = { ...exportedPdf, copyNo: 1, recipient: 'ประธาน' };
    const { client, dialog } = await setup({ 'documents.exportCopies': () => ({ copies: 1, secrecy: 'top_secret', files: [copy], warnings: [] }) });
    fireEvent.change(within(dialog).getByLabelText('ชั้นความลับ'), { target: { value: 'top_secret' } });
    fireEvent.change(within(dialog).getByLabelText('ถึง (ชื่อผู้รับ ฉบับละบรรทัด ตามลำดับฉบับ)'), { target: { value: 'ประธาน' } });
    // The app's own question, naming the paper and its class: no, then yes.
    const question = () => screen.getByRole('dialog', { name: 'ยืนยันการส่งออกเอกสารชั้นลับที่สุด' });
    await submit(dialog);
    expect(question().textContent).toContain('"รายงานการประชุม ครั้งที่ 2/2569" มีชั้นความลับ "ลับที่สุด"');
    // It starts on cancel: Enter alone exports nothing.
    expect(document.activeElement?.textContent).toBe('ยกเลิก');
    await act(async () => {
      fireEvent.click(within(question()).getByRole('button', { name: 'ยกเลิก' }));
    });
    expect(screen.queryByRole('dialog', { name: 'ยืนยันการส่งออกเอกสารชั้นลับที่สุด' })).toBeNull();
    expect(client.callsTo('documents.exportCopies')).toEqual([]);
    await submit(dialog);
    await act(async () => {
      fireEvent.click(within(question()).getByRole('button', { name: 'ส่งออกเอกสารลับที่สุด' }));
    });
    expect(client.callsTo('documents.exportCopies')).toEqual([
      { meetingId: ids.meeting, kind: 'minutes', format: 'pdf', copies: 1, recipients: ['ประธาน'], settings: { secrecy: 'top_secret' }, confirmTopSecret: true },
    ]);
  });

  it('sends the agenda as DOCX without settings when nothing was changed', async () => {
    catchDownloads();
    const { client, dialog } = await setup({ 'documents.export': () => ({ ...exportedPdf, fileName: 'x.docx' }) });
    fireEvent.click(within(dialog).getByLabelText('ระเบียบวาระการประชุม'));
    fireEvent.click(within(dialog).getByLabelText('Word (DOCX) สำหรับแก้ไขต่อ'));
    await submit(dialog);
    expect(client.callsTo('documents.export')).toEqual([{ meetingId: ids.meeting, kind: 'agenda', format: 'docx' }]);
  });

  it('shows progress from the core’s events for this export, indeterminate until the first one', async () => {
    const downloads = catchDownloads();
    const answer = deferred<typeof exportedPdf>();
    const { client, dialog } = await setup({ 'documents.export': () => answer.promise });
    await submit(dialog);
    const bar = within(dialog).getByRole('progressbar', { name: 'ความคืบหน้าการจัดทำเอกสาร' });
    expect(bar.hasAttribute('value')).toBe(false);
    const button = within(dialog).getByRole('button', { name: 'กำลังส่งออก…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    // A second press while the core works asks for nothing more.
    await act(async () => {
      fireEvent.click(button);
    });
    expect(client.callsTo('documents.export')).toHaveLength(1);
    expect(within(dialog).getByText('กำลังจัดทำรายงานการประชุม…')).toBeTruthy();

    await act(async () => {
      client.emit({ type: 'progress', task: `documents.export:${ids.meeting}:minutes:pdf`, done: 20, total: 50 });
      // Another export's progress is not this one's.
      client.emit({ type: 'progress', task: `documents.export:${ids.meeting}:agenda:pdf`, done: 9, total: 10 });
    });
    expect(within(dialog).getByRole('progressbar').getAttribute('value')).toBe('40');
    expect(within(dialog).getByText('ร้อยละ 40')).toBeTruthy();

    await act(async () => {
      answer.resolve(exportedPdf);
    });
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(downloads).toHaveLength(1);
    expect(client.listenerCount()).toBe(0);
  });

  it('shows the core’s Thai refusal, by the field it names, and downloads nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const downloads = catchDownloads();
    const message = 'เปิดไฟล์ฟอนต์ "/fonts/none.ttf" ไม่ได้ กรุณาตรวจการตั้งค่าฟอนต์ของเอกสาร';
    const { dialog } = await setup({
      'documents.export': () => {
        throw refusal('documents.export', 'INVALID', message, 'customFontPath');
      },
    });
    fireEvent.change(within(dialog).getByLabelText('ไฟล์ฟอนต์ตัวปกติ (.ttf) สำหรับ PDF'), { target: { value: '/fonts/none.ttf' } });
    await submit(dialog);
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain('ส่งออกเอกสารไม่สำเร็จ');
    expect(alert.textContent).toContain(message);
    expect(document.activeElement).toBe(alert);
    const font = within(dialog).getByLabelText('ไฟล์ฟอนต์ตัวปกติ (.ttf) สำหรับ PDF');
    expect(font.getAttribute('aria-invalid')).toBe('true');
    expect(downloads).toHaveLength(0);
  });

  it('saves the changes as the series’ defaults, after which they are no longer overrides', async () => {
    catchDownloads();
    const { client, dialog } = await setup({
      'series.update': (patch) => ({ ...series, documentSettings: { ...series.documentSettings, ...patch.documentSettings } }),
      'documents.export': () => exportedPdf,
    });
    const save = within(dialog).getByRole('button', { name: 'บันทึกเป็นค่าตั้งต้นของชุดการประชุม' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(within(dialog).getByLabelText('เลขไทย (๑ ๒ ๓)'));
    fireEvent.change(within(dialog).getByLabelText('ขอบซ้าย'), { target: { value: '2.5' } });
    await act(async () => {
      fireEvent.click(save);
    });
    expect(client.callsTo('series.update')).toEqual([
      { id: ids.series, version: 1, documentSettings: { digits: 'thai', marginsCm: { top: 2.5, right: 2, bottom: 2, left: 2.5 } } },
    ]);
    expect(within(dialog).getByText('บันทึกเป็นค่าตั้งต้นของชุดการประชุมแล้ว')).toBeTruthy();
    await submit(dialog);
    expect(client.callsTo('documents.export')[0]).toEqual({ meetingId: ids.meeting, kind: 'minutes', format: 'pdf' });
  });

  it('closes with its button and gives focus back to the button that opened it', async () => {
    const { dialog } = await setup({});
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'ปิด' }));
    });
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'ส่งออกเอกสาร' }));
  });
});
