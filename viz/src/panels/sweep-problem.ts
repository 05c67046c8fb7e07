// What can be wrong with a results file the user opens. The reader reports a problem as data, not as
// text, so that the panel says it in the page's language (messages/sweep.ts) and tests can check it.

export type SweepProblem =
  | { kind: "empty" }
  /** A runs.parquet that hyparquet cannot read (no footer yet: an unfinished sweep; a damaged file). */
  | { kind: "parquet"; detail: string }
  | { kind: "missing-columns"; columns: readonly string[] }
  | { kind: "duplicate-column"; column: string }
  /** `seed` after `year`: the parameter columns cannot be found between them. */
  | { kind: "column-order" }
  | { kind: "no-outcome" }
  | { kind: "no-rows" }
  | { kind: "cell-count"; line: number; found: number; expected: number }
  | { kind: "not-a-number"; line: number; column: string; value: string }
  | { kind: "not-an-integer"; line: number; column: string; value: string }
  | { kind: "bad-json"; line: number }
  | { kind: "json-keys"; line: number }
  /** The browser could not read the file (permissions, a file removed while reading). */
  | { kind: "unreadable"; detail: string };

export class SweepFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: SweepProblem,
  ) {
    super(`${fileName}: ${problem.kind}`);
    this.name = "SweepFileError";
  }
}
