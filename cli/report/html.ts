/**
 * The analysis report: one self-contained HTML file (inline style, SVG charts drawn in Node with d3, no
 * script and nothing fetched), readable from file:// and on paper. Every chart has an SVG <title> and
 * <desc>, and a data table with its numbers.
 */
import type { BandYear } from "../analysis/bands.js";
import { BAND } from "../analysis/bands.js";
import type { Analysis, Method, OutputResult } from "../analysis/compute.js";
import { bandChart, categoryText, indexChart, scatterChart, type IndexSeries } from "./charts.js";
import { esc, num } from "./svg.js";
import { howToRead } from "./text.js";

/** Points drawn per scatter chart, at most (an even subsample beyond). */
export const SCATTER_POINTS_LIMIT = 1000;

export interface ReportInput {
  sweep: {
    name: string;
    description: string;
    file: string;
    folder: string;
    design: string;
    points: number;
    replicates: number;
    runs: number;
    /** "30" or "10–30" when years vary. */
    years: string;
    seed: number;
    /** Parameter dot paths and what the sweep gives each (a range or values). */
    parameters: Array<{ name: string; values: string }>;
    sinergi: string;
  };
  analysis: Analysis;
  /** Each point's value of each parameter, in point order. */
  pointValues: ReadonlyArray<Readonly<Record<string, unknown>>>;
  bands: Array<{ metric: string; band: BandYear[]; markers: Array<{ year: number; label: string }> }>;
  /** Runs the bands were computed over, and all runs. */
  bandRuns: number;
  calendarOffset: number | null;
  date: string;
  version: string;
}

const SERIES: Record<Method, IndexSeries[]> = {
  sobol: [
    { key: "S1", label: "S1 first order", className: "s0" },
    { key: "ST", label: "ST total", className: "s1" },
  ],
  morris: [
    { key: "mu_star", label: "μ* mean |effect|", className: "s0" },
    { key: "sigma", label: "σ spread of effects", className: "s1" },
  ],
  regression: [{ key: "SRC", label: "SRC standardized coefficient", className: "s0" }],
};

const METHOD_TITLE: Record<Method, string> = {
  sobol: "Sobol sensitivity indices",
  morris: "Morris elementary-effects screening",
  regression: "Standardized regression coefficients",
};

const INDEX_HEADINGS: Record<string, string> = {
  S1: "S1",
  ST: "ST",
  mu_star: "μ*",
  mu: "μ",
  sigma: "σ",
  SRC: "SRC",
};

/** The main index of a method, by which the bars and tables are sorted (largest first). */
export function rankKey(method: Method): string {
  return method === "sobol" ? "ST" : method === "morris" ? "mu_star" : "SRC";
}

