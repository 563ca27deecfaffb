/**
 * Items grouped by a key, in their order (Node 20 has no `Map.groupBy`). One pass, so callers that looked up each
 * group with `filter` inside a loop (quadratic at national size, issue 13) read the map instead.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
