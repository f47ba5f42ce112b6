/**
 * What a picker offers: active records, plus any inactive one the record being edited already names
 * (so an old meeting still shows the person who chaired it, and saving it does not drop them).
 * Deactivated people and organisations stay in the directory for the history, out of every new choice.
 */
export function pickable<T extends { id: string; active: boolean }>(list: readonly T[], ...keep: (string | null | undefined)[]): T[] {
  return list.filter((x) => x.active || keep.includes(x.id));
}
