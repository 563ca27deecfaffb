/** Vietnamese collation for lists sorted in the browser (the server sorts its own lists). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** A copy of `items` sorted by `key` in Vietnamese order. */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}
