/**
 * Records keyed by ids that come from a file. An id may be any text — "constructor", "toString",
 * "__proto__" — so a plain object would answer for ids it does not hold (Object.prototype's
 * members) or, for "__proto__", not store the entry at all. These helpers make such records safe.
 */

/**
 * The prototype of every id record: an object with no properties whose own prototype is null, so
 * a record inherits nothing — no "constructor", no "__proto__" accessor — and every key,
 * "__proto__" included, is an ordinary own key. Records made with `new` from it stay in V8's fast
 * object mode, where Object.create(null) makes a hash-table object: the costing engine makes
 * thousands per pass.
 */
const NO_PROTOTYPE: object = Object.create(null) as object;
const IdRecord = function IdRecord(this: object) {
  /* an empty record */
} as unknown as new () => object;
IdRecord.prototype = NO_PROTOTYPE;

/** An empty record that inherits nothing: every key, "__proto__" included, is an ordinary key. */
export function idRecord<T>(): Record<string, T> {
  return new IdRecord() as Record<string, T>;
}

/** record[key] only when the record itself holds the key — never something inherited. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
