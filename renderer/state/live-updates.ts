import { useEffect } from 'react';
import type { AppStores } from './app-context';

/**
 * Changes made elsewhere (another window, the command line) reach the screen: on a `changed`
 * event the stores that show that data read it again. Events come in bursts (one per row
 * written), so reads are gathered for a moment first. Forms keep what is being typed: they hold
 * their own drafts, and only the stores are refreshed.
 */
export function useLiveUpdates(stores: AppStores): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const due = { meeting: false, lists: false, directory: false, settings: false };
    const flush = () => {
      timer = null;
      const { meeting, lists, directory, settings } = due;
      due.meeting = due.lists = due.directory = due.settings = false;
      const log = (what: string) => (e: unknown) => console.warn(`[lekha] refresh ${what} after a change`, e);
      if (meeting) stores.meeting.getState().refresh().catch(log('meeting'));
      if (lists && stores.meetings.getState().status !== 'idle') void stores.meetings.getState().load();
      if (lists && stores.series.getState().status !== 'idle') void stores.series.getState().load();
      const dir = stores.directory.getState();
      if (directory && dir.status !== 'idle') void dir.load();
      else if (directory && dir.organisationsStatus !== 'idle') void dir.loadOrganisations();
      if (settings && stores.settings.getState().status !== 'idle') void stores.settings.getState().load();
    };
    const off = stores.client.on((event) => {
      if (event.type !== 'changed') return;
      if (event.meetingId && event.meetingId === stores.meeting.getState().id) due.meeting = true;
      if (event.entity === 'settings') due.settings = true;
      else if (/person|people|organisation/i.test(event.entity)) due.directory = true;
      else due.lists = true;
      if (timer === null) timer = setTimeout(flush, 120);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [stores]);
}
