/** The analysis as text: the table printed on stdout, and indices.csv. */
import { csvFormatValue } from "d3-dsv";
import type { Analysis, IndexRow, OutputResult } from "./compute.js";

/** indices.csv: one row per output, parameter and index; an undefined number is an empty cell. */
export function indicesCsv(rows: readonly IndexRow[]): string {
  const cell = (n: number): string => (Number.isFinite(n) ? String(n) : "");
  const lines = ["output,parameter,index,value,lower,upper"];
  for (const r of rows) {
    lines.push(
      [
        csvFormatValue(r.output),
        csvFormatValue(r.parameter),
        r.index,
        cell(r.value),
        cell(r.lower),
        cell(r.upper),
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A number for the terminal: fixed decimals for indices (shares), four significant digits otherwise. */
function figure(value: number, fixed: boolean): string {
  if (!Number.isFinite(value)) return "–";
  if (fixed) return value.toFixed(3);
  const magnitude = Math.abs(value);
  if (value !== 0 && (magnitude >= 1e6 || magnitude < 1e-4)) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

/** Lays out rows of cells in columns: the first left-aligned, the others right-aligned. */
export function layout(rows: ReadonlyArray<readonly string[]>, indent = "  "): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) => {
            const pad = " ".repeat(widths[i]! - [...cell].length);
            return i === 0 ? cell + pad : pad + cell;
          })
          .join("   ")
          .trimEnd(),
    )
    .join("\n");
}

const HEADINGS: Record<string, string> = {
  S1: "S1",
  ST: "ST",
  mu_star: "mu*",
  mu: "mu",
  sigma: "sigma",
  SRC: "SRC",
};

function sortKey(analysis: Analysis): string {
  return analysis.method === "sobol" ? "ST" : analysis.method === "morris" ? "mu_star" : "SRC";
}

function outputBlock(analysis: Analysis, result: OutputResult): string {
  const fixed = analysis.method !== "morris";
  const withIntervals = Number.isFinite(analysis.confidence);
  const s = result.summary;
  let heading = result.output.label;
  if (analysis.method === "sobol") heading += `   Var(Y) = ${figure(s["variance"] ?? Number.NaN, false)}`;
  if (analysis.method === "regression")
    heading += `   R² = ${figure(s["rSquared"] ?? Number.NaN, true)}   n = ${s["n"]} runs`;
  if (Number.isFinite(s["noiseShare"] ?? Number.NaN)) {
    heading += `   noise ≈ ${figure(s["noiseShare"]!, true)} of the variance`;
  }
  if (Number.isFinite(s["noiseEffect"] ?? Number.NaN)) {
    heading += `   noise sd of an effect ≈ ${figure(s["noiseEffect"]!, false)}`;
  }
  if (!result.varies) return `${heading}\n  the same in every run: no index is defined`;
  const percent = Math.round(analysis.confidence * 100);
  const header = ["parameter"];
  for (const name of analysis.indexNames) {
    header.push(HEADINGS[name] ?? name);
    if (withIntervals && name !== "mu" && name !== "sigma") header.push(`${percent}% interval`);
  }
  const key = sortKey(analysis);
  const score = (p: OutputResult["parameters"][number]): number => {
    const v = p.values[key]?.value;
    return v === undefined || !Number.isFinite(v) ? Number.NEGATIVE_INFINITY : Math.abs(v);
  };
  const rows = [...result.parameters]
    .sort((a, b) => score(b) - score(a))
    .map((p) => {
      const row = [p.parameter];
      for (const name of analysis.indexNames) {
        const v = p.values[name];
        if (!v) {
          row.push("(not a number)");
          if (withIntervals && name !== "mu" && name !== "sigma") row.push("");
          continue;
        }
        row.push(figure(v.value, fixed));
        if (withIntervals && name !== "mu" && name !== "sigma") {
          row.push(Number.isFinite(v.lower) ? `[${figure(v.lower, fixed)}, ${figure(v.upper, fixed)}]` : "–");
        }
      }
      return row;
    });
  return `${heading}\n${layout([header, ...rows])}`;
}

/** The text printed on stdout: what was computed, then one table per output. */
export function analysisText(analysis: Analysis, intro: string): string {
  const blocks = analysis.results.map((result) => outputBlock(analysis, result));
  return `${intro}\n\n${blocks.join("\n\n")}\n`;
}
