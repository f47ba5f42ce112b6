// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeriesForm } from '../../../renderer/features/series/series-form';
import {
  addStandardSection, applyPreset, cabinetPreset, draftOf, sectionsInput, standardDraft,
} from '../../../renderer/features/series/sections-draft';
import { ids, sectionTemplates, series } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

describe('the new-series form', () => {
  it('creates a Cabinet-style series with its own sections, each left out of documents when empty', async () => {
    const created: unknown[] = [];
    const client = fakeClient({
      'series.list': () => [],
      'reference.sectionTemplates': () => sectionTemplates,
      'series.create': (input) => {
        created.push(input);
        return { ...series, id: ids.item(70), nameTh: input.nameTh };
      },
    });
    const done: string[] = [];
    const view = renderWith(client, <SeriesForm onCreated={(s) => done.push(s.id)} />);
    await act(async () => view.stores.series.getState().load());
    expect(screen.getByText('หมวดระเบียบวาระ: หมวดมาตรฐาน 6 หมวด')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^ชื่อชุดการประชุม \(ภาษาไทย\)/), { target: { value: 'การประชุมคณะรัฐมนตรี' } });
    fireEvent.click(screen.getByRole('button', { name: 'ใช้หมวดแบบการประชุมคณะรัฐมนตรี' }));
    expect(screen.getByText('หมวดระเบียบวาระ: 4 หมวดตามที่กำหนด')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'บันทึกชุดการประชุม' })));
    expect(created).toEqual([
      {
        nameTh: 'การประชุมคณะรัฐมนตรี', shortName: '', nameEn: '', numbering: 'per_year',
        sections: ['เรื่องกฎหมาย', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องต่างประเทศ', 'เรื่องแต่งตั้ง'].map((titleTh) => ({ kind: 'custom', titleTh, whenEmpty: 'omit' })),
      },
    ]);
    expect(done).toEqual([ids.item(70)]);
  });

  it('opens the sections and points at an empty heading instead of sending it', async () => {
    const client = fakeClient({ 'series.list': () => [], 'reference.sectionTemplates': () => sectionTemplates });
    const view = renderWith(client, <SeriesForm onCreated={() => {}} />);
    await act(async () => view.stores.series.getState().load());
    fireEvent.change(screen.getByLabelText(/^ชื่อชุดการประชุม \(ภาษาไทย\)/), { target: { value: 'คณะทำงาน' } });
    const details = document.getElementById('series-new-sections-details') as HTMLDetailsElement;
    fireEvent.change(within(details).getAllByRole('textbox')[0], { target: { value: '' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'บันทึกชุดการประชุม' })));
    expect(client.callsTo('series.create')).toEqual([]);
    expect(details.open).toBe(true);
    expect(details.textContent).toContain('กรุณากรอกหัวข้อของระเบียบวาระที่ 1');
  });
});

describe('section lists', () => {
  it('puts a standard section back where the standard order puts it', () => {
    const cabinet = applyPreset([], cabinetPreset()).sections;
    const titles = (list: { titleTh: string }[]) => list.map((s) => s.titleTh);
    const announcements = sectionTemplates.find((t) => t.kind === 'announcements')!;
    const other = sectionTemplates.find((t) => t.kind === 'other')!;
    // With no standard section to go by: opening matters first, the rest last.
    expect(titles(addStandardSection(cabinet, announcements, sectionTemplates))[0]).toBe(announcements.titleTh);
    expect(titles(addStandardSection(cabinet, other, sectionTemplates)).at(-1)).toBe(other.titleTh);
    // Beside its standard neighbours otherwise.
    const withoutCertification = standardDraft(sectionTemplates).filter((s) => s.kind !== 'certification');
    const certification = sectionTemplates.find((t) => t.kind === 'certification')!;
    expect(addStandardSection(withoutCertification, certification, sectionTemplates).map((s) => s.kind)).toEqual(sectionTemplates.map((t) => t.kind));
  });

  it('keeps a section a preset names with its id and heading, and any other section that has items', () => {
    const stored = draftOf(series.sections.map((s) => (s.kind === 'information' ? { ...s, itemCount: 2, titleTh: 'เรื่องแจ้งเพื่อทราบ' } : s)));
    const renamed = stored.map((s) => (s.kind === 'announcements' ? { ...s, titleTh: 'เรื่องที่ประธานแจ้งที่ประชุมทราบ' } : s));
    const { sections, kept } = applyPreset(renamed, [...cabinetPreset(), { kind: 'announcements', titleTh: 'เรื่องที่ประธานแจ้ง', whenEmpty: 'none' }]);
    expect(sectionsInput(sections).map((s) => [s.id ?? 'new', s.titleTh])).toEqual([
      ['new', 'เรื่องกฎหมาย'], ['new', 'เรื่องเศรษฐกิจ-สังคม'], ['new', 'เรื่องต่างประเทศ'], ['new', 'เรื่องแต่งตั้ง'],
      [ids.section(1), 'เรื่องที่ประธานแจ้งที่ประชุมทราบ'],
      [ids.section(5), 'เรื่องแจ้งเพื่อทราบ'],
    ]);
    expect(kept.map((s) => s.id)).toEqual([ids.section(5)]);
  });
});
