// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaItemForm } from '../../../renderer/features/agenda/agenda-item-form';
import { AttendanceEditor } from '../../../renderer/features/attendance/attendance-editor';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page';
import { useMeeting } from '../../../renderer/state/app-context';
import type { Organisation, Person } from '../../../renderer/state/types';
import { ids, meetingDetail, organisations, people, series } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

function LiveEditor() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AttendanceEditor meeting={detail} /> : null;
}

const optionTexts = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent ?? '');

describe('Pickers and the directory', () => {
  it('a person deactivated on the directory page is no longer offered when adding an attendee', async () => {
    let list = structuredClone(people);
    const client = fakeClient({
      'people.list': () => list,
      'organisations.list': () => organisations,
      'people.update': (patch) => {
        const updated = { ...(list.find((p) => p.id === patch.id) as Person), ...patch } as Person;
        list = list.map((p) => (p.id === patch.id ? updated : p));
        return updated;
      },
      'series.list': () => [series],
      'reference.sectionTemplates': () => [],
      // วิชัย is not in this meeting yet, so he would be offered.
      'meetings.get': () => meetingDetail(),
    });
    const view = renderWith(
      client,
      <>
        <DirectoryPage tab="people" org={null} />
        <LiveEditor />
      </>,
    );
    await act(async () => {
      await view.stores.meeting.getState().load(ids.meeting);
    });
    await screen.findByRole('table');

    fireEvent.click(screen.getByRole('button', { name: /เพิ่มผู้เข้าประชุม/ }));
    const form = screen.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
    const offered = () => optionTexts(within(form).getByLabelText(/^บุคคล/));
    expect(offered().some((n) => n.startsWith('นายวิชัย รุ่งเรือง'))).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'เลิกใช้ รายชื่อ นายวิชัย รุ่งเรือง' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'เลิกใช้รายชื่อ' }));
    });
    // The open form follows the directory at once.
    const after = offered();
    expect(after.some((n) => n.startsWith('นายวิชัย รุ่งเรือง'))).toBe(false);
    expect(after.some((n) => n.startsWith('นางสาวมานี มีนา'))).toBe(true);
  });

  it('an agenda item keeps its inactive presenter on screen; other inactive records are not offered', async () => {
    const inactive = (o: Organisation) => (o.id === ids.orgDepa || o.id === ids.orgNso ? { ...o, active: false } : o);
    const client = fakeClient({
      'people.list': () => people.map((p) => (p.id === ids.chair || p.id === ids.wichai ? { ...p, active: false } : p)),
      'organisations.list': () => organisations.map(inactive),
    });
    const detail = meetingDetail();
    // Item 4.1 was presented by depa and วิชัย, both since deactivated.
    const item = { ...detail.agendaItems[0], presenterPersonId: ids.wichai };
    const section = series.sections.find((s) => s.id === item.sectionId)!;
    const view = renderWith(client, <AgendaItemForm section={section} item={item} onDone={() => {}} />);
    await act(async () => {
      await view.stores.directory.getState().load();
    });
    const orgs = optionTexts(screen.getByLabelText('หน่วยงานที่เสนอ'));
    expect(orgs.some((o) => o.startsWith('ดีป้า'))).toBe(true);
    expect(orgs.some((o) => o.startsWith('สสช.'))).toBe(false);
    expect((screen.getByLabelText('หน่วยงานที่เสนอ') as HTMLSelectElement).value).toBe(ids.orgDepa);
    const presenters = optionTexts(screen.getByLabelText(/^ผู้นำเสนอ/));
    expect(presenters.some((p) => p.startsWith('นายวิชัย รุ่งเรือง'))).toBe(true);
    expect(presenters.some((p) => p.startsWith('นายประเสริฐ'))).toBe(false);
    expect((screen.getByLabelText(/^ผู้นำเสนอ/) as HTMLSelectElement).value).toBe(ids.wichai);
  });
});
