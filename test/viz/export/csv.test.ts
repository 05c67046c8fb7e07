import { csvParse } from "d3-dsv";
import { describe, expect, test } from "vitest";
import { csvText } from "../../../viz/src/export/csv.js";

describe("csvText", () => {
  test("writes the header, rows and a final newline, quoting only where needed, as the CLI does", () => {
    const text = csvText(
      ["year", "name", "williamson", "growth_rate", "ok"],
      [
        { year: 0, name: "Aceh", williamson: 0.1, growth_rate: null, ok: true },
        { year: 1, name: 'Kota "Baru", Timur', williamson: 1, growth_rate: -0.012, ok: false },
        { year: 2, name: "line\nbreak", williamson: 1e-7, growth_rate: Number.NaN },
        { year: 3, name: "", williamson: 0.30000000000000004, growth_rate: Infinity, ok: undefined },
      ],
    );
    expect(text).toBe(
      "year,name,williamson,growth_rate,ok\n" +
        "0,Aceh,0.1,,true\n" +
        '1,"Kota ""Baru"", Timur",1,-0.012,false\n' +
        '2,"line\nbreak",1e-7,,\n' +
        "3,,0.30000000000000004,,\n",
    );
  });

  test("numbers come back exactly when the file is read again", () => {
    const values = [Math.PI, 1 / 3, 123456789.123, -0, 5e-324];
    const parsed = csvParse(
      csvText(
        ["v"],
        values.map((v) => ({ v })),
      ),
    );
    expect(parsed.map((row) => Number(row["v"]))).toEqual(values.map((v) => (Object.is(v, -0) ? 0 : v)));
  });

  test("an empty table is its header", () => {
    expect(csvText(["a", "b,c"], [])).toBe('a,"b,c"\n');
  });
});
