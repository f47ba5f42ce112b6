// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/schemas/attachments';
import { topSecretRefusal } from '../../../shared/secrecy';
import { AgendaEditor } from '../../../renderer/features/agenda/agenda-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { catchDownloads } from './downloads';
import { fakeClient, refusal } from './fake-client';
import { itemEl as item, openItem } from './agenda-screen';
import { renderWith } from './render';
import { meetingClient, renderMeeting } from './meeting-fake';

function LiveAgenda() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AgendaEditor meeting={detail} /> : null;
}

const sha = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const stored: Attachment = {
  version: 1, id: ids.att(70), agendaItemId: ids.item(1), fileName: 'ร่าง พ.ร.บ. เกม.pdf', mediaType: 'application/pdf', size: 2_411_724, sha256: sha,
  secrecy: 'none', createdAt: '2026-11-20T03:00:00.000Z',
};

async function setup(handlers: Parameters<typeof fakeClient>[0] = {}, files: Attachment[] = [stored]) {
  let list = files;
  const view = await renderMeeting(meetingClient({ 'attachments.list': () => list, ...handlers }), <LiveAgenda />);
  await waitFor(() => expect(view.client.callsTo('attachments.list').length).toBe(1));
  return { ...view, setList: (l: Attachment[]) => { list = l; } };
}


