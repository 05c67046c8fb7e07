import { describe, expect, it } from "vitest";
import { RowEncoder, type Row, type RowFormat } from "../../cli/rows.js";
import { runText } from "../../cli/sweep/run-text.js";

const runColumns = ["run_id", "replicate", "seed", "ego.mean", "policies.regionalBody.members"];
const runCells: Row = {
  run_id: 12,
  replicate: 0,
  seed: 7,
  "ego.mean": 0.35,
  // A JSON-text parameter cell: has commas and quotes, so CSV must quote it.
  "policies.regionalBody.members": '["31","32"]',
};
const yearColumns = ["year", "calendar_year", "williamson", "note", "flag", "missing"];
const years: Row[] = [
  { year: 0, calendar_year: 2022, williamson: 0.7983, note: 'a "quoted", text', flag: true, missing: null },
  { year: 1, calendar_year: 2023, williamson: Number.NaN, note: "", flag: false, missing: undefined },
];

/** The reference: each row encoded whole from one merged object, as the sweep did before. */
function wholeRows(format: RowFormat): { text: string; nonFinite: string[] } {
  const encoder = new RowEncoder(format, [...runColumns, ...yearColumns]);
  const text = years.map((row) => encoder.row({ ...row, ...runCells })).join("");
  return { text, nonFinite: [...encoder.nonFinite] };
}

describe("runText", () => {
  for (const format of ["csv", "jsonl"] as const) {
    it(`gives the bytes of encoding each row whole (${format})`, () => {
      const joined = runText(format, runColumns, runCells, yearColumns, years);
      const reference = wholeRows(format);
      expect(joined.text).toBe(reference.text);
      expect(joined.nonFinite).toEqual(["williamson"]);
      expect(reference.nonFinite).toEqual(["williamson"]);
    });
  }

  it("writes valid JSON Lines with the run's cells first", () => {
    const lines = runText("jsonl", runColumns, runCells, yearColumns, years).text.trimEnd().split("\n");
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([...runColumns, ...yearColumns]);
    expect(first["policies.regionalBody.members"]).toBe('["31","32"]');
    expect(JSON.parse(lines[1]!)).toMatchObject({ year: 1, williamson: null, missing: null });
  });

  it("still encodes rows when one side has no columns", () => {
    expect(runText("csv", runColumns, runCells, [], years).text).toBe(
      '12,0,7,0.35,"[""31"",""32""]"\n'.repeat(2),
    );
    expect(runText("csv", [], {}, ["year"], years).text).toBe("0\n1\n");
  });
});
