// What other features use of the session: the signed-in officer and whether the role may call a method.
export { useMay } from './may';
export { useSession } from './session-store';
