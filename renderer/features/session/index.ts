// What other features use of the session: the signed-in officer, whether the role may call a method, and the
// note a page shows when it has left its editing controls out for that reason.
export { useMay } from './may';
export { ReaderNote } from './reader-note';
export { useSession } from './session-store';
