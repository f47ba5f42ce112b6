// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../../renderer/router';
import { useDirtyStore } from '../../../renderer/state/dirty';
import { LeaveGuard } from '../../../renderer/ui/leave-guard';

function Page() {
  return <p data-testid="route">{useRoute().name}</p>;
}

const go = async (hash: string) => {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

afterEach(() => {
  cleanup();
  useDirtyStore.setState({ keys: new Set() });
});

describe('leaving a page with unsaved typing', () => {
  it('goes at once when nothing is unsaved', async () => {
    location.hash = '#/settings';
    render(<><Page /><LeaveGuard /></>);
    await go('#/policies');
    expect(screen.getByTestId('route').textContent).toBe('policies');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks in the app’s own dialog; cancel stays on the page, leave goes where the officer clicked', async () => {
    location.hash = '#/settings';
    render(<><Page /><LeaveGuard /></>);
    useDirtyStore.getState().mark('settings-words', true);
    await go('#/policies');
    const dialog = screen.getByRole('dialog', { name: 'ออกจากหน้านี้โดยไม่บันทึก' });
    expect(screen.getByTestId('route').textContent).toBe('settings');
    expect(location.hash).toBe('#/settings');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'ยกเลิก' })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('route').textContent).toBe('settings');

    await go('#/directory');
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ออกโดยทิ้งข้อมูลที่ยังไม่บันทึก' })));
    await act(async () => window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(location.hash).toBe('#/directory');
    expect(screen.getByTestId('route').textContent).toBe('directory');
  });
});
