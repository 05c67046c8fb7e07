import { describe, expect, it } from "vitest";
import { sweepProblemText } from "../../../viz/src/panels/sweep-problem-text.js";

describe("what is wrong with a results file, in words", () => {
  it("names the file and the missing columns, in both languages", () => {
    const problem = { kind: "missing-columns", columns: ["replicate", "year"] } as const;
    expect(sweepProblemText("hasil.csv", problem, "id")).toBe(
      "hasil.csv bukan hasil `sinergi sweep`: kolom “replicate” dan “year” tidak ada. Bukalah runs.csv atau runs.jsonl dari folder hasil sweep.",
    );
    expect(sweepProblemText("results.csv", problem, "en")).toBe(
      "results.csv is not the output of `sinergi sweep`: it has no “replicate” and “year” columns. Open the runs.csv or runs.jsonl of a sweep's results folder.",
    );
    expect(sweepProblemText("x.csv", { kind: "missing-columns", columns: ["seed"] }, "en")).toBe(
      "x.csv is not the output of `sinergi sweep`: it has no “seed” column. Open the runs.csv or runs.jsonl of a sweep's results folder.",
    );
  });

  it("gives the line with the language's thousands separator, the column and the value", () => {
    const problem = { kind: "not-a-number", line: 12_345, column: "williamson", value: "tinggi" } as const;
    expect(sweepProblemText("runs.csv", problem, "id")).toBe(
      "runs.csv, baris 12.345, kolom “williamson”: “tinggi” bukan angka.",
    );
    expect(sweepProblemText("runs.csv", problem, "en")).toBe(
      "runs.csv, line 12,345, column “williamson”: “tinggi” is not a number.",
    );
  });

  it("explains that an unfinished sweep's runs.parquet has no footer yet", () => {
    expect(sweepProblemText("runs.parquet", { kind: "parquet", detail: "no footer" }, "en")).toBe(
      "runs.parquet is not a complete Parquet file (no footer). A runs.parquet is complete only when its sweep has finished; to look at results before then, run the sweep with --format csv.",
    );
  });
});
