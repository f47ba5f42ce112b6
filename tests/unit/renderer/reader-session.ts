import { useSession } from '../../../renderer/features/session/session-store';
import { ids } from './data';

/** Signs a reader in (team mode) for a renderer test; `signOut` goes back to the single officer with no session. */
export const signInReader = () =>
  useSession.getState().setOfficer({ id: ids.somchai, name: 'สมศรี ใจดี', username: 'somsri', role: 'reader', organisationId: null, clearance: 'none' });
export const signInSecretariat = () =>
  useSession.getState().setOfficer({ id: ids.somchai, name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', organisationId: null, clearance: 'top_secret' });
export const signOut = () => useSession.getState().setOfficer(null);

/** What a reader is told where a page has left its editing controls out (session.readerNote). */
export const readerNote = 'บัญชีของท่านเป็นผู้อ่าน ดูได้อย่างเดียว หากต้องแก้ไข โปรดแจ้งฝ่ายเลขานุการ';