describe('Attachments of agenda items', () => {
  it('lists the files of an item with their size and a short hash', async () => {
    await setup();
    // Closed, the row says how many files there are; opened, the item lists them.
    expect(within(item('4.1')).getByText('ไฟล์แนบ 1')).toBeTruthy();
    expect(within(item('4.1')).queryAllByTestId('attachment')).toEqual([]);
    openItem('4.1');
    const files = within(item('4.1')).getAllByTestId('attachment');
    expect(files).toHaveLength(1);
    expect(files[0].textContent).toContain('ร่าง พ.ร.บ. เกม.pdf');
    expect(files[0].textContent).toContain('2.3 MB');
    expect(files[0].textContent).toContain('SHA-256 a3f1c2d4');
    expect(files[0].querySelector('abbr')?.getAttribute('title')).toContain(sha);
    openItem('4.2');
    expect(within(item('4.2')).queryAllByTestId('attachment')).toEqual([]);
    expect(within(item('4.2')).queryByText(/^ไฟล์แนบ/)).toBeNull();
  });

  it('reads a chosen file as base64 and sends it with its name and type, then lists again', async () => {
    const { client } = await setup({ 'attachments.add': (a) => ({ ...stored, id: ids.att(71), agendaItemId: a.agendaItemId, fileName: a.fileName }) });
    openItem('4.2');
    const input = screen.getByLabelText('แนบไฟล์ในเรื่อง 4.2');
    const file = new File(['สวัสดี'], 'บันทึกข้อความ.txt', { type: 'text/plain' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(client.callsTo('attachments.add')).toHaveLength(1));
    const sent = client.callsTo('attachments.add')[0];
    expect(sent).toEqual({ agendaItemId: ids.item(2), fileName: 'บันทึกข้อความ.txt', mediaType: 'text/plain', base64: expect.any(String) });
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent.base64), (c) => c.charCodeAt(0)))).toBe('สวัสดี');
    await waitFor(() => expect(client.callsTo('attachments.list').length).toBe(2));
    expect(within(item('4.2')).getByText('แนบ “บันทึกข้อความ.txt” แล้ว')).toBeTruthy();
  });

  it('refuses a file over 50 MB before sending anything, and says so in Thai', async () => {
    const { client } = await setup({ 'attachments.add': () => stored });
    const big = new File(['x'], 'สแกนภาคผนวก.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 + 1 });
    openItem('4.2');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('แนบไฟล์ในเรื่อง 4.2'), { target: { files: [big] } });
    });
    expect(client.callsTo('attachments.add')).toEqual([]);
    expect(within(item('4.2')).getByRole('alert').textContent).toContain('ไฟล์ “สแกนภาคผนวก.pdf” มีขนาด 50 MB เกิน 50 MB');
    expect(within(item('4.2')).getByText('ไฟล์ละไม่เกิน 50 MB')).toBeTruthy();
  });

  it('opens a file with the system viewer where it can, or else downloads it', async () => {
    let opened = true;
    const { client } = await setup({
      'attachments.open': () => ({ opened }),
      'attachments.get': () => ({ fileName: stored.fileName, mediaType: 'application/pdf', base64: btoa('%PDF-1.7') }),
    });
    const downloads = catchDownloads();
    openItem('4.1');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'เปิดไฟล์ ร่าง พ.ร.บ. เกม.pdf' }));
    });
    expect(client.callsTo('attachments.open')).toEqual([{ id: stored.id }]);
    expect(client.callsTo('attachments.get')).toEqual([]);
    expect(screen.getByText('เปิด “ร่าง พ.ร.บ. เกม.pdf” ด้วยโปรแกรมในเครื่องแล้ว')).toBeTruthy();
    opened = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'เปิดไฟล์ ร่าง พ.ร.บ. เกม.pdf' }));
    });
    expect(client.callsTo('attachments.get')).toEqual([{ id: stored.id }]);
    expect(downloads.map((d) => d.fileName)).toEqual(['ร่าง พ.ร.บ. เกม.pdf']);
  });

  it('downloads a ลับที่สุด file only after a second yes: a no downloads nothing', async () => {
    const topSecret = { ...stored, secrecy: 'top_secret' as const };
    // The core as it is: opening and handing out refused without the flag, the bytes with it.
    const { client } = await setup({
      'attachments.open': (a) => {
        if (!a.confirmTopSecret) throw refusal('attachments.open', 'INVALID', topSecretRefusal, 'confirmTopSecret');
        return { opened: false };
      },
      'attachments.get': (a) => {
        if (!a.confirmTopSecret) throw refusal('attachments.get', 'INVALID', topSecretRefusal, 'confirmTopSecret');
        return { fileName: stored.fileName, mediaType: 'application/pdf', base64: btoa('%PDF-1.7') };
      },
    }, [topSecret]);
    const downloads = catchDownloads();
    // The app's own question, naming the file and its class: no, then yes.
    const question = () => screen.getByRole('dialog', { name: 'ยืนยันการส่งออกเอกสารชั้นลับที่สุด' });
    const answer = (button: string) => act(async () => {
      fireEvent.click(within(question()).getByRole('button', { name: button }));
    });
    openItem('4.1');
    const open = () => act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'เปิดไฟล์ ร่าง พ.ร.บ. เกม.pdf' }));
    });
    await open();
    expect(question().textContent).toContain('"ร่าง พ.ร.บ. เกม.pdf" มีชั้นความลับ "ลับที่สุด"');
    await answer('ยกเลิก');
    expect(downloads).toEqual([]);
    expect(within(item('4.1')).getByRole('alert').textContent).toContain('ลับที่สุด');
    await open();
    await answer('ส่งออกเอกสารลับที่สุด');
    // Asked once for both: the yes opens and downloads.
    expect(client.callsTo('attachments.open').at(-1)).toEqual({ id: stored.id, confirmTopSecret: true });
    expect(client.callsTo('attachments.get')).toEqual([{ id: stored.id, confirmTopSecret: true }]);
    expect(downloads.map((d) => d.fileName)).toEqual(['ร่าง พ.ร.บ. เกม.pdf']);
  });

  it('removes a file only after a confirmation', async () => {
    const { client, setList } = await setup({ 'attachments.remove': () => ({ ok: true }) });
    openItem('4.1');
    fireEvent.click(screen.getByRole('button', { name: 'นำไฟล์ ร่าง พ.ร.บ. เกม.pdf ออก' }));
    expect(client.callsTo('attachments.remove')).toEqual([]);
    setList([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ยืนยันนำไฟล์ออก' }));
    });
    expect(client.callsTo('attachments.remove')).toEqual([{ id: stored.id, version: 1 }]);
    expect(within(item('4.1')).queryAllByTestId('attachment')).toEqual([]);
  });

  it('lets certified minutes open files but not add or remove them', async () => {
    const client = fakeClient({
      'people.list': () => people,
      'organisations.list': () => organisations,
      'series.list': () => [series],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.get': () => meetingDetail({ minutesStatus: 'certified' }),
      'attachments.list': () => [stored],
    });
    const view = renderWith(client, <LiveAgenda />);
    await act(async () => {
      await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
      await view.stores.meeting.getState().load(ids.meeting);
    });
    await waitFor(() => expect(within(item('4.1')).getByText('ไฟล์แนบ 1')).toBeTruthy());
    openItem('4.1');
    expect(screen.getAllByTestId('attachment')).toHaveLength(1);
    // Besides the rows that open items, the file's own button is the only one.
    expect(screen.getAllByRole('button').filter((b) => !b.classList.contains('agenda-item__toggle')).map((b) => b.textContent)).toEqual([' ร่าง พ.ร.บ. เกม.pdf']);
    expect(screen.queryByLabelText(/แนบไฟล์/)).toBeNull();
  });
});
