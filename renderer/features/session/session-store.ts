import { create } from 'zustand';
import type { SessionOfficer } from '../../../shared/schemas/session';

/** The signed-in officer in team mode (null on the desktop and in single-officer browser mode). */
export const useSession = create<{ officer: SessionOfficer | null; setOfficer: (officer: SessionOfficer | null) => void }>((set) => ({
  officer: null,
  setOfficer: (officer) => set({ officer }),
}));
