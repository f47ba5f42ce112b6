// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHash, paths, setNavigationGuard, useRoute } from '../../../renderer/router';
import { type AppStores, createAppStores } from '../../../renderer/state/app-context';
import { useDirtyStore } from '../../../renderer/state/dirty';
import { useLiveUpdates } from '../../../renderer/state/live-updates';
import { appSettings, ids, meetingDetail } from './data';
import { fakeClient } from './fake-client';
import './render';

let shown = '';
function Probe() {
  shown = useRoute().name;
  return null;
}

function Live({ stores }: { stores: AppStores }) {
  useLiveUpdates(stores);
  return null;
}

afterEach(() => {
  vi.useRealTimers();
  setNavigationGuard(() => true);
});

describe('routes', () => {
  it('reads hash addresses', () => {
    // The app opens on หน้าแรก; the meetings list has its own address.
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/meetings')).toEqual({ name: 'meetings', seriesId: null, yearBe: null, page: 1 });
    // The list's filter and page live in the address, and come back as they went in.
    const filtered = { seriesId: ids.series, yearBe: 2568, page: 3 };
    expect(parseHash(paths.meetings(filtered))).toEqual({ name: 'meetings', ...filtered });
    expect(parseHash('#/meetings?page=abc&year=25x8')).toEqual({ name: 'meetings', seriesId: null, yearBe: null, page: 1 });
    expect(parseHash('#/meetings/new')).toEqual({ name: 'newMeeting' });
    expect(parseHash(`#/meetings/${ids.meeting}`)).toEqual({ name: 'meeting', id: ids.meeting, item: null });
    // Opened at an agenda item (from search), and the home page's link to one agency's overdue directives.
    expect(parseHash(`#/meetings/${ids.meeting}?item=${ids.item(1)}`)).toEqual({ name: 'meeting', id: ids.meeting, item: ids.item(1) });
    expect(parseHash('#/home')).toEqual({ name: 'home' });
    expect(paths.home()).toBe('#/');
    expect(paths.meetings()).toBe('#/meetings');
    expect(parseHash('#/actions?org=%E0%B8%AA%E0%B8%AA%E0%B8%8A.&overdue=1')).toEqual({ name: 'actions', org: 'สสช.', overdue: true });
    expect(parseHash('#/actions')).toEqual({ name: 'actions', org: null, overdue: false });
    expect(parseHash('#/nowhere')).toEqual({ name: 'notFound', path: '/nowhere' });
  });

  it('keeps the page when the guard says there is unsaved data and the officer stays', async () => {
    location.hash = '#/meetings/new';
    render(<Probe />);
    expect(shown).toBe('newMeeting');
    useDirtyStore.getState().mark('some-form', true);
    const ask = vi.fn(() => false);
    setNavigationGuard(() => useDirtyStore.getState().keys.size === 0 || ask());
    await act(async () => {
      location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(ask).toHaveBeenCalled();
    expect(shown).toBe('newMeeting');
    expect(location.hash).toBe('#/meetings/new');
  });
});

describe('live updates', () => {
  it('reads the open meeting again when the core says it changed', async () => {
    vi.useFakeTimers();
    const client = fakeClient({ 'meetings.get': () => meetingDetail() });
    const stores = createAppStores(client);
    await stores.meeting.getState().load(ids.meeting);
    render(<Live stores={stores} />);
    // A burst of events: one read.
    client.emit({ type: 'changed', entity: 'attendance', meetingId: ids.meeting });
    client.emit({ type: 'changed', entity: 'attendance', meetingId: ids.meeting });
    client.emit({ type: 'changed', entity: 'agenda_item', meetingId: 'another-meeting' });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(client.callsTo('meetings.get').length).toBe(2);
  });

  it('reads the settings again when they were changed elsewhere', async () => {
    vi.useFakeTimers();
    const client = fakeClient({ 'settings.get': () => appSettings });
    const stores = createAppStores(client);
    await stores.settings.getState().load();
    render(<Live stores={stores} />);
    client.emit({ type: 'changed', entity: 'settings', meetingId: null });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(client.callsTo('settings.get').length).toBe(2);
  });
});
