import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { type FakeClient, fakeClient, type Handlers } from './fake-client';
import { renderWith } from './render';

/** The calls every meeting screen makes, over the test data's meeting: the directory, the series and its sections, the meeting, its files. */
export function meetingClient(handlers: Handlers = {}): FakeClient {
  return fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': () => meetingDetail(),
    'attachments.list': () => [],
    ...handlers,
  });
}

/** `ui` over `client`, with the directory, the series and the meeting loaded as the meeting page has them. */
export async function renderMeeting(client: FakeClient, ui: ReactElement) {
  const view = renderWith(client, ui);
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view };
}