/** Parameters sorted by the method's main index, largest (in absolute value) first; undefined last. */
export function ranked(result: OutputResult, method: Method): OutputResult["parameters"] {
  const key = rankKey(method);
  const score = (p: OutputResult["parameters"][number]): number => {
    const v = p.values[key]?.value;
    return v === undefined || !Number.isFinite(v) ? Number.NEGATIVE_INFINITY : Math.abs(v);
  };
  return [...result.parameters].sort((a, b) => score(b) - score(a));
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --s0: #0072b2; --s1: #d55e00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  max-width: 980px; margin: 0 auto; padding: 24px 20px 64px; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { margin-top: 2.2em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 1.6em 0 0.4em; font-size: 1.1em; }
.lede { font-size: 1.05em; } .muted, figcaption { color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 16px 0; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
nav ul { padding-left: 1.2em; } code { font-size: 0.92em; background: #f3f5f7; padding: 0 3px; border-radius: 3px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; } @media (max-width: 760px) { .columns { grid-template-columns: 1fr; } }
figure { margin: 16px 0 28px; } svg { max-width: 100%; height: auto; font-size: 11px; display: block; }
.small-multiples { display: flex; flex-wrap: wrap; gap: 4px 12px; }
svg text { fill: var(--ink); } svg .axis line { stroke: #8c959f; } svg .axis line.grid { stroke: #eaeef2; }
svg .axis-label { fill: var(--muted); font-size: 11px; } svg .label { font-size: 12px; }
svg .s0, .legend .s0 { fill: var(--s0); } svg .s1, .legend .s1 { fill: var(--s1); }
svg .whisker { stroke: var(--ink); stroke-width: 1.2; fill: none; } svg .zero { stroke: var(--ink); }
svg .missing { fill: var(--muted); font-style: italic; }
svg .dots circle { fill: var(--s0); fill-opacity: 0.55; }
svg .band { fill: var(--s0); fill-opacity: 0.18; } svg .median { stroke: var(--s0); stroke-width: 2; fill: none; }
svg .marker { stroke: var(--s1); stroke-dasharray: 4 3; } svg .marker-label { fill: var(--s1); }
details { margin: 6px 0 0; } summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; font-size: 0.92em; }
th, td { border-bottom: 1px solid var(--line); padding: 2px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; } caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
.scroll { overflow-x: auto; max-height: 420px; }
footer { margin-top: 48px; color: var(--muted); font-size: 0.9em; }
@media print { details { display: none; } h2 { break-before: auto; } figure { break-inside: avoid; } }
`;

function table(caption: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr>`;
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td>${esc(cell)}</td>`)).join("")}</tr>`,
    )
    .join("\n");
  return `<table><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function dataTable(summary: string, inner: string): string {
  return `<details><summary>${esc(summary)}</summary><div class="scroll">${inner}</div></details>`;
}

/** An even subsample of at most `limit` indices of 0…n − 1 (all of them when n ≤ limit). */
export function evenSample(n: number, limit: number): number[] {
  if (n <= limit) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: limit }, (_, i) => Math.floor((i * n) / limit));
}

function summaryLine(method: Method, result: OutputResult): string {
  const s = result.summary;
  if (!result.varies) return "This output is the same in every run: no index is defined.";
  if (method === "sobol")
    return `Var(Y) = ${num(s["variance"] ?? Number.NaN)} over N = ${s["n"]} base samples.`;
  if (method === "morris")
    return `${s["trajectories"]} trajectories; μ, μ* and σ are in the output's units per whole range of a parameter.`;
  const excluded =
    result.excluded.length > 0 ? ` Left out (not numbers): ${result.excluded.join(", ")}.` : "";
  return `R² = ${num(s["rSquared"] ?? Number.NaN)} over ${s["n"]} runs.${excluded}`;
}

function indexSection(input: ReportInput): string {
  const { analysis } = input;
  const method = analysis.method;
  const interval = Number.isFinite(analysis.confidence)
    ? `${Math.round(analysis.confidence * 100)}% percentile-bootstrap intervals (${analysis.bootstrap} resamples)`
    : "no intervals (the regression gives point estimates)";
  const parts = [`<section id="indices"><h2>${esc(METHOD_TITLE[method])}</h2>`];
  parts.push(
    `<p class="muted">Bars sorted by ${esc(INDEX_HEADINGS[rankKey(method)]!)}; whiskers: ${esc(interval)}.</p>`,
  );
  analysis.results.forEach((result, o) => {
    const label = result.output.label;
    const bars = ranked(result, method);
    const id = `indices-${o}`;
    const description =
      `${METHOD_TITLE[method]} of ${label}, one group of bars per parameter, largest first: ` +
      bars
        .map(
          (b) =>
            `${b.parameter} ${SERIES[method].map((s) => `${s.key} ${num(b.values[s.key]?.value ?? Number.NaN)}`).join(", ")}`,
        )
        .join("; ") +
      ".";
    parts.push(`<figure aria-labelledby="${id}-caption"><h3>${esc(label)}</h3>`);
    parts.push(
      indexChart({
        id,
        title: `${METHOD_TITLE[method]} of ${label}`,
        description,
        bars,
        series: SERIES[method],
        include: method === "sobol" ? [0, 1] : method === "regression" ? [-1, 1] : [0],
        axisLabel:
          method === "morris"
            ? `effect on ${label} (its units, per whole range)`
            : method === "sobol"
              ? "share of the variance"
              : "standard deviations of the output per standard deviation of the parameter",
      }),
    );
    parts.push(`<figcaption id="${id}-caption">${esc(summaryLine(method, result))}</figcaption>`);
    const headers = ["parameter"];
    for (const name of analysis.indexNames) {
      headers.push(INDEX_HEADINGS[name] ?? name);
      if (Number.isFinite(analysis.confidence))
        headers.push(`${INDEX_HEADINGS[name] ?? name} lower`, `${INDEX_HEADINGS[name] ?? name} upper`);
    }
    const rows = bars.map((b) => {
      const row = [b.parameter];
      for (const name of analysis.indexNames) {
        const v = b.values[name];
        row.push(num(v?.value ?? Number.NaN));
        if (Number.isFinite(analysis.confidence))
          row.push(num(v?.lower ?? Number.NaN), num(v?.upper ?? Number.NaN));
      }
      return row;
    });
    if (method === "regression") rows.push(["R²", num(result.summary["rSquared"] ?? Number.NaN)]);
    parts.push(dataTable("Data table", table(`${METHOD_TITLE[method]} of ${label}`, headers, rows)));
    parts.push("</figure>");
  });
  parts.push("</section>");
  return parts.join("\n");
}

function scatterSection(input: ReportInput): string {
  const { analysis, pointValues } = input;
  const parameters = input.sweep.parameters.map((p) => p.name);
  const sample = evenSample(pointValues.length, SCATTER_POINTS_LIMIT);
  const note =
    sample.length < pointValues.length
      ? ` ${sample.length} of the ${pointValues.length} design points are drawn (an even subsample).`
      : "";
  const parts = [
    `<section id="scatter"><h2>Outputs against parameters</h2>`,
    `<p class="muted">One dot per design point, its replicates averaged.${esc(note)}</p>`,
  ];
  analysis.results.forEach((result, o) => {
    const label = result.output.label;
    parts.push(`<figure><h3>${esc(label)}</h3><div class="small-multiples">`);
    const ys = sample.map((p) => result.pointMeans[p]!);
    parameters.forEach((name, i) => {
      parts.push(
        scatterChart({
          id: `scatter-${o}-${i}`,
          title: `${label} against ${name}`,
          description: `${sample.length} design points: ${name} on the horizontal axis, the mean of ${label} over the point's replicates on the vertical axis.`,
          xLabel: name,
          yLabel: label,
          xs: sample.map((p) => pointValues[p]![name]),
          ys,
        }),
      );
    });
    parts.push("</div>");
    const rows = sample.map((p) => [
      String(p),
      ...parameters.map((name) => {
        const v = pointValues[p]![name];
        return typeof v === "number" ? num(v) : categoryText(v);
      }),
      num(result.pointMeans[p]!),
    ]);
    parts.push(
      dataTable(
        `Data table (${sample.length} points)`,
        table(`${label} and the parameters of each design point`, ["point", ...parameters, label], rows),
      ),
    );
    parts.push("</figure>");
  });
  parts.push("</section>");
  return parts.join("\n");
}

function bandSection(input: ReportInput): string {
  const percent = Math.round(BAND * 100);
  const sampled =
    input.bandRuns < input.sweep.runs
      ? ` over a seeded random sample of ${input.bandRuns} of the ${input.sweep.runs} runs`
      : ` over all ${input.sweep.runs} runs`;
  const parts = [
    `<section id="series"><h2>Outputs over time</h2>`,
    `<p class="muted">Median and the band holding the middle ${percent}% of runs in each year${esc(sampled)}.</p>`,
  ];
  const offset = input.calendarOffset;
  input.bands.forEach(({ metric, band, markers }, i) => {
    const first = band[0];
    const last = band[band.length - 1];
    const description =
      first && last
        ? `${metric} from year ${first.year + (offset ?? 0)} to ${last.year + (offset ?? 0)}: median ${num(first.median)} at the start and ${num(last.median)} at the end, ${percent}% band ${num(last.lower)} to ${num(last.upper)} in the last year.`
        : `${metric}: no values.`;
    parts.push(`<figure><h3>${esc(metric)}</h3>`);
    parts.push(
      bandChart({
        id: `series-${i}`,
        title: `${metric} over the years: median and ${percent}% band across runs`,
        description,
        yLabel: metric,
        band,
        calendarOffset: offset,
        markers,
      }),
    );
    const rows = band.map((b) => [
      String(b.year),
      ...(offset === null ? [] : [String(b.year + offset)]),
      String(b.runs),
      num(b.lower),
      num(b.median),
      num(b.upper),
    ]);
    const headers = [
      "year",
      ...(offset === null ? [] : ["calendar year"]),
      "runs",
      "5th percentile",
      "median",
      "95th percentile",
    ];
    parts.push(dataTable("Data table", table(`${metric} across runs, per year`, headers, rows)));
    parts.push("</figure>");
  });
  parts.push("</section>");
  return parts.join("\n");
}

export function renderReport(input: ReportInput): string {
  const { sweep, analysis } = input;
  const method = analysis.method;
  const name = sweep.name || sweep.file;
  const title = `${METHOD_TITLE[method]}: ${name}`;
  const read = howToRead(method);
  const outputs = analysis.results.map((r) => r.output.label).join(", ");
  const meta: Array<[string, string]> = [
    ["Sweep", `${sweep.name ? `${sweep.name} (${sweep.file})` : sweep.file}, folder ${sweep.folder}`],
    [
      "Design",
      `${sweep.design}: ${sweep.points} points × ${sweep.replicates} replicate${sweep.replicates === 1 ? "" : "s"} = ${sweep.runs} runs of ${sweep.years} years, base seed ${sweep.seed}`,
    ],
    ["Outputs", outputs],
    [
      "Analysed",
      `${input.date} with Sinergi ${input.version} (the sweep was run with Sinergi ${sweep.sinergi})`,
    ],
  ];
  const parameterRows = sweep.parameters.map((p) => [p.name, p.values]);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sinergi analyze ${esc(input.version)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
${sweep.description ? `<p class="lede"><strong>Question / Pertanyaan:</strong> ${esc(sweep.description)}</p>` : ""}
<dl class="meta">
${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("\n")}
</dl>
</header>
<nav aria-label="Contents"><ul>
<li><a href="#how-to-read">How to read this / Cara membaca</a></li>
<li><a href="#indices">${esc(METHOD_TITLE[method])}</a></li>
<li><a href="#scatter">Outputs against parameters</a></li>
<li><a href="#series">Outputs over time</a></li>
<li><a href="#parameters">Parameters of the sweep</a></li>
</ul></nav>
<section id="how-to-read"><h2>How to read this</h2>
<div class="columns">
<div lang="en">${read.en.map((p) => `<p>${p}</p>`).join("\n")}</div>
<div lang="id"><h3 style="margin-top:0">Cara membaca laporan ini</h3>${read.id.map((p) => `<p>${p}</p>`).join("\n")}</div>
</div>
</section>
${indexSection(input)}
${scatterSection(input)}
${bandSection(input)}
<section id="parameters"><h2>Parameters of the sweep</h2>
${table("Each parameter's dot path in the scenario and the values the sweep gave it", ["parameter", "values"], parameterRows)}
</section>
<footer>Made by <code>sinergi analyze</code> (Sinergi ${esc(input.version)}) on ${esc(input.date)}. Methods and sources: docs/analysis.md in the Sinergi repository.</footer>
</body>
</html>
`;
}
