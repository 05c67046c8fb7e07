/**
 * A class whose instances hold a copy of a record's fields, for the objects the yearly loops read
 * (the run's context and state, scratch rows, year conditions): make one at module load, per kind
 * of record, and build each record with `new` instead of an object literal.
 *
 * Why: V8 notes the exact class of each field's value (Float64Array, Int32Array, …) the first time
 * an object literal runs, and widens every note to "any object" the second time, when it makes a
 * template of the literal. Code optimised during a process's first run relied on the narrow notes,
 * so at the start of its second run every phase was thrown away and compiled again: a second run
 * several times slower than the rest and about 0.4 s of compilation, in each sweep worker and in
 * the dashboard's. A class's instances get their shape from the stores of its constructor, which
 * are the same every time, so nothing is widened later. (docs/performance.md, "Sixth round".)
 */
export function recordClass<T extends object>(): new (fields: T) => T {
  return class {
    constructor(fields: T) {
      Object.assign(this, fields);
    }
  } as new (fields: T) => T;
}
