// @vitest-environment jsdom
import { Blob as NodeBlob } from "node:buffer";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import { mountSweepPanel, type SweepPanel } from "../../../viz/src/panels/sweep-panel.js";

/** jsdom's Blob cannot be read as a stream; the browser's and Node's can. */
function file(text: string): Blob {
  return new NodeBlob([text]) as unknown as Blob;
}

const HOSTILE = "<img src=x onerror=alert(1)>";

/** Two values of a parameter whose name and values are markup, 2 runs each, years 0–1. */
function hostileSweep(): string {
  const lines = [
    `run_id,replicate,seed,"${HOSTILE}",policies.incentiveFund.budget,year,calendar_year,williamson`,
  ];
  const runs: [string, number, number][] = [
    ["<b>low</b>", 0, 0.5],
    ["<b>low</b>", 0, 0.7],
    ["<script>x</script>", 500, 0.25],
    ["<script>x</script>", 500, 0.35],
  ];
  runs.forEach(([value, budget, last], run) => {
    lines.push(`${run},${run % 2},${run + 1},${value},${budget},0,2022,0.8`);
    lines.push(`${run},${run % 2},${run + 1},${value},${budget},1,2023,${last}`);
  });
  return lines.join("\n");
}

let panel: SweepPanel | undefined;
afterEach(() => {
  panel?.destroy();
  panel = undefined;
  document.body.replaceChildren();
  setLang("id", { remember: false });
});

function mount(): { panel: SweepPanel; root: HTMLElement } {
  const root = document.createElement("div");
  document.body.append(root);
  panel = mountSweepPanel(root);
  return { panel, root };
}

function byTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E {
  const found = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function summaryRows(root: ParentNode): string[][] {
  return [...byTestId(root, "sweep-summary").querySelectorAll("tbody tr")].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ""),
  );
}

describe("the sweep results view", () => {
  it("shows a results file's column names and values as text, never as markup", async () => {
    setLang("en", { remember: false });
    const { panel, root } = mount();
    expect(await panel.load(file(hostileSweep()), `${HOSTILE}.csv`)).toBe(true);
    expect(root.querySelector("img, script, b")).toBeNull();
    const x = byTestId<HTMLSelectElement>(root, "sweep-x");
    expect([...x.options].map((o) => o.textContent)).toContain(HOSTILE);
    expect(byTestId(root, "sweep-status").textContent).toBe(
      `${HOSTILE}.csv: 4 runs, 8 rows, 2 parameters, years 2022–2023.`,
    );
    expect(summaryRows(root)).toEqual([
      ["<b>low</b>", "2", "0.600", "0.510", "0.690"],
      ["<script>x</script>", "2", "0.300", "0.255", "0.345"],
    ]);
    const svgText = [...root.querySelectorAll("svg")].map((svg) => svg.textContent).join(" ");
    expect(svgText).toContain("<script>x</script>");
  });

  it("groups by another parameter, filters, and labels a known lever in plain language", async () => {
    const { panel, root } = mount();
    await panel.load(file(hostileSweep()), "runs.csv");
    const x = byTestId<HTMLSelectElement>(root, "sweep-x");
    expect(x.options[1]!.textContent).toBe("Dana Insentif kerja sama (policies.incentiveFund.budget)");
    x.value = "1";
    x.dispatchEvent(new Event("change"));
    expect(summaryRows(root).map((row) => row.slice(0, 3))).toEqual([
      ["0", "2", "0,600"],
      ["500", "2", "0,300"],
    ]);
    const filter = byTestId<HTMLSelectElement>(root, "sweep-filter-0");
    filter.value = "0";
    filter.dispatchEvent(new Event("change"));
    expect(summaryRows(root).map((row) => row.slice(0, 3))).toEqual([
      ["0", "2", "0,600"],
      ["500", "0", "–"],
    ]);
    const year = byTestId<HTMLSelectElement>(root, "sweep-year");
    expect([...year.options].map((o) => o.textContent)).toEqual(["Tahun ke-0 (2022)", "Tahun ke-1 (2023)"]);
  });

  it("says what is wrong with a bad file, naming it, and keeps the data shown before", async () => {
    const { panel, root } = mount();
    await panel.load(file(hostileSweep()), "runs.csv");
    const before = panel.table;
    expect(await panel.load(file("run_id,seed,williamson\n0,1,0.5\n"), "hasil-lain.csv")).toBe(false);
    const problem = byTestId(root, "sweep-problem");
    expect(problem.hidden).toBe(false);
    expect(problem.getAttribute("role")).toBe("alert");
    expect(problem.textContent).toBe(
      "hasil-lain.csv bukan hasil `sinergi sweep`: kolom “replicate” dan “year” tidak ada. Bukalah runs.csv atau runs.jsonl dari folder hasil sweep. Data yang ditampilkan sebelumnya tetap dipakai.",
    );
    expect(panel.table).toBe(before);
    expect(summaryRows(root)).toHaveLength(2);
    expect(byTestId(root, "sweep-status").textContent).toMatch(/^runs\.csv: 4 simulasi/);
  });

  it("follows the language without losing the choices made", async () => {
    const { panel, root } = mount();
    await panel.load(file(hostileSweep()), "runs.csv");
    const year = byTestId<HTMLSelectElement>(root, "sweep-year");
    year.value = "0";
    year.dispatchEvent(new Event("change"));
    expect(root.querySelector("h2")!.textContent).toBe("Hasil sweep");
    setLang("en", { remember: false });
    expect(root.querySelector("h2")!.textContent).toBe("Sweep results");
    expect(byTestId<HTMLSelectElement>(root, "sweep-year").value).toBe("0");
    expect(byTestId(root, "sweep-summary").querySelector("caption")!.textContent).toBe(
      "Summary of Williamson index in year 0 by group",
    );
  });

  it("shows the trajectories as a table on request, and keeps it open when the choice changes", async () => {
    setLang("en", { remember: false });
    const { panel, root } = mount();
    await panel.load(file(hostileSweep()), "runs.csv");
    const card = () => root.querySelector('[data-chart="trajectories"]')!;
    const button = () => card().querySelector<HTMLButtonElement>("button[aria-controls]")!;
    expect(button().getAttribute("aria-pressed")).toBe("false");
    button().click();
    expect(button().getAttribute("aria-pressed")).toBe("true");
    const rows = () =>
      [...card().querySelectorAll("table tbody tr")].map((row) =>
        [...row.children].map((c) => c.textContent),
      );
    expect(rows()).toEqual([
      ["2022", "0.800", "0.800"],
      ["2023", "0.600", "0.300"],
    ]);
    const year = byTestId<HTMLSelectElement>(root, "sweep-year");
    year.value = "0";
    year.dispatchEvent(new Event("change"));
    expect(button().getAttribute("aria-pressed")).toBe("true");
    expect(rows()).toHaveLength(2);
  });

  it("draws a scatter for a parameter with many values (a Latin hypercube)", async () => {
    const lines = ["run_id,replicate,seed,ego.mean,year,williamson"];
    for (let run = 0; run < 30; run++) lines.push(`${run},0,${run},${0.1 + run / 100},0,${run / 50}`);
    const { panel, root } = mount();
    await panel.load(file(lines.join("\n")), "lhs.csv");
    expect(root.querySelector("svg.sinergi-chart-scatter")).not.toBeNull();
    expect(root.querySelectorAll("svg.sinergi-chart-scatter path.point")).toHaveLength(30);
    expect(panel.results!.view.ranged).toBe(true);
  });
});
