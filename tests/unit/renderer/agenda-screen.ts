import { act, fireEvent, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { AgendaEditor } from '../../../renderer/features/agenda/agenda-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import type { MeetingDetail } from '../../../renderer/state/types';
import { ids, organisations, people, series, sectionTemplates } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

/** Steps on the agenda's one-line rows, shared by the agenda's renderer tests. */

/** The `<li>` of item `number` (its sub-items inside it). */
export const itemEl = (number: string): HTMLElement => {
  const found = screen.getAllByTestId('agenda-item').find((i) => i.getAttribute('data-number') === number);
  if (!found) throw new Error(`no agenda item ${number}`);
  return found;
};

/** The button that opens and closes item `number` (its name starts with the number). */
export const rowButton = (number: string): HTMLElement =>
  within(itemEl(number)).getAllByRole('button', { name: new RegExp(`^${number.replaceAll('.', '\\.')} `) })[0];

export function openItem(number: string): void {
  const button = rowButton(number);
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
}

/** Open item `number`'s one menu and choose `entry`. */
export async function chooseInMenu(number: string, entry: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: `จัดการ เรื่อง ${number}` }));
  const menu = screen.getByRole('menu', { name: `จัดการ เรื่อง ${number}` });
  await act(async () => {
    fireEvent.click(within(menu).getByRole('menuitem', { name: entry }));
  });
}

/** The agenda of the meeting in the store, as the meeting page shows it. */
function LiveAgenda({ focusItem }: { focusItem?: string }) {
  const detail = useMeeting((s) => s.detail);
  return detail ? createElement(AgendaEditor, { meeting: detail, focusItem }) : null;
}

/** The agenda editor over a fake core serving `detail`, with the directory and the series loaded. */
export async function renderAgenda(detail: MeetingDetail, handlers: Parameters<typeof fakeClient>[0] = {}, focusItem?: string) {
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': () => detail,
    'attachments.list': () => [],
    ...handlers,
  });
  const view = renderWith(client, createElement(LiveAgenda, { focusItem }));
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view };
}
