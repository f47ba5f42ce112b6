import { act, fireEvent, screen, within } from '@testing-library/react';

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
