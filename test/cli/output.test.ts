import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesAtomically, writeTextFileAtomically } from "../../cli/output.js";
import { RowEncoder } from "../../cli/rows.js";
import { listDir, tempDir } from "./helpers.js";

describe("atomic output files", () => {
  it("appear only when everything is written", async () => {
    const dir = tempDir();
    await writeFilesAtomically([join(dir, "a.csv"), join(dir, "b.csv")], async ([a, b]) => {
      await a!.write("x\n");
      expect(listDir(dir)).toHaveLength(2); // two temporary files, hidden names
      expect(listDir(dir).every((f) => f.startsWith(".") && f.endsWith(".tmp"))).toBe(true);
      await b!.write("y\n");
    });
    expect(listDir(dir)).toEqual(["a.csv", "b.csv"]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("x\n");
  });

  it("leave nothing behind, not even a temporary file, when writing fails midway", async () => {
    const dir = tempDir({ "b.csv": "old\n" });
    await expect(
      writeFilesAtomically([join(dir, "a.csv"), join(dir, "b.csv")], async ([a, b]) => {
        await a!.write("x".repeat(3 << 20)); // past the flush size, so bytes are on disk
        await b!.write("y\n");
        throw new Error("the model failed");
      }),
    ).rejects.toThrow("the model failed");
    expect(listDir(dir)).toEqual(["b.csv"]);
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("old\n");
  });

  it("replace an existing file in one step", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "s.json"), "old");
    await writeTextFileAtomically(join(dir, "s.json"), "new");
    expect(readFileSync(join(dir, "s.json"), "utf8")).toBe("new");
    expect(listDir(dir)).toEqual(["s.json"]);
  });
});

describe("row encoding", () => {
  const rows = [{ year: 0, name: 'Kota "A", Jawa', x: 1, y: null, z: 0.1 + 0.2, big: 1e21, tiny: 5e-324 }];
  const columns = ["year", "name", "x", "y", "z", "big", "tiny"];

  it("writes CSV numbers by shortest round trip, null as empty, text quoted when needed", () => {
    const encoder = new RowEncoder("csv", columns);
    expect(encoder.header()).toBe("year,name,x,y,z,big,tiny\n");
    expect(encoder.row(rows[0]!)).toBe('0,"Kota ""A"", Jawa",1,,0.30000000000000004,1e+21,5e-324\n');
    for (const value of encoder.row(rows[0]!).split(",").slice(4)) {
      if (value.trim() !== "") expect(String(Number(value))).toBe(value.trim());
    }
  });

  it("writes JSONL with the same columns in the same order, null as null", () => {
    const encoder = new RowEncoder("jsonl", columns);
    expect(encoder.header()).toBe("");
    const line = encoder.row(rows[0]!);
    expect(Object.keys(JSON.parse(line) as object)).toEqual(columns);
    expect(JSON.parse(line)).toMatchObject({ y: null, z: 0.30000000000000004 });
  });

  it("writes a non-finite number as empty / null and remembers the column for a warning", () => {
    const encoder = new RowEncoder("csv", ["a", "b"]);
    expect(encoder.row({ a: Number.NaN, b: Infinity })).toBe(",\n");
    expect([...encoder.nonFinite]).toEqual(["a", "b"]);
    expect(new RowEncoder("jsonl", ["a"]).row({ a: Number.NaN })).toBe('{"a":null}\n');
  });
});
