/** D1 refuses a statement that binds more than 100 parameters. */
export const MAX_BOUND_PARAMS = 100;

/**
 * Splits `values` into runs small enough that one statement binding a run — `perValue`
 * parameters for each value (1 for an `IN (…)` list, the column count for a multi-row
 * insert) plus `fixed` others (the workspace filter, the `SET` values) — stays within
 * D1's limit. Run one statement per run and combine the results.
 */
export function chunkForParams<T>(values: readonly T[], fixed = 0, perValue = 1): T[][] {
  const size = Math.floor((MAX_BOUND_PARAMS - fixed) / perValue);
  if (!Number.isInteger(fixed) || !Number.isInteger(perValue) || fixed < 0 || perValue < 1 || size < 1)
    throw new RangeError(
      `A statement binding ${fixed} + ${perValue} per value cannot stay within ${MAX_BOUND_PARAMS} parameters.`,
    );
  const runs: T[][] = [];
  for (let start = 0; start < values.length; start += size) runs.push(values.slice(start, start + size));
  return runs;
}
