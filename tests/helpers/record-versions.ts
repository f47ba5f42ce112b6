/**
 * A value with every `version` key taken out, deeply: migration tests compare what a list read before
 * going back to an older schema with what it reads after migrating again, and 0110 starts every record's
 * version afresh at 1 (records written before it have no history of versions to keep).
 */
export function withoutRecordVersions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutRecordVersions) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'version').map(([k, v]) => [k, withoutRecordVersions(v)])) as T;
  }
  return value;
}
