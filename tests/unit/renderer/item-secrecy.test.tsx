// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/schemas/attachments';
import { AgendaEditor } from '../../../renderer/features/agenda/agenda-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import { ids, meetingDetail, } from './data';
import { meetingClient, renderMeeting } from './meeting-fake';
import { openItem } from './agenda-screen';

function LiveAgenda() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AgendaEditor meeting={detail} /> : null;
}

const file: Attachment = {
  version: 1, id: '00000000-0000-4000-8000-000000000901', agendaItemId: ids.item(2), fileName: 'ร่างแผนคลื่นความถี่.pdf', mediaType: 'application/pdf',
  size: 1200, sha256: 'a'.repeat(64), createdAt: '2026-11-20T02:00:00.000Z', secrecy: 'none',
};

describe('the secrecy classes on an item’s edit form (issue 14)', () => {
  it('saves the item’s class with the item and each attachment’s class through attachments.setSecrecy; unchanged classes are not sent', async () => {
    const client = meetingClient({
      'attachments.list': () => [file],
      'agenda.update': (a) => ({ ...meetingDetail().agendaItems[1], ...a }) as never,
      'attachments.setSecrecy': (a) => ({ ...file, ...a }) as never,
    });
    const view = await renderMeeting(client, <LiveAgenda />);
    await act(async () => {
      await view.stores.meeting.getState().loadAttachments();
    });
    openItem('4.2');
    const form = screen.getByRole('form', { name: 'แก้ไขเรื่อง 4.2' });
    const itemClass = within(form).getByLabelText('ชั้นความลับของเรื่อง') as HTMLSelectElement;
    expect(itemClass.value).toBe('none');
    expect([...itemClass.options].map((o) => o.textContent)).toEqual(['ไม่มีชั้นความลับ', 'ลับ', 'ลับมาก', 'ลับที่สุด']);
    fireEvent.change(itemClass, { target: { value: 'secret' } });
    fireEvent.change(within(form).getByLabelText('ชั้นความลับของไฟล์ ร่างแผนคลื่นความถี่.pdf'), { target: { value: 'top_secret' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('agenda.update')).toEqual([expect.objectContaining({ id: ids.item(2), secrecy: 'secret' })]);
    expect(client.callsTo('attachments.setSecrecy')).toEqual([{ id: file.id, version: 1, secrecy: 'top_secret' }]);

    // Opened again and saved with a new subject only: no class is sent.
    openItem('4.2');
    const again = screen.getByRole('form', { name: 'แก้ไขเรื่อง 4.2' });
    fireEvent.change(within(again).getByLabelText(/^เรื่อง/), { target: { value: 'บัญชีบริการดิจิทัล' } });
    await act(async () => {
      fireEvent.click(within(again).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('agenda.update')[1]).not.toHaveProperty('secrecy');
    expect(client.callsTo('attachments.setSecrecy')).toHaveLength(1);
  });
});
