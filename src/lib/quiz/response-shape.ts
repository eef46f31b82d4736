// Run-time shape checks for stored responses, which can be outdated or tampered with.

/** Whether `value` is a list of strings: the shape of choice and ordering responses. */
export function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/**
 * Whether `value` is a plain object whose values are all strings: the shape of a categorize
 * response. Arrays, `null` and class instances (dates, maps) are not.
 */
export function isStringRecord(value: unknown): value is Readonly<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((entry) => typeof entry === 'string');
}
