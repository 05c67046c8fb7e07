// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { dataTable, seriesTable } from "../../../viz/src/charts/data-table.js";
import type { LineSeries } from "../../../viz/src/charts/series.js";

const HOSTILE = "<img src=x onerror=alert(1)>";
const idNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 }).format;

function cells(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? ""));
}

describe("dataTable", () => {
  test("has its caption, column headers with scope=col, and formats numbers with the given formatter", () => {
    const table = dataTable({
      caption: "Wilayah",
      columns: [
        { key: "name", label: "Nama" },
        { key: "grdp", label: "PDRB (Rp miliar)", numeric: true, format: idNumber },
        { key: "growth", label: "Pertumbuhan", numeric: true, format: idNumber },
      ],
      rows: [
        { name: "Aceh", grdp: 234567.891, growth: 0.0412 },
        { name: "Bali", grdp: 1500.5, growth: null },
      ],
    });
    expect(table.caption?.textContent).toBe("Wilayah");
    const headers = [...table.tHead!.rows[0]!.cells];
    expect(headers.map((th) => th.tagName)).toEqual(["TH", "TH", "TH"]);
    expect(headers.map((th) => th.getAttribute("scope"))).toEqual(["col", "col", "col"]);
    expect(cells(table)).toEqual([
      ["Nama", "PDRB (Rp miliar)", "Pertumbuhan"],
      ["Aceh", "234.567,891", "0,041"],
      ["Bali", "1.500,5", ""],
    ]);
  });

  test("numbers are right-aligned with tabular figures; text columns are not", () => {
    const table = dataTable({
      caption: "c",
      columns: [
        { key: "name", label: "Nama" },
        { key: "v", label: "V", numeric: true },
      ],
      rows: [{ name: "Aceh", v: 1 }],
    });
    const row = table.tBodies[0]!.rows[0]!;
    expect(row.cells[1]!.style.textAlign).toBe("right");
    expect(row.cells[1]!.style.fontVariantNumeric).toBe("tabular-nums");
    expect(row.cells[0]!.style.textAlign).toBe("");
    expect(table.tHead!.rows[0]!.cells[1]!.style.textAlign).toBe("right");
  });

  test("a row-header column gives th scope=row; missing values show the missing text", () => {
    const table = dataTable({
      caption: "c",
      columns: [
        { key: "year", label: "Tahun", rowHeader: true },
        { key: "v", label: "V", numeric: true },
      ],
      rows: [{ year: 2022, v: Number.NaN }, { year: 2023 }],
      missing: "–",
    });
    const first = table.tBodies[0]!.rows[0]!.cells[0]!;
    expect(first.tagName).toBe("TH");
    expect(first.getAttribute("scope")).toBe("row");
    expect(cells(table).slice(1)).toEqual([
      ["2022", "–"],
      ["2023", "–"],
    ]);
  });

  test("hostile text in caption, headers and cells stays text", () => {
    const table = dataTable({
      caption: HOSTILE,
      columns: [{ key: "name", label: HOSTILE }],
      rows: [{ name: HOSTILE }],
    });
    expect(table.getElementsByTagName("img")).toHaveLength(0);
    expect(cells(table)).toEqual([[HOSTILE], [HOSTILE]]);
    expect(table.caption?.textContent).toBe(HOSTILE);
  });
});

describe("seriesTable", () => {
  const a: LineSeries = {
    key: "williamson",
    label: "Dasar",
    points: [
      { x: 2022, y: 0.35 },
      { x: 2023, y: null },
      { x: 2024, y: 0.3412 },
    ],
    band: [
      { x: 2022, low: 0.34, high: 0.36 },
      { x: 2023, low: null, high: null },
      { x: 2024, low: 0.33, high: 0.3501 },
    ],
  };
  const b: LineSeries = {
    key: "williamson",
    label: "Dana insentif",
    points: [
      { x: 2023, y: 0.33 },
      { x: 2025, y: 1234.5 },
    ],
  };

  test("one row per year across all series, a column per series and band columns where there is a band", () => {
    const table = seriesTable([a, b], {
      caption: "Indeks Williamson",
      xLabel: "Tahun",
      formatY: idNumber,
      lowLabel: (label) => `${label} (batas bawah)`,
      highLabel: (label) => `${label} (batas atas)`,
    });
    expect(table.caption?.textContent).toBe("Indeks Williamson");
    expect(cells(table)).toEqual([
      ["Tahun", "Dasar", "Dasar (batas bawah)", "Dasar (batas atas)", "Dana insentif"],
      ["2022", "0,35", "0,34", "0,36", ""],
      ["2023", "", "", "", "0,33"],
      ["2024", "0,341", "0,33", "0,35", ""],
      ["2025", "", "", "", "1.234,5"],
    ]);
    // Years are row headers and are not run through the number format (no "2.022").
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.tagName).toBe("TH");
  });

  test("band columns are named 5% and 95% by default; hostile labels stay text", () => {
    const table = seriesTable([{ ...a, label: HOSTILE }], { caption: "c", xLabel: "x" });
    expect(cells(table)[0]).toEqual(["x", HOSTILE, `${HOSTILE} (5%)`, `${HOSTILE} (95%)`]);
    expect(table.getElementsByTagName("img")).toHaveLength(0);
  });
});
