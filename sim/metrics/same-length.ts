/**
 * Guards the per-region arrays a metric reads together. A length mismatch is a bug in the caller,
 * and left unchecked it would not fail but quietly read `undefined` as NaN.
 */
export function assertSameLength(
  metric: string,
  first: ArrayLike<unknown>,
  second: ArrayLike<unknown>,
  names: readonly [string, string],
): void {
  if (first.length !== second.length) {
    throw new RangeError(
      `${metric}: ${names[0]} has ${first.length} entries but ${names[1]} has ${second.length}`,
    );
  }
}
