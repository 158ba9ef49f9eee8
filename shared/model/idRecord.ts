/**
 * Records keyed by ids that come from a file. An id may be any text — "constructor", "toString",
 * "__proto__" — so a plain object would answer for ids it does not hold (Object.prototype's
 * members) or, for "__proto__", not store the entry at all. These helpers make such records safe.
 */

/** An empty record without a prototype: every key, "__proto__" included, is an ordinary key. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** record[key] only when the record itself holds the key — never something inherited. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
