// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page';
import { SeriesListPage } from '../../../renderer/features/series/series-list-page';
import { SeriesPage } from '../../../renderer/features/series/series-page';
import { SettingsPage } from '../../../renderer/features/settings/settings-page';
import { appSettings, ids } from './data';
import { directoryOrganisations, directoryPeople } from './directory-data';
import { fakeClient } from './fake-client';
import { readerNote, signInReader, signInSecretariat, signOut } from './reader-session';
import { renderWith } from './render';
import { seriesClient, seriesCore } from './series-fake';

afterEach(signOut);

/** happy-dom does not pass a fieldset's disabled on to what it holds (browsers do, and the e2e checks them there). */
const disabled = (field: Element) => (field as HTMLInputElement).disabled || field.closest('fieldset[disabled]') !== null;

const directory = fakeClient.bind(null, { 'people.list': () => directoryPeople, 'organisations.list': () => directoryOrganisations });

async function openDirectory(tab: 'organisations' | 'people') {
  renderWith(directory(), <DirectoryPage tab={tab} org={null} />);
  await screen.findByRole('table');
}

describe('the directory for a reader (team mode)', () => {
  it('lists the organisations with no add, edit, confirm-abbreviation or deactivate button', async () => {
    signInReader();
    await openDirectory('organisations');
    expect(screen.getByRole('rowheader', { name: /สขญ\./ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ เพิ่มหน่วยงาน' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^แก้ไข หน่วยงาน/ })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: /ยืนยันอักษรย่อ|^เลิกใช้/ })).toEqual([]);
    // The note on unverified abbreviations does not send the reader to a button it lacks.
    expect(screen.queryByText(/ยืนยันอักษรย่อ/)).toBeNull();
    expect(screen.getByText('อักษรย่อที่มีป้ายนี้ใช้กันทั่วไป แต่ยังไม่ได้ตรวจกับแหล่งที่เผยแพร่อย่างเป็นทางการ')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(readerNote);
  });

  it('lists the people with no add, edit or deactivate button and nothing to tick for merging', async () => {
    signInReader();
    await openDirectory('people');
    expect(screen.getAllByTestId('person-row').length).toBe(directoryPeople.filter((p) => p.active).length);
    expect(screen.queryByRole('button', { name: '+ เพิ่มบุคคล' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^แก้ไข ข้อมูล/ })).toEqual([]);
    expect(screen.queryAllByRole('checkbox', { name: /เพื่อรวมรายการ$/ })).toEqual([]);
    expect(screen.queryByText(/เลือกช่องหน้าชื่อทั้งสองรายการ/)).toBeNull();
  });

  it('keeps every control for the single officer (no session)', async () => {
    await openDirectory('organisations');
    expect(screen.getByRole('button', { name: '+ เพิ่มหน่วยงาน' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^แก้ไข หน่วยงาน/ }).length).toBe(screen.getAllByTestId('organisation-row').length);
    expect(screen.getAllByRole('button', { name: /ยืนยันอักษรย่อ/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('keeps the merge ticks and the add button for the single officer', async () => {
    await openDirectory('people');
    expect(screen.getByRole('button', { name: '+ เพิ่มบุคคล' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: /เพื่อรวมรายการ$/ }).length).toBeGreaterThan(1);
  });
});

const retention = () => [{ kind: 'minutes' as const, years: null }, { kind: 'working_papers' as const, years: 10 }, { kind: 'attachments' as const, years: 10 }];

async function openSettings() {
  const client = fakeClient({ 'settings.get': () => appSettings, 'retention.get': retention, 'retention.due': () => ({ yearBe: 2569, records: [] }) });
  renderWith(client, <SettingsPage />);
  await act(async () => {});
  return client;
}

describe('the settings for a reader (team mode)', () => {
  it('shows how long records are kept, disabled, and no card it could not use', async () => {
    signInReader();
    const client = await openSettings();
    expect(screen.queryByRole('heading', { name: 'ผู้ใช้งาน' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'คำที่ห้ามตัดข้ามบรรทัด' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'หนังสือที่ครบกำหนดอายุการเก็บ' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'อายุการเก็บเอกสารและการขอทำลาย' })).toBeTruthy();
    const years = screen.getAllByRole('spinbutton') as HTMLInputElement[];
    expect(years.map((y) => [y.value, disabled(y)])).toEqual([['10', true], ['10', true]]);
    expect(screen.queryByRole('button', { name: 'บันทึกอายุการเก็บ' })).toBeNull();
    expect(screen.getByRole('note').textContent).toBe(readerNote);
    // Nothing asked that the role would be refused.
    expect(client.callsTo('retention.due')).toEqual([]);
  });

  it('has no officer-name card in team mode even for the secretariat: the history names the signed-in officer', async () => {
    signInSecretariat();
    await openSettings();
    expect(screen.queryByRole('heading', { name: 'ผู้ใช้งาน' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'คำที่ห้ามตัดข้ามบรรทัด' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'บันทึกอายุการเก็บ' })).toBeTruthy();
  });

  it('keeps every card for the single officer (no session)', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { name: 'ผู้ใช้งาน' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'คำที่ห้ามตัดข้ามบรรทัด' })).toBeTruthy();
    expect(screen.getAllByRole('spinbutton').some(disabled)).toBe(false);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

async function openSeries() {
  await act(async () => {
    renderWith(seriesClient(seriesCore()), <SeriesPage id={ids.series} />);
  });
}

describe('a series for a reader (team mode)', () => {
  it('shows every part with its fields disabled', async () => {
    signInReader();
    await openSeries();
    const details = screen.getByRole('form', { name: 'ข้อมูลชุดการประชุม' });
    const fields = [...details.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every(disabled)).toBe(true);
    expect(disabled(screen.getByRole('form', { name: 'ผู้จดและผู้ตรวจรายงานการประชุม' }).querySelector('select, input') as Element)).toBe(true);
    expect(screen.getByRole('note').textContent).toBe(readerNote);
  });

  it('leaves them enabled for the single officer', async () => {
    await openSeries();
    const details = screen.getByRole('form', { name: 'ข้อมูลชุดการประชุม' });
    expect([...details.querySelectorAll('input, select, textarea')].some(disabled)).toBe(false);
  });

  it('offers a reader no new series on the list', async () => {
    signInReader();
    await act(async () => {
      renderWith(seriesClient(seriesCore()), <SeriesListPage />);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'ชุดการประชุม' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ สร้างชุดการประชุมใหม่' })).toBeNull();
  });
});
